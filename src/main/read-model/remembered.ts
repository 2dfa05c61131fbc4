/**
 * One remembered result for a read path that is expensive at national scale (issue #8), valid only
 * while the database is unchanged and for the same question. "Unchanged" is the change log's sequence
 * number (migration 0011), read before the result is computed, so a write during the computation only
 * makes the next call compute again. It lives on the read model, so a swapped database starts empty.
 */
type Entry<T> = { key: string; sequence: number; value: T };

export class Remembered<T> {
  private entry: Entry<T> | null = null;

  constructor(private readonly sequence: () => number) {}

  /** The remembered value for `key` if nothing was written since, else `compute()` (then remembered). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const sequence = this.sequence();
    const hit = this.entry;
    if (hit && hit.key === key && hit.sequence === sequence) return hit.value;
    const value = await compute();
    this.entry = { key, sequence, value };
    return value;
  }

  clear(): void {
    this.entry = null;
  }
}
