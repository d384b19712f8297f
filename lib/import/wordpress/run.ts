import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { ingestContent } from '../../ingest';
import { openStore } from '../../store';
import { strings } from '../../strings';
import type { BodyNote } from './body';
import { contentWriter, existingContent, type ExistingContent } from './content-folder';
import { firstPass, type FirstPass } from './first-pass';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { authorFile, converts } from './map';
import { mapContext } from './map-context';
import { locate, oldAddresses, termInterner, type Located } from './old-addresses';
import { progressMeter } from './progress';
import {
  emptySummary,
  reasonInterner,
  reportWriter,
  type ImportSummary,
  type ReportEntry,
  type ReportWriter,
} from './report';
import { chooseSections } from './section-map';
import { ConvertPool, type ConvertResult, type ConvertTuning } from './convert-pool';
import { reusingMapper, runKey, type MapOne } from './reuse';
import { mapOne, uniqueFileMapper } from './unique-files';
import { copyUpload, uploadsResolver } from './uploads';
import { readWxr } from './wxr-reader';
import type { WxrItem, WxrSite } from './wxr-records';

/**
 * `npm run import:wordpress`: a WordPress export into Warta's content folder. Two passes over the
 * export, a few items in memory at a time: the first (./first-pass.ts) gathers authors, terms and
 * attachments (what posts refer to) and counts the posts; the second maps each post and page
 * (./map.ts, ./unique-files.ts; converted ahead on worker threads for a large export,
 * ./convert-pool.ts; taken as recorded when unchanged since the last run, ./reuse.ts) and writes
 * its file (./content-folder.ts). The files then go
 * through the ingest (lib/ingest), the one validated way into the store, and the old addresses
 * (./old-addresses.ts) are written to the store.
 */

const s = strings.wordpressImport;
/** Posts read ahead of the one being taken: what the conversion workers have to do meanwhile. */
const WINDOW = 64;
/** Old addresses handed to the store at a time. */
const REDIRECTS_PER_CALL = 10_000;
/** The store's meta key of the old addresses last written by an import. */
const REDIRECTS_META = 'wordpress-import-redirects';
/** Parse workers of the ingest that follows (lib/ingest/parse-pool.ts). */
const INGEST_WORKERS = 1;

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
  const internTerm = termInterner();
  const intern = reasonInterner();
  const tick = progressMeter(progress, first.posts);
  // A post made from the same item and inputs as the file still on disk is not converted again.
  const run = options.force
    ? undefined
    : runKey(ctx, sectionMap, first, options.uploadsDir, process.cwd());
  // The others are converted ahead on worker threads (for a large export), taken here in order;
  // the workers are started when a first post needs converting (a re-run may need none).
  let pool: ConvertPool | undefined;
  let poolStarted = false;
  const startPool = async () => {
    poolStarted = true;
    pool = await ConvertPool.start(
      first.posts,
      {
        site: ctx.site,
        sections: sectionMap,
        uploadsDir: options.uploadsDir,
        publicDir: options.publicDir,
      },
      first,
      options.conversion,
    );
  };
  let ahead: { item: WxrItem; result: ConvertResult } | undefined;
  const converted: MapOne = (item, mapCtx, kind, slug) => {
    const done = ahead;
    if (slug !== undefined || done?.item !== item) return mapOne(item, mapCtx, kind, slug);
    ahead = undefined;
    for (const login of done.result.authors) mapCtx.authorOf(login);
    for (const [source, target] of done.result.copies)
      if (copyUpload(source, target)) uploads.copied += 1;
    return done.result.mapped;
  };
  const reuse = reusingMapper(manifest, run, (rel) => !!existing.asRecorded?.has(rel), converted);
  const map = uniqueFileMapper(existing, manifest, reuse.map);

  const take = (item: WxrItem) => {
    tick();
    const kind = item.postType === 'post' ? 'articles' : 'pages';
    const entry: ReportEntry = {
      wpId: item.postId,
      type: item.postType,
      title: item.title,
      outcome: 'not-imported',
      reasons: [],
    };
    report.add(entry);
    const mapped = map(item, ctx);
    if (!mapped.ok) {
      entry.reasons.push(intern(mapped.reason));
      summary[kind]['not-imported'] += 1;
      return;
    }
    const file = mapped.file;
    const notes = file.notes.map((note: BodyNote) => ({ ...note, message: intern(note.message) }));
    entry.file = file.path;
    entry.write = file.reused
      ? writer.keep(file.path)
      : writer.write(file.path, file.text, { source: file.source, notes });
    entry.reasons.push(...notes.map((note) => note.message));
    if (entry.write === 'edited') entry.reasons.push(s.editedKept);
    if (entry.write === 'foreign') entry.reasons.push(s.foreignKept);
    if (file.status === 'scheduled') entry.reasons.push(s.scheduled);
    entry.outcome = file.notes.length ? 'approximate' : 'imported';
    summary[kind][entry.outcome] += 1;
    located.push(locate(file, item, internTerm));
  };
  const window: { item: WxrItem; result?: Promise<ConvertResult | undefined> }[] = [];
  let takeFailed = false;
  const takeNext = async () => {
    const next = window.shift()!;
    const result = next.result && (await next.result);
    ahead = result ? { item: next.item, result } : undefined;
    try {
      take(next.item);
    } catch (error) {
      takeFailed = true;
      throw error;
    }
    ahead = undefined;
  };
  try {
    for await (const record of readWxr(createReadStream(options.exportFile))) {
      if (record.kind !== 'item') continue;
      summary.itemsRead += 1;
      const item = record.item;
      if (item.postType !== 'post' && item.postType !== 'page') {
        if (item.postType !== 'attachment') summary.otherItems += 1;
        continue;
      }
      const kind = item.postType === 'post' ? 'article' : 'page';
      const convert = converts(item, kind) && !reuse.reusable(item, kind);
      if (convert && !poolStarted) await startPool();
      const result = convert ? pool?.convert(item, kind) : undefined;
      window.push({ item, result });
      if (window.length >= WINDOW) await takeNext();
    }
  } catch (error) {
    summary.readError = error instanceof Error ? error.message : String(error);
  }
  // What was read before the end (or a reading error) is taken too.
  try {
    while (window.length && !takeFailed) await takeNext();
  } catch (error) {
    summary.readError ??= error instanceof Error ? error.message : String(error);
  } finally {
    await pool?.close();
  }
  progress('');

  summary.authors = writeAuthors(usedAuthors, first, siteName, existing, manifest, writer.write);

  // Old addresses: posts and pages, their attachments, archives and feeds.
  for (const r of oldAddresses(located, first, categories, sectionMap, siteUrl))
    manifest.redirects[r.oldPath] = r.target;
  // Not needed past here: let the ingest have their memory.
  located.length = 0;
  first.attachments.clear();
  summary.redirects = Object.keys(manifest.redirects).length;
  summary.imagesCopied = uploads.copied;
  writeManifest(contentDir, manifest);
  // Written: only the old addresses are needed past here.
  manifest.files = {};

  if (options.ingest !== false)
    await ingestAndStore(contentDir, writer.written, manifest, summary, report);

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
 * The written files through the ingest, a problem it finds reported against its file (its post
 * not imported after all), and the old addresses into the store.
 */
