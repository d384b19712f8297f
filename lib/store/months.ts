import { toIsoWib } from '../dates';
import { siteConfig } from '../site-config';

/**
 * Article sitemaps are cut by month of publication in the site's time zone ("2024-12"): a
 * month's articles never move to another file as the archive grows, and a month is found by
 * an indexed range on published_at.
 */
export function monthOf(date: Date): string {
  return toIsoWib(date).slice(0, 7);
}

/** The instants [start, end) of a month, as the ISO UTC strings the store compares. */
export function monthRange(month: string): { start: string; end: string } {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const at = (y: number, m: number) =>
    new Date(
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01T00:00:00${siteConfig.utcOffset}`,
    ).toISOString();
  return {
    start: at(year, number),
    end: number === 12 ? at(year + 1, 1) : at(year, number + 1),
  };
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
