import { createReadStream } from 'node:fs';
import path from 'node:path';
import { ingestContent } from '../../ingest';
import { openStore } from '../../store';
import { strings } from '../../strings';
import type { BodyNote } from './body';
import { contentWriter, existingContent, type ExistingContent } from './content-folder';
import { firstPass, type FirstPass } from './first-pass';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { authorFile } from './map';
import { mapContext } from './map-context';
import { locate, oldAddresses, type Located } from './old-addresses';
import { progressMeter } from './progress';
import {
  emptySummary,
  reasonInterner,
  writeReport,
  type ImportSummary,
  type ReportEntry,
} from './report';
import { chooseSections } from './section-map';
import { reusingMapper, runKey } from './reuse';
import { mapOne, uniqueFileMapper } from './unique-files';
import { uploadsResolver } from './uploads';
import { readWxr } from './wxr-reader';
import type { WxrSite } from './wxr-records';

/**
 * `npm run import:wordpress`: a WordPress export into Warta's content folder. Two passes over the
 * export, one item in memory at a time: the first (./first-pass.ts) gathers authors, terms and
 * attachments (what posts refer to) and counts the posts; the second maps each post and page
 * (./map.ts, ./unique-files.ts) and writes its file (./content-folder.ts). The files then go
 * through the ingest (lib/ingest), the one validated way into the store, and the old addresses
 * (./old-addresses.ts) are written to the store.
 */

const s = strings.wordpressImport;

export interface ImportOptions {
  exportFile: string;
  contentDir: string;
  publicDir: string;
  uploadsDir?: string;
  sectionsFile?: string;
  /** Overwrite files edited in Warta since the last import. */
  force?: boolean;
  /** Where the report (JSON) goes. */
  reportFile: string;
  utcOffset?: string;
  dateline?: string;
  /** Ingest the written files and write the redirects to the store (default true). */
  ingest?: boolean;
  /** Progress lines (replacing each other on a terminal). */
  progress?: (line: string) => void;
}

export interface ImportResult {
  summary: ImportSummary;
  entries: ReportEntry[];
  site?: WxrSite;
  proposedSections?: string;
}

export async function importWordpress(options: ImportOptions): Promise<ImportResult> {
  const progress = options.progress ?? (() => undefined);
  const contentDir = path.resolve(options.contentDir);
  const first = await firstPass(options.exportFile);
  const summary = emptySummary(first.error);
  const entries: ReportEntry[] = [];
  if (!first.site) {
    writeReport(options.reportFile, undefined, summary, entries);
    return { summary, entries };
  }
  const site = first.site;
  const siteUrl = site.baseBlogUrl || site.link || site.baseSiteUrl;

  const categories = first.terms.filter((t) => t.taxonomy === 'category');
  const { sectionMap, proposedSections } = chooseSections(
    contentDir,
    categories,
    options.sectionsFile,
  );
  const manifest: Manifest = readManifest(contentDir);
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

  const located: Located[] = [];
  const intern = reasonInterner();
  const tick = progressMeter(progress, first.posts);
  // A post made from the same item and inputs as the file still on disk is not converted again.
  const run = options.force
    ? undefined
    : runKey(ctx, sectionMap, first, options.uploadsDir, process.cwd());
  const reuse = reusingMapper(manifest, run, (rel) => !!existing.asRecorded?.has(rel), mapOne);
  const map = uniqueFileMapper(existing, manifest, reuse);
  try {
    for await (const record of readWxr(createReadStream(options.exportFile))) {
      if (record.kind !== 'item') continue;
      summary.itemsRead += 1;
      const item = record.item;
      if (item.postType !== 'post' && item.postType !== 'page') {
        if (item.postType !== 'attachment') summary.otherItems += 1;
        continue;
      }
      tick();
      const kind = item.postType === 'post' ? 'articles' : 'pages';
      const entry: ReportEntry = {
        wpId: item.postId,
        type: item.postType,
        title: item.title,
        outcome: 'not-imported',
        reasons: [],
      };
      entries.push(entry);
      const mapped = map(item, ctx);
      if (!mapped.ok) {
        entry.reasons.push(intern(mapped.reason));
        summary[kind]['not-imported'] += 1;
        continue;
      }
      const file = mapped.file;
      entry.file = file.path;
      entry.write = file.reused ? writer.keep(file.path) : writer.write(file.path, file.text, file);
      entry.reasons.push(...file.notes.map((note: BodyNote) => intern(note.message)));
      if (entry.write === 'edited') entry.reasons.push(s.editedKept);
      if (entry.write === 'foreign') entry.reasons.push(s.foreignKept);
      if (file.status === 'scheduled') entry.reasons.push(s.scheduled);
      entry.outcome = file.notes.length ? 'approximate' : 'imported';
      summary[kind][entry.outcome] += 1;
      located.push(locate(file, item));
    }
  } catch (error) {
    summary.readError = error instanceof Error ? error.message : String(error);
  }
  progress('');

  summary.authors = writeAuthors(usedAuthors, first, siteName, existing, manifest, writer.write);

  // Old addresses: posts and pages, their attachments, archives and feeds.
  const redirects = oldAddresses(located, first, categories, sectionMap, siteUrl);
  for (const r of redirects) manifest.redirects[r.oldPath] = r.target;
  summary.redirects = Object.keys(manifest.redirects).length;
  summary.imagesCopied = uploads.copied;
  writeManifest(contentDir, manifest);

  if (options.ingest !== false)
    await ingestAndStore(contentDir, writer.written, manifest, summary, entries);

  writeReport(options.reportFile, site, summary, entries);
  return { summary, entries, site, proposedSections };
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
  manifest: Manifest,
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
    if (existing.authors.has(made.id) && !manifest.files[rel]) continue;
    if (write(rel, made.text) === 'new') added += 1;
  }
  return added;
}

/**
 * The written files through the ingest, a problem it finds marking its post not imported, and
 * the old addresses into the store.
 */
async function ingestAndStore(
  contentDir: string,
  written: number,
  manifest: Manifest,
  summary: ImportSummary,
  entries: ReportEntry[],
): Promise<void> {
  if (written > 0) {
    // A full reconcile by hash: only changed files are read, and a new store is filled whole.
    const { problems } = await ingestContent({ contentDir });
    summary.ingestProblems = problems.length;
    for (const problem of problems) {
      const entry = entries.find((e) => e.file && problem.file.endsWith(e.file));
      if (entry) {
        entry.outcome = 'not-imported';
        entry.reasons.push(s.ingestProblem(problem.field ?? '', problem.message));
      }
    }
  }
  const { store } = await openStore(contentDir);
  const rows = Object.entries(manifest.redirects).map(([oldPath, target]) => ({
    oldPath,
    target,
  }));
  await store.write((w) => w.putRedirects(rows));
}

/** Whether anything could be used: the command fails only when nothing was read. */
export function nothingUsable(result: ImportResult): boolean {
  return result.summary.itemsRead === 0;
}