async function ingestAndStore(
  contentDir: string,
  written: number,
  manifest: Manifest,
  summary: ImportSummary,
  report: ReportWriter,
): Promise<void> {
  if (written > 0) {
    // A full reconcile by hash: only changed files are read, and a new store is filled whole.
    // One parse worker unless WARTA_INGEST_WORKERS says otherwise: the import's own heap is still
    // held, and a second worker on two cores saved little time for its hundred megabytes.
    const workers = process.env.WARTA_INGEST_WORKERS?.trim() ? undefined : INGEST_WORKERS;
    const { problems } = await ingestContent({ contentDir, parsing: { workers } });
    summary.ingestProblems = problems.length;
    for (const problem of problems) {
      const rel = path.relative(contentDir, path.resolve(problem.file)).split(path.sep).join('/');
      report.ingestProblem(rel, s.ingestProblem(problem.field ?? '', problem.message));
    }
  }
  const { store } = await openStore(contentDir);
  // The store notes the hash of the old addresses it was given last: the same again are not
  // written again (a re-run). Else in one transaction, a slice at a time: an archive has
  // hundreds of thousands of them.
  const oldPaths = Object.keys(manifest.redirects).sort();
  const hash = createHash('sha256');
  for (const oldPath of oldPaths) hash.update(`${oldPath}\t${manifest.redirects[oldPath]}\n`);
  const digest = hash.digest('hex');
  if ((await store.ingestState([])).meta.get(REDIRECTS_META) === digest) return;
  await store.write(async (w) => {
    for (let i = 0; i < oldPaths.length; i += REDIRECTS_PER_CALL)
      await w.putRedirects(
        oldPaths
          .slice(i, i + REDIRECTS_PER_CALL)
          .map((oldPath) => ({ oldPath, target: manifest.redirects[oldPath]! })),
      );
    await w.setMeta(REDIRECTS_META, digest);
  });
}

/** Whether anything could be used: the command fails only when nothing was read. */
export function nothingUsable(result: ImportResult): boolean {
  return result.summary.itemsRead === 0;
}
