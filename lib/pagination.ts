/** Page numbers as they appear in a URL ("/halaman/2") and in the numbered page list. */

/** One page of a list, with where it stands among the pages. */
export interface Paginated<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

export type PageNumberParam =
  | { kind: 'page'; page: number }
  /** "/halaman/1" duplicates the base URL; the route redirects there. */
  | { kind: 'first' }
  | { kind: 'invalid' };

/** Only canonical decimal numbers count: "2" is page 2; "02", "2.0", "-1", "x" are not pages. */
export function parsePageNumber(raw: string): PageNumberParam {
  if (raw === '1') return { kind: 'first' };
  if (!/^[1-9]\d{0,5}$/.test(raw)) return { kind: 'invalid' };
  return { kind: 'page', page: Number(raw) };
}

export type PageSlot = number | 'gap';

/**
 * Which page numbers to print: always the first and last, the current page with `radius`
 * neighbours, and a gap where numbers are left out. A gap never stands for a single page.
 */
export function pageWindow(current: number, total: number, radius = 1): PageSlot[] {
  const shown = new Set<number>([1, total]);
  for (let p = current - radius; p <= current + radius; p++) {
    if (p >= 1 && p <= total) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) slots.push(p - 1);
    else if (p - previous > 2) slots.push('gap');
    slots.push(p);
    previous = p;
  }
  return slots;
}

/** Static params for pages 2..total of a listing (page 1 is the base URL). */
export function laterPages(totalPages: number): string[] {
  return Array.from({ length: Math.max(0, totalPages - 1) }, (_, i) => String(i + 2));
}
