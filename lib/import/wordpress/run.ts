import path from 'node:path';
import type { ContentIssue } from '../../content/errors';
import { ingestContent, ingestOldAddresses } from '../../ingest';
import { strings } from '../../strings';
import { contentWriter, existingContent, type ExistingContent } from './content-folder';
import type { ConvertTuning } from './convert-pool';
import { firstPass, type FirstPass } from './first-pass';
import { Manifest, removeLegacyRecord, type ManifestView } from './manifest';
import { authorFile } from './map';
import { mapContext } from './map-context';
import { oldAddressRecord, type OldAddressRecord } from './old-address-record';
import { oldAddressCollector } from './old-addresses';
import { emptySummary, reportWriter, type ImportSummary, type ReportWriter } from './report';
import { secondPass } from './second-pass';
import { chooseSections } from './section-map';
import { uploadsResolver } from './uploads';
import type { WxrSite } from './wxr-records';

/**
 * `npm run import:wordpress`: a WordPress export into Warta's content folder. Two passes over the
 * export, a few items in memory at a time: the first (./first-pass.ts) gathers authors, terms and
 * attachments (what posts refer to) and counts the posts; the second (./second-pass.ts) maps
 * each post and page and writes its file, its old addresses written to their record as it goes
 * (./old-addresses.ts, ./old-address-record.ts). The files then go through the ingest
 * (lib/ingest), the one validated way into the store, which takes the old addresses from their
 * record too.
 */

const s = strings.wordpressImport;
/** Parse workers of the ingest that follows (lib/ingest/parse-pool.ts), and their young heaps. */
const INGEST_WORKERS = 2;
const INGEST_WORKER_YOUNG_MB = 16;

export interface ImportOptions {
  exportFile: string;
  contentDir: string;
  publicDir: string;
  uploadsDir?: string;
  sectionsFile?: string;
  /** Overwrite files edited in Warta since the last import. */
  force?: boolean;
  /** Where the report (JSON Lines, ./report.ts) goes. */
  reportFile: string;
  utcOffset?: string;
  dateline?: string;
  /** Ingest the written files and write the redirects to the store (default true). */
  ingest?: boolean;
  /** Progress lines (replacing each other on a terminal). */
  progress?: (line: string) => void;
  /** Conversion workers (tests); the defaults suit every caller. */
  conversion?: ConvertTuning;
}

export interface ImportResult {
  summary: ImportSummary;
  site?: WxrSite;
  proposedSections?: string;
}

export async function importWordpress(options: ImportOptions): Promise<ImportResult> {
  const progress = options.progress ?? (() => undefined);
  const contentDir = path.resolve(options.contentDir);
  const first = await firstPass(options.exportFile);
  const summary = emptySummary(first.error);
  const report = reportWriter(options.reportFile);
  if (!first.site) {
    report.finish(undefined, summary);
    return { summary };
  }
  const site = first.site;
  const siteUrl = site.baseBlogUrl || site.link || site.baseSiteUrl;

  const categories = first.terms.filter((t) => t.taxonomy === 'category');
  const { sectionMap, proposedSections } = chooseSections(
    contentDir,
    categories,
    options.sectionsFile,
  );
  // The manifest and the old addresses: the last run's records read, this run's written next to
  // them, each replacing its last one at the end (or dropped on a failure).
  const manifest = Manifest.open(contentDir);
  let record: OldAddressRecord | undefined;
  let written = 0;
  try {
    const existing = existingContent(contentDir, manifest);
    const uploads = uploadsResolver(options.uploadsDir, options.publicDir);
    const { ctx, siteName, usedAuthors } = await mapContext(
      site,
      siteUrl,
      first,
      sectionMap,
      uploads,
      options,
    );
    const writer = contentWriter(contentDir, manifest, options.force ?? false);
    summary.writes = writer.writes;
    record = oldAddressRecord(contentDir);
    const addresses = oldAddressCollector(siteUrl, (r) => record!.add(r));
    await secondPass({
      exportFile: options.exportFile,
      first,
      ctx,
      sectionMap,
      manifest,
      existing,
      uploads,
      uploadsDir: options.uploadsDir,
      publicDir: options.publicDir,
      writer,
      report,
      summary,
      force: options.force ?? false,
      conversion: options.conversion,
      progress,
      taken: (file, item) => addresses.post({ file, item }),
    });
    summary.authors = writeAuthors(usedAuthors, first, siteName, existing, manifest, writer.write);
    // The published posts' attachments, the archives and feeds, then the earlier runs' own.
    addresses.finish(first, categories, sectionMap);
    first.attachments.clear();
    await record.keepEarlier();
    summary.redirects = record.count;
    summary.imagesCopied = uploads.copied;
    written = writer.written;
  } catch (error) {
    manifest.abandon();
    record?.abandon();
    throw error;
  }
  manifest.close();
  record.close();
  removeLegacyRecord(contentDir);

  if (options.ingest !== false) await ingestWritten(contentDir, written, summary, report);

  report.finish(site, summary);
  return { summary, site, proposedSections };
}

/**
 * Authors of the imported posts: written unless a file of that id is there already (one no
 * import wrote). Returns how many were new.
 */
function writeAuthors(
  usedAuthors: Set<string>,
  first: Pick<FirstPass, 'authors'>,
  siteName: string,
  existing: ExistingContent,
  manifest: Pick<ManifestView, 'has'>,
  write: (rel: string, text: string) => string,
): number {
  let added = 0;
  const authorIds = new Set<string>();
  for (const login of usedAuthors) {
    const author = first.authors.get(login) ?? {
      id: '',
      login,
      email: '',
      displayName: login,
      firstName: '',
      lastName: '',
    };
    const made = authorFile(author, siteName);
    if (!made || authorIds.has(made.id)) continue;
    authorIds.add(made.id);
    const rel = `authors/${made.id}.yaml`;
    if (existing.authors.has(made.id) && !manifest.has(rel)) continue;
    if (write(rel, made.text) === 'new') added += 1;
  }
  return added;
}

/**
 * The written files through the ingest, a problem it finds reported against its file (its post
 * not imported after all); the ingest takes the old addresses from their record too (when it
 * changed since the store last took it). With no file written, only the old addresses.
 */
async function ingestWritten(
  contentDir: string,
  written: number,
  summary: ImportSummary,
  report: ReportWriter,
): Promise<void> {
  let problems: ContentIssue[];
  if (written > 0) {
    // A full reconcile by hash: only changed files are read, and a new store is filled whole.
    // Two parse workers (the conversion workers are gone by then; the import holds no records in
    // memory) with small young generations, unless WARTA_INGEST_WORKERS says otherwise: parsing
    // is most of the ingest's time, and one worker leaves a core idle.
    const workers = process.env.WARTA_INGEST_WORKERS?.trim() ? undefined : INGEST_WORKERS;
    ({ problems } = await ingestContent({
      contentDir,
      parsing: { workers, youngGenerationMb: INGEST_WORKER_YOUNG_MB },
      keepChanges: false,
    }));
  } else problems = await ingestOldAddresses({ contentDir });
  summary.ingestProblems = problems.length;
  for (const problem of problems) {
    const rel = path.relative(contentDir, path.resolve(problem.file)).split(path.sep).join('/');
    report.ingestProblem(rel, s.ingestProblem(problem.field ?? '', problem.message));
  }
}

/** Whether anything could be used: the command fails only when nothing was read. */
export function nothingUsable(result: ImportResult): boolean {
  return result.summary.itemsRead === 0;
}
