/**
 * A long list fetched page by page as it scrolls: the total, the pages already here, and a generation
 * that changes whenever the filter changes (an answer for an older generation is dropped).
 */
export type PagedList<T> = {
  total: number;
  pages: Readonly<Record<number, readonly T[]>>;
  generation: number;
};

export function firstPage<T>(total: number, rows: readonly T[], generation: number): PagedList<T> {
  return { total, pages: { 0: rows }, generation };
}

export function withPage<T>(list: PagedList<T>, page: number, rows: readonly T[]): PagedList<T> {
  return { ...list, pages: { ...list.pages, [page]: rows } };
}

export function rowOf<T>(list: PagedList<T>, index: number, pageSize: number): T | null {
  return list.pages[Math.floor(index / pageSize)]?.[index % pageSize] ?? null;
}

/** The pages that hold rows first..last and are neither here nor beyond the end. */
export function missingPages<T>(list: PagedList<T>, first: number, last: number, pageSize: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) {
    if (!list.pages[page] && page * pageSize < list.total) pages.push(page);
  }
  return pages;
}
