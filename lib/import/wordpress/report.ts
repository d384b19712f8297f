import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { WxrSite } from './wxr-records';

/**
 * The import's report, written as the run goes (JSON Lines: one JSON object a line), so that
 * an export of any size is reported in bounded memory: a line per post and page (imported,
 * imported with adjustments, not imported, with every reason), a line per problem the ingest
 * then found in a written file, and last the run's counts.
 *
 *   {"kind":"item","wpId":10,"type":"post","title":"…","outcome":"approximate","file":"articles/wp-10.md","write":"new","reasons":["…"]}
 *   {"kind":"ingest-problem","file":"articles/wp-12.md","outcome":"not-imported","reason":"…"}
 *   {"kind":"summary","site":{…},"summary":{…}}
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

/** A written file the ingest refused: its post is not imported after all. */
export interface IngestProblemLine {
  file: string;
  outcome: 'not-imported';
  reason: string;
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

export interface ReportWriter {
  /**
   * A post or page. The run fills its entry in after adding it (file, reasons, outcome), so an
   * entry is written when the next one is added, or at the end: one entry in memory at a time.
   */
  add(entry: ReportEntry): void;
  /** A problem the ingest found in a written file (content-relative path). */
  ingestProblem(file: string, reason: string): void;
  /** The last line (the site and the counts); closes the file. */
  finish(site: WxrSite | undefined, summary: ImportSummary): void;
}

/** Lines gathered before each write to the file. */
const FLUSH_AT = 64 * 1024;

/** A report written to `file` as the run goes (the file replaced, its folder made). */
export function reportWriter(file: string): ReportWriter {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = openSync(file, 'w');
  let buffered = '';
  let pending: ReportEntry | undefined;
  const line = (value: object) => {
    buffered += `${JSON.stringify(value)}\n`;
    if (buffered.length >= FLUSH_AT) flush();
  };
  const flush = () => {
    if (buffered) writeSync(fd, buffered);
    buffered = '';
  };
  const settle = () => {
    if (pending) line({ kind: 'item', ...pending });
    pending = undefined;
  };
  return {
    add(entry) {
      settle();
      pending = entry;
    },
    ingestProblem(rel, reason) {
      settle();
      line({ kind: 'ingest-problem', file: rel, outcome: 'not-imported', reason });
    },
    finish(site, summary) {
      settle();
      line({ kind: 'summary', site, summary });
      flush();
      closeSync(fd);
    },
  };
}

export interface ReadReport {
  entries: ReportEntry[];
  ingestProblems: IngestProblemLine[];
  site?: WxrSite;
  summary?: ImportSummary;
}

/** A report read back whole (tests, small imports). */
export function readReport(file: string): ReadReport {
  const report: ReadReport = { entries: [], ingestProblems: [] };
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text) continue;
    const { kind, ...rest } = JSON.parse(text) as { kind: string } & Record<string, unknown>;
    if (kind === 'item') report.entries.push(rest as unknown as ReportEntry);
    else if (kind === 'ingest-problem')
      report.ingestProblems.push(rest as unknown as IngestProblemLine);
    else if (kind === 'summary') {
      report.site = rest.site as WxrSite | undefined;
      report.summary = rest.summary as ImportSummary;
    }
  }
  return report;
}
