import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WxrSite } from './wxr-records';

/**
 * The import's report: a line per post and page (imported, imported with adjustments, not
 * imported, with every reason) and the run's counts, written as JSON.
 */

export type Outcome = 'imported' | 'approximate' | 'not-imported';

export interface ReportEntry {
  wpId: number;
  type: string;
  title: string;
  outcome: Outcome;
  file?: string;
  /** What happened to the file: new, update, unchanged, edited (kept), foreign (kept). */
  write?: string;
  reasons: string[];
}

export interface ImportSummary {
  itemsRead: number;
  articles: Record<Outcome, number>;
  pages: Record<Outcome, number>;
  otherItems: number;
  authors: number;
  imagesCopied: number;
  redirects: number;
  writes: Record<string, number>;
  readError?: string;
  ingestProblems: number;
}

export function emptySummary(readError?: string): ImportSummary {
  return {
    itemsRead: 0,
    articles: { imported: 0, approximate: 0, 'not-imported': 0 },
    pages: { imported: 0, approximate: 0, 'not-imported': 0 },
    otherItems: 0,
    authors: 0,
    imagesCopied: 0,
    redirects: 0,
    writes: {},
    readError,
    ingestProblems: 0,
  };
}

export function writeReport(
  file: string,
  site: WxrSite | undefined,
  summary: ImportSummary,
  entries: ReportEntry[],
): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ site, summary, entries }, null, 2)}\n`);
}

/**
 * The report holds a line per post; the same reason is one string, however many posts give it.
 * The copy kept holds no reference to the text it was cut from.
 */
export function reasonInterner(): (text: string) => string {
  const interned = new Map<string, string>();
  return (text) => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    const copy = Buffer.from(text, 'utf8').toString('utf8');
    interned.set(copy, copy);
    return copy;
  };
}
