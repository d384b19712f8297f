import { createReadStream } from 'node:fs';
import { strings } from '../../strings';
import type { ContentWriter, ExistingContent } from './content-folder';
import { ConvertPool, type ConvertResult, type ConvertTuning } from './convert-pool';
import type { FirstPass } from './first-pass';
import type { Manifest } from './manifest';
import { converts, type MapContext, type MappedFile, type SectionMap } from './map';
import { progressMeter } from './progress';
import type { ImportSummary, ReportEntry, ReportWriter } from './report';
import { reusingMapper, runKey, type MapOne } from './reuse';
import { mapOne, uniqueFileMapper } from './unique-files';
import { copyUpload, type UploadsResolver } from './uploads';
import { readWxr } from './wxr-reader';
import type { WxrItem } from './wxr-records';

/**
 * The import's second pass over the export: each post and page mapped (./map.ts,
 * ./unique-files.ts; converted ahead on worker threads for a large export, ./convert-pool.ts;
 * taken as recorded when unchanged since the last run, ./reuse.ts), its file written
 * (./content-folder.ts) and its report line added, in the export's order. A few items are in
 * memory at a time; what a post leaves behind is its manifest line and what `taken` keeps.
 */

const s = strings.wordpressImport;
/** Posts read ahead of the one being taken: what the conversion workers have to do meanwhile. */
const WINDOW = 64;

export interface SecondPass {
  exportFile: string;
  first: FirstPass;
  ctx: MapContext;
  sectionMap: SectionMap;
  manifest: Manifest;
  existing: ExistingContent;
  uploads: UploadsResolver;
  uploadsDir?: string;
  publicDir: string;
  writer: ContentWriter;
  report: ReportWriter;
  summary: ImportSummary;
  /** Convert every post again (`--force`). */
  force: boolean;
  conversion?: ConvertTuning;
  progress: (line: string) => void;
  /** A post or page mapped to a file (written or kept as it was). */
  taken: (file: MappedFile, item: WxrItem) => void;
}

export async function secondPass(pass: SecondPass): Promise<void> {
  const { first, ctx, sectionMap, manifest, existing, uploads, writer, report, summary } = pass;
  const tick = progressMeter(pass.progress, first.posts);
  // A post made from the same item and inputs as the file still on disk is not converted again.
  const run = pass.force
    ? undefined
    : runKey(ctx, sectionMap, first, pass.uploadsDir, process.cwd());
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
        uploadsDir: pass.uploadsDir,
        publicDir: pass.publicDir,
      },
      first,
      pass.conversion,
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
      entry.reasons.push(mapped.reason);
      summary[kind]['not-imported'] += 1;
      return;
    }
    const file = mapped.file;
    const notes = file.notes;
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
    pass.taken(file, item);
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
    for await (const record of readWxr(createReadStream(pass.exportFile))) {
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
  pass.progress('');
}
