/**
 * A list kept in a fixed order under single insertions and removals (binary search + splice), for the
 * register mirror's orders that views read many times between a few changes. After a bulk reset it
 * sorts once, lazily, on the next read. `compare` must be a total order in which only the same item
 * compares equal to itself (e.g. ends with the id).
 */
export class SortedList<T> {
  private items: T[] = [];
  private sorted = true;
  private readonly removedWhileUnsorted = new Set<T>();

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Replaces the content; sorted on the next read. */
  reset(items: T[]): void {
    this.items = items;
    this.sorted = false;
    this.removedWhileUnsorted.clear();
  }

  /** Replaces the content with items already in order. */
  resetSorted(items: T[]): void {
    this.items = items;
    this.sorted = true;
    this.removedWhileUnsorted.clear();
  }

  add(item: T): void {
    if (!this.sorted) {
      if (!this.removedWhileUnsorted.delete(item)) this.items.push(item);
      return;
    }
    this.items.splice(this.lowerBound(item), 0, item);
  }

  remove(item: T): void {
    if (!this.sorted) {
      this.removedWhileUnsorted.add(item);
      return;
    }
    const at = this.lowerBound(item);
    if (this.items[at] === item) {
      this.items.splice(at, 1);
      return;
    }
    const fallback = this.items.indexOf(item);
    if (fallback >= 0) this.items.splice(fallback, 1);
  }

  /** Every item in order (the list itself: do not change it). */
  all(): readonly T[] {
    if (!this.sorted) {
      if (this.removedWhileUnsorted.size > 0) this.items = this.items.filter((i) => !this.removedWhileUnsorted.has(i));
      this.removedWhileUnsorted.clear();
      this.items.sort(this.compare);
      this.sorted = true;
    }
    return this.items;
  }

  get size(): number {
    return this.all().length;
  }

  private lowerBound(item: T): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.items[mid]!, item) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
