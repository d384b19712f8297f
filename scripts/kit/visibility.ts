import { XMLParser } from 'fast-xml-parser';
import { percentile } from './stats';

/**
 * How long until readers see a publication: the probes of the publishing benchmarks
 * (`npm run bench:publish`, `npm run bench:desk-publish`), each asking a page every POLL_MS until
 * it shows the story as it now is, and the table of their seconds.
 */

export const VISIBLE_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

export const TARGETS = ['article', 'front', 'news sitemap', 'search'] as const;
export type Target = (typeof TARGETS)[number];

/** A story as readers should see it: its URL, its headline now, a word search finds it by. */
export interface Story {
  id: string;
  slug: string;
  title: string;
  word: string;
}

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => name === 'url' });

async function get(base: string, pathname: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(pathname, base), {
    redirect: 'manual',
    signal: AbortSignal.timeout(VISIBLE_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text() };
}

/** Whether a target shows the story as it now is (its URL and, once corrected, its headline). */
export async function visible(base: string, target: Target, s: Story): Promise<boolean> {
  const href = `/berita/${s.id}/${s.slug}`;
  const linked = (html: string) => html.includes(`href="${href}"`) && html.includes(s.title);
  switch (target) {
    case 'article': {
      const page = await get(base, href);
      return page.status === 200 && page.body.includes(s.title);
    }
    case 'front':
      return linked((await get(base, '/')).body);
    case 'news sitemap': {
      const doc = xml.parse((await get(base, '/news-sitemap.xml')).body);
      const urls: { loc: string; 'news:news'?: { 'news:title'?: string } }[] =
        doc.urlset?.url ?? [];
      return urls.some((u) => u.loc.endsWith(href) && u['news:news']?.['news:title'] === s.title);
    }
    case 'search':
      return linked((await get(base, `/cari?q=${s.word}`)).body);
  }
}

/** Seconds from `start` until each of `targets` shows the story (Infinity after the timeout). */
export async function timeToVisible<T extends Target>(
  base: string,
  s: Story,
  start: number,
  targets: readonly T[],
): Promise<Record<T, number>> {
  const seconds = {} as Record<T, number>;
  await Promise.all(
    targets.map(async (target) => {
      while (Date.now() - start < VISIBLE_TIMEOUT_MS) {
        if (await visible(base, target, s).catch(() => false)) {
          seconds[target] = (Date.now() - start) / 1000;
          return;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      seconds[target] = Infinity;
    }),
  );
  return seconds;
}

/** Seconds measured, by the row they belong to (its first columns), printed as a table. */
export class VisibilitySamples {
  private readonly samples = new Map<string, number[]>();

  add(row: string[], seconds: number): void {
    const key = row.join('|');
    this.samples.set(key, [...(this.samples.get(key) ?? []), seconds]);
  }

  /**
   * Prints the table (`columns` name the rows' own columns; n, p50, p95 and max follow) and
   * answers whether every judged row met p95 ≤ `p95` s and max ≤ `max` s.
   */
  print(
    columns: string[],
    limits: { p95: number; max: number },
    judged: (row: string[]) => boolean = () => true,
  ): boolean {
    const rows = [[...columns, 'n', 'p50 s', 'p95 s', 'max s']];
    let met = true;
    const fmt = (v: number) =>
      Number.isFinite(v) ? v.toFixed(2) : `> ${VISIBLE_TIMEOUT_MS / 1000}`;
    for (const [key, values] of this.samples) {
      const row = key.split('|');
      const p95 = percentile(values, 95);
      const max = Math.max(...values);
      if (judged(row) && (p95 > limits.p95 || max > limits.max)) met = false;
      rows.push([...row, String(values.length), fmt(percentile(values, 50)), fmt(p95), fmt(max)]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(line(rows[0]!));
    console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
    for (const r of rows.slice(1)) console.log(line(r));
    return met;
  }
}
