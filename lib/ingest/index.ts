import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import {
  describeReadError,
  readAuthorText,
  readPageText,
  readSectionsText,
  resolveArticle,
  type ArticleDraft,
} from '../content/load';
import { contentRoot, displayPath } from '../content/paths';
import type { Article, Author, Page, Section } from '../content/types';
import { openStore } from '../store';
import { strings } from '../strings';
import { monthOf } from '../store/months';
import type {
  IngestState,
  SourceFile,
  StatsKeys,
  StoreWriter,
  WritableStore,
} from '../store/writer-port';
import {
  articleParser,
  type ArticleParser,
  type ParseResult,
  type ParseTuning,
} from './parse-pool';
import { listFolders, WORKER_FROM } from './folder-listing';

export interface IngestOptions {
  /** Default: WARTA_CONTENT_DIR or content/. */
  contentDir?: string;
  /** Only these files changed (absolute or content-relative); omit for a full reconcile by hash. */
  paths?: string[];
  /** Content given directly (publish endpoint), validated like files on disk. */
  files?: { path: string; text: string }[];
  /** Validate only. */
  dryRun?: boolean;
  /** Parse workers and listing (tests); the defaults suit every caller. */
  parsing?: ParseTuning & { batch?: number; listOnWorkerFrom?: number };
}

export type ArticleKeys = {
  id: string;
  slug: string;
  section: string;
  tags: string[];
  authors: string[];
  publishedAt: string;
  listed: boolean;
};

export type ContentChange =
  | { kind: 'article'; id: string; before?: ArticleKeys; after?: ArticleKeys }
  | { kind: 'author' | 'section' | 'page'; id: string };

export interface IngestResult {
  problems: ContentIssue[];
  changes: ContentChange[];
}

type Kind = SourceFile['kind'];

interface Candidate {
  /** Content-relative, forward slashes. */
  rel: string;
  abs: string;
  kind: Kind;
  /** Given directly (publish endpoint) instead of read from disk. */
  text?: string;
}

interface Changed extends Candidate {
  text: string;
  hash: string;
  mtimeMs: number;
  size: number;
}

const PROGRESS_EVERY = 5_000;
/** Sees every stored article: drafts, and anything scheduled (a 4-digit year sorts as text). */
const EVERY_INSTANT = { now: new Date('9999-12-31T23:59:59.999Z'), includeDrafts: true };

/**
 * The time recorded for content given directly (the publish endpoint): it has no file on this
 * disk (nor on any other instance's), so a full reconcile must not take its absence from
 * content/ for a deletion. A file saved later under the same path takes it over.
 */
const PUBLISHED_REMOTELY = 0;

function kindOf(rel: string): Kind | undefined {
  if (rel === 'sections.yaml') return 'sections';
  if (/^authors\/[^/]+\.ya?ml$/.test(rel)) return 'author';
  if (/^articles\/[^/]+\.md$/.test(rel)) return 'article';
  if (/^pages\/[^/]+\.md$/.test(rel)) return 'page';
  return undefined;
}

function candidate(root: string, file: string, text?: string): Candidate | undefined {
  const abs = path.resolve(root, file);
  const rel = path.relative(root, abs).split(path.sep).join('/');
  const kind = kindOf(rel);
  if (!kind || path.basename(rel).startsWith('.')) return undefined;
  return { rel, abs, kind, text };
}

const FOLDERS = ['', 'authors', 'articles', 'pages'];

/** A file a full reconcile must read: new, or its size or time unlike the last ingest's. */
interface Reconciled {
  pending: Pending[];
  /** Known files no longer on disk (content published remotely excepted). */
  removed: string[];
}

/**
 * A full reconcile's comparison: every content file's time and size held against the store's
 * (one Map, deleted from as files are seen, so what is left was removed). Only files that differ
 * become objects; the rows' other columns are read for those alone. A large archive is listed
 * and stat'ed on a worker thread while this one reads the rows.
 */
async function reconcile(
  store: WritableStore,
  root: string,
  rebuild: boolean,
  workerFrom = WORKER_FROM,
): Promise<Reconciled> {
  const onWorker = (await store.fileCount()) >= workerFrom;
  const stamps = store.fileStamps();
  const listing = listFolders(root, FOLDERS, onWorker, stamps);
  listing.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  const known = await stamps;
  const { rels, mtimeMs, size } = await listing;
  const pending: Pending[] = [];
  for (let i = 0; i < rels.length; i++) {
    const rel = rels[i]!;
    const kind = kindOf(rel);
    if (!kind) continue;
    const before = known.get(rel);
    if (before) known.delete(rel);
    const time = mtimeMs[i]!;
    const bytes = size[i]!;
    // Listed but gone by its stat: neither read nor taken for a removal (the next one sees).
    if (Number.isNaN(time)) continue;
    if (!rebuild && before?.mtime_ms === time && before.size === bytes) continue;
    pending.push({ rel, abs: path.join(root, rel), kind, mtimeMs: time, size: bytes });
  }
  const removed: string[] = [];
  for (const [rel, stamp] of known) if (stamp.mtime_ms !== PUBLISHED_REMOTELY) removed.push(rel);
  return { pending, removed };
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Whether two versions of an article count the same in every listing: the same keys (section,
 * tags, authors, month, visibility) and the same last change, so no kept count or lastmod moves.
 */
function sameListings(
  a: { keys: ArticleKeys; article: Article },
  b: { keys: ArticleKeys; article: Article },
): boolean {
  return (
    JSON.stringify(a.keys) === JSON.stringify(b.keys) &&
    a.article.modifiedAt.getTime() === b.article.modifiedAt.getTime()
  );
}

export function articleKeys(article: Article): ArticleKeys {
  return {
    id: article.id,
    slug: article.slug,
    section: article.section,
    tags: article.tags.map((t) => t.slug),
    authors: article.authors,
    publishedAt: article.publishedAt.toISOString(),
    listed: article.status === 'published' && !article.withdrawn,
  };
}

/**
 * Brings the store in line with the Markdown files: each changed file is validated with
 * lib/content's schemas and cross-reference rules and upserted; removed files disappear; an
 * invalid file is reported (file, line, field, message) and its last good version stays. A file
 * is read only when its size or time changed, and written only when its hash did. Articles are
 * read, checked and written in batches (one transaction each), so a fresh archive of 100,000
 * files never sits in memory at once; small ingests (the watcher, a publish) are one batch.
 */
export async function ingestContent(options: IngestOptions = {}): Promise<IngestResult> {
  const root = path.resolve(options.contentDir ?? contentRoot());
  const opened = await openStore(root);
  const full = !options.paths && !options.files;
  const result = await ingestInto(opened.store, root, options, Boolean(opened.rebuild));
  if (full && !options.dryRun) opened.rebuild = undefined;
  return result;
}

/** Articles per transaction. */
const BATCH = 500;
/** Above this many changed articles the listing counts are recomputed whole, not per key. */
const FULL_STATS_AFTER = 2_000;

/** Size and time of the files given to a partial ingest (a watcher's batch, one save). */
function statAll(candidates: Candidate[]) {
  return candidates.map((c) => {
    if (c.text !== undefined) return undefined;
    const s = statSync(c.abs, { throwIfNoEntry: false });
    return s && { mtimeMs: s.mtimeMs, size: s.size };
  });
}

function progress(label: string, done: number, total: number, started: number) {
  const seconds = (performance.now() - started) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const left = Math.round((total - done) / Math.max(rate, 0.001));
  console.log(strings.content.progress(label, done, total, Math.round(rate), left));
}

/** The files of a partial ingest: paths said to have changed, or content given directly. */
function given(root: string, options: IngestOptions, problems: ContentIssue[]): Reconciled {
  const candidates: Candidate[] = [];
  for (const p of options.paths ?? []) {
    const c = candidate(root, p);
    if (c) candidates.push(c);
  }
  for (const f of options.files ?? []) {
    const c = candidate(root, f.path, f.text);
    if (c) candidates.push(c);
    else
      problems.push({
        file: f.path,
        field: strings.content.fileField,
        message: strings.content.notContentFile,
      });
  }
  const infos = statAll(candidates);
  const pending: Pending[] = [];
  const removed: string[] = [];
  candidates.forEach((c, i) => {
    const info = infos[i];
    if (c.text !== undefined)
      pending.push({ ...c, mtimeMs: PUBLISHED_REMOTELY, size: c.text.length });
    else if (!info) removed.push(c.rel);
    else pending.push({ ...c, ...info });
  });
  return { pending, removed };
}

export async function ingestInto(
  store: WritableStore,
  root: string,
  options: IngestOptions,
  rebuild = false,
): Promise<IngestResult> {
  const problems: ContentIssue[] = [];
  const full = !options.paths && !options.files;

  // A full reconcile compares every file's time and size; a given few are read regardless.
  const { pending, removed } = full
    ? await reconcile(store, root, rebuild, options.parsing?.listOnWorkerFrom)
    : given(root, options, problems);
  // The known rows (hash, key) of the files to read and of the removed ones only.
  const state = await store.ingestState([
    ...(rebuild ? [] : pending.map((c) => c.rel)),
    ...removed,
  ]);
  const stored = new Map(state.files.map((f) => [f.path, f]));
  const known = rebuild ? new Map<string, SourceFile>() : stored;

  const run = new IngestRun(store, state, root, known, stored, problems, Boolean(options.dryRun));
  await run.otherKinds(
    pending.filter((c) => c.kind !== 'article'),
    removed,
  );
  await run.removeArticles(removed);
  const articles = pending.filter((c) => c.kind === 'article');
  const started = performance.now();
  const showProgress = articles.length >= PROGRESS_EVERY;
  const batch = options.parsing?.batch ?? BATCH;
  const parser = await articleParser(articles.length, options.parsing);
  try {
    // Pipelined: while batch k is checked and written here, batch k+1 is read and parsed (by
    // the workers when there are any).
    const prepare = (i: number) => {
      const prepared = run.prepare(articles.slice(i, i + batch), parser);
      prepared.catch(() => {}); // awaited in its turn; not an unhandled rejection meanwhile
      return prepared;
    };
    let next = articles.length ? prepare(0) : undefined;
    for (let i = 0; i < articles.length; i += batch) {
      const prepared = await next!;
      const more = i + batch < articles.length;
      next = more ? prepare(i + batch) : undefined;
      await run.articles(prepared, more);
      const done = Math.min(i + batch, articles.length);
      if (showProgress && (done % PROGRESS_EVERY < batch || done === articles.length))
        progress('ingest', done, articles.length, started);
    }
  } finally {
    await parser.close();
  }
  await run.deferred();
  await run.finish(full);
  return { problems, changes: options.dryRun ? [] : run.changes };
}

interface Pending extends Candidate {
  mtimeMs: number;
  size: number;
}

/** A pending file read: changed (with its text), unchanged (its new time), or unreadable. */
type Loaded = { changed?: Changed; same?: SourceFile; problem?: ContentIssue };

/** A batch read and parsed: `parsed` follows the changed files of `loaded` in order. */
interface Prepared {
  loaded: Loaded[];
  parsed: ParseResult[];
}

type Op = (w: StoreWriter) => Promise<void>;
type Holder = { id: string; slug: string; file: string; status: 'draft' | 'published' };

/** One ingest: what it has decided so far (holders of ids and slugs), and what it changed. */
class IngestRun {
  readonly changes: ContentChange[] = [];
  private ops: Op[] = [];
  /** This batch's articles, written after its other operations (deletes) in a few statements. */
  private puts: Parameters<StoreWriter['putArticles']>[0] = [];
  private sources: SourceFile[] = [];
  private sections: Section[];
  private sectionNames: Map<string, string>;
  private authorIds: Set<string>;
  /** Ids decided by this ingest (undefined: deleted), over what the store holds. */
  private mine = new Map<string, Holder | undefined>();
  /** Slugs decided by this ingest (undefined: freed). */
  private mineSlugs = new Map<string, string | undefined>();
  private waiting: { c: Changed; draft: ArticleDraft }[] = [];
  private touchedArticles = 0;

  constructor(
    private readonly store: WritableStore,
    private readonly state: IngestState,
    private readonly root: string,
    private readonly known: Map<string, SourceFile>,
    private readonly stored: Map<string, SourceFile>,
    private readonly problems: ContentIssue[],
    private readonly dryRun: boolean,
  ) {
    this.sections = state.sections;
    this.sectionNames = new Map(state.sections.map((s) => [s.id, s.name]));
    this.authorIds = new Set(state.authors.map((a) => a.id));
  }

  private source(c: Changed, key: string): SourceFile {
    return { path: c.rel, kind: c.kind, hash: c.hash, mtime_ms: c.mtimeMs, size: c.size, key };
  }

  /** Reads and hashes a pending file, changing nothing yet (see `take`). */
  private async load(c: Pending): Promise<Loaded> {
    if (c.text !== undefined) {
      const hash = hashOf(c.text);
      return this.known.get(c.rel)?.hash === hash ? {} : { changed: { ...c, text: c.text, hash } };
    }
    let text: string;
    try {
      text = await readFile(c.abs, 'utf8');
    } catch (error) {
      return {
        problem: {
          file: displayPath(c.abs),
          field: strings.content.fileField,
          message: describeReadError(error),
        },
      };
    }
    const hash = hashOf(text);
    const before = this.known.get(c.rel);
    if (before?.hash === hash) return { same: { ...before, mtime_ms: c.mtimeMs, size: c.size } };
    return { changed: { ...c, text, hash } };
  }

  /** What a load found, taken in: an unreadable file reported, an unchanged one's time kept. */
  private take(loaded: Loaded): Changed | undefined {
    if (loaded.problem) this.problems.push(loaded.problem);
    const same = loaded.same;
    if (same) this.ops.push((w) => w.recordSource(same));
    return loaded.changed;
  }

  /** Reads and hashes a pending file; undefined when unreadable (reported) or unchanged. */
  private async read(c: Pending): Promise<Changed | undefined> {
    return this.take(await this.load(c));
  }

  private async flush(): Promise<void> {
    const { ops, puts, sources } = this;
    this.ops = [];
    this.puts = [];
    this.sources = [];
    if (this.dryRun || !(ops.length || puts.length)) return;
    await this.store.write(async (w) => {
      for (const op of ops) await op(w);
      await w.putArticles(puts);
      await w.recordSources(sources);
    });
  }

  private removedOf(removed: string[], kind: Kind) {
    return removed.flatMap((rel) => {
      const row = this.stored.get(rel);
      return row?.kind === kind ? [row] : [];
    });
  }

  /** Sections, authors and standing pages: few files, checked before the articles need them. */
  async otherKinds(pending: Pending[], removed: string[]): Promise<void> {
    const changed = (await Promise.all(pending.map((c) => this.read(c)))).filter(
      (c): c is Changed => c !== undefined,
    );
    const byKind = (kind: Kind) => changed.filter((c) => c.kind === kind);
    const { problems, root, state } = this;

    for (const c of byKind('sections')) {
      const next = readSectionsText(c.abs, c.text, problems);
      if (!next) continue;
      const old = new Map(state.sections.map((s) => [s.id, JSON.stringify(s)]));
      for (const s of next)
        if (old.get(s.id) !== JSON.stringify(s)) this.changes.push({ kind: 'section', id: s.id });
      for (const s of state.sections)
        if (!next.some((n) => n.id === s.id)) this.changes.push({ kind: 'section', id: s.id });
      this.sections = next;
      this.sectionNames = new Map(next.map((s) => [s.id, s.name]));
      this.ops.push(
        (w) => w.putSections(next),
        (w) => w.recordSource(this.source(c, 'sections')),
      );
    }
    for (const row of this.removedOf(removed, 'sections')) {
      problems.push({
        file: displayPath(path.join(root, row.path)),
        field: strings.content.fileField,
        message: strings.content.missingFile,
      });
    }

    for (const row of this.removedOf(removed, 'author')) {
      this.authorIds.delete(row.key);
      this.changes.push({ kind: 'author', id: row.key });
      this.ops.push(
        (w) => w.deleteAuthor(row.key),
        (w) => w.forgetSource(row.path),
      );
    }
    for (const c of byKind('author')) {
      const author: Author | undefined = readAuthorText(c.abs, c.text, problems);
      if (!author) continue;
      this.authorIds.add(author.id);
      this.changes.push({ kind: 'author', id: author.id });
      this.ops.push(
        (w) => w.putAuthor(author, displayPath(c.abs)),
        (w) => w.recordSource(this.source(c, author.id)),
      );
    }

    const pageHolders = new Map(state.pages.map((p) => [p.slug, p.file]));
    for (const row of this.removedOf(removed, 'page')) {
      if (pageHolders.get(row.key) !== displayPath(path.join(root, row.path))) continue;
      pageHolders.delete(row.key);
      this.changes.push({ kind: 'page', id: row.key });
      this.ops.push(
        (w) => w.deletePage(row.key),
        (w) => w.forgetSource(row.path),
      );
    }
    for (const c of byKind('page')) {
      const page: Page | undefined = readPageText(c.abs, c.text, problems);
      if (!page) continue;
      const holder = pageHolders.get(page.slug);
      if (holder && holder !== page.file) {
        problems.push({
          file: page.file,
          field: 'slug',
          message: `slug "${page.slug}" sudah dipakai oleh ${holder}`,
        });
        continue;
      }
      const previous = this.known.get(c.rel)?.key;
      if (previous && previous !== page.slug) {
        pageHolders.delete(previous);
        this.ops.push((w) => w.deletePage(previous));
        this.changes.push({ kind: 'page', id: previous });
      }
      pageHolders.set(page.slug, page.file);
      this.changes.push({ kind: 'page', id: page.slug });
      this.ops.push(
        (w) => w.putPage(page),
        (w) => w.recordSource(this.source(c, page.slug)),
      );
    }
  }

  /** The store's holders of these ids and slugs, seen through what this ingest decided. */
  private async holders(ids: string[], slugs: string[]) {
    const rows = await this.store.articleHolders(
      ids.filter((id) => !this.mine.has(id)),
      slugs.filter((slug) => !this.mineSlugs.has(slug)),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const holderOf = (id: string): Holder | undefined =>
      this.mine.has(id) ? this.mine.get(id) : byId.get(id);
    const slugHolderOf = (slug: string): Holder | undefined => {
      if (this.mineSlugs.has(slug)) {
        const id = this.mineSlugs.get(slug);
        return id === undefined ? undefined : holderOf(id);
      }
      const row = bySlug.get(slug);
      // Decided by this ingest already: it holds the slug only if it kept it.
      return row && this.mine.has(row.id) ? undefined : row;
    };
    return { holderOf, slugHolderOf, stored: byId };
  }

  private decide(id: string, holder: Holder | undefined, previousSlug?: string) {
    if (previousSlug !== undefined && previousSlug !== holder?.slug)
      this.mineSlugs.set(previousSlug, undefined);
    this.mine.set(id, holder);
    if (holder) this.mineSlugs.set(holder.slug, id);
  }

  async removeArticles(removed: string[]): Promise<void> {
    const rows = this.removedOf(removed, 'article');
    if (!rows.length) return;
    const { holderOf } = await this.holders(
      rows.map((r) => r.key),
      [],
    );
    const deleted: string[] = [];
    for (const row of rows) {
      const held = holderOf(row.key);
      this.ops.push((w) => w.forgetSource(row.path));
      if (!held || held.file !== displayPath(path.join(this.root, row.path))) continue;
      deleted.push(row.key);
      const before = await this.store.articleById(row.key, EVERY_INSTANT);
      this.decide(row.key, undefined, held.slug);
      this.changes.push({ kind: 'article', id: row.key, before: before && articleKeys(before) });
      this.ops.push((w) => w.deleteArticle(row.key));
    }
    await this.reportDanglingReferences(deleted);
  }

  /**
   * Articles that still refer to a deleted one are reported (file, reference, message); they stay
   * live as they are, and their pages leave the missing article out.
   */
  private async reportDanglingReferences(deleted: string[]): Promise<void> {
    const gone = new Set(deleted);
    for (const referrer of await this.store.referrersOf(deleted)) {
      if (gone.has(referrer.id)) continue;
      this.problems.push({
        file: referrer.file,
        field: referrer.field,
        message: strings.content.referenceDeleted(referrer.ref),
      });
    }
  }

  /**
   * One batch of article files read and parsed (by the parse workers when there are any). Depends
   * on nothing earlier batches decide, so it runs while the batch before it is written.
   */
  async prepare(batch: Pending[], parser: ArticleParser): Promise<Prepared> {
    const loaded = await Promise.all(batch.map((c) => this.load(c)));
    const changed = loaded.flatMap((l) => (l.changed ? [l.changed] : []));
    const parsed = await parser.parse(changed.map((c) => ({ file: c.abs, text: c.text })));
    return { loaded, parsed };
  }

  /**
   * One batch of article files (prepared): parsed, check for clashes, resolve references, write in one
   * transaction. A file that refers to an article not seen yet waits until the last batch when
   * more files are to come (the referenced one may be among them).
   */
  async articles(prepared: Prepared, more: boolean): Promise<void> {
    const changed = prepared.loaded.map((l) => this.take(l));
    const drafts: { c: Changed; draft: ArticleDraft }[] = [];
    let next = 0;
    for (const c of changed) {
      if (!c) continue;
      const { draft, problems } = prepared.parsed[next++]!;
      this.problems.push(...problems);
      if (draft) drafts.push({ c, draft });
    }
    await this.resolve(drafts, more);
    await this.flush();
  }

  async deferred(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    await this.resolve(waiting, false, true);
    await this.flush();
  }

  private async resolve(
    drafts: { c: Changed; draft: ArticleDraft }[],
    more: boolean,
    alreadyClaimed = false,
  ): Promise<void> {
    const { problems } = this;
    const referenced = (draft: ArticleDraft) => [
      ...draft.data.related,
      ...draft.check.readAlso.map((r) => r.id),
    ];
    const previousIds = drafts.flatMap(({ c }) => this.known.get(c.rel)?.key ?? []);
    const { holderOf, slugHolderOf, stored } = await this.holders(
      [...drafts.flatMap(({ draft }) => [draft.data.id, ...referenced(draft)]), ...previousIds],
      drafts.map(({ draft }) => draft.data.slug),
    );
    const accepted: { c: Changed; draft: ArticleDraft; previousSlug?: string }[] = [];
    for (const { c, draft } of drafts) {
      const { id, slug } = draft.data;
      const idHolder = holderOf(id);
      if (!alreadyClaimed) {
        const slugHolder = slugHolderOf(slug);
        let clash = false;
        if (idHolder && idHolder.file !== draft.file) {
          problems.push({
            file: draft.file,
            field: 'id',
            message: `id "${id}" sudah dipakai oleh ${idHolder.file}`,
          });
          clash = true;
        }
        if (slugHolder && slugHolder.file !== draft.file) {
          problems.push({
            file: draft.file,
            field: 'slug',
            message: `slug "${slug}" sudah dipakai oleh ${slugHolder.file}`,
          });
          clash = true;
        }
        if (clash) continue;
        this.decide(id, { id, slug, file: draft.file, status: draft.data.status }, idHolder?.slug);
        if (stored.has(id)) this.storedIds.add(id);
      }
      accepted.push({ c, draft, previousSlug: idHolder?.slug });
    }
    const refs = {
      hasSection: (id: string) => this.sectionNames.has(id),
      hasAuthor: (id: string) => this.authorIds.has(id),
      articleStatus: (id: string) => holderOf(id)?.status,
    };
    for (const { c, draft } of accepted) {
      if (more && referenced(draft).some((id) => !holderOf(id))) {
        this.waiting.push({ c, draft });
        continue;
      }
      const article = await resolveArticle(draft, refs, problems);
      if (!article) continue;
      const previousId = this.known.get(c.rel)?.key;
      const inStore = stored.has(article.id) || this.storedIds.has(article.id);
      const before = inStore ? await this.store.articleById(article.id, EVERY_INSTANT) : undefined;
      if (previousId && previousId !== article.id && holderOf(previousId)?.file === draft.file) {
        const old = await this.store.articleById(previousId, EVERY_INSTANT);
        this.decide(previousId, undefined, holderOf(previousId)?.slug);
        this.changes.push({ kind: 'article', id: previousId, before: old && articleKeys(old) });
        this.ops.push((w) => w.deleteArticle(previousId));
      }
      const beforeKeys = before && articleKeys(before);
      const afterKeys = articleKeys(article);
      const change: ContentChange = {
        kind: 'article',
        id: article.id,
        before: beforeKeys,
        after: afterKeys,
      };
      this.changes.push(change);
      if (
        before &&
        beforeKeys &&
        sameListings({ keys: beforeKeys, article: before }, { keys: afterKeys, article })
      )
        this.listingNeutral.add(change);
      this.touchedArticles += 1;
      const sectionName = this.sectionNames.get(article.section) ?? article.section;
      const replace = Boolean(before) || inStore;
      const readAlso = draft.check.readAlso.map((r) => r.id);
      this.puts.push({ article, sectionName, replace, readAlso });
      this.sources.push(this.source(c, article.id));
    }
  }

  /** Ids the store held when this ingest claimed them (a deferred file is resolved later). */
  private storedIds = new Set<string>();
  /** Changes that leave every listing's count and newest change as they were (a fixed typo). */
  private listingNeutral = new Set<ContentChange>();

  /** Listing counts for what changed, and the time of a full reconcile, in one transaction. */
  async finish(full: boolean): Promise<void> {
    if (this.dryRun) return;
    const articleChanges = this.changes.filter(
      (c): c is Extract<ContentChange, { kind: 'article' }> =>
        c.kind === 'article' && !this.listingNeutral.has(c),
    );
    if (articleChanges.length) {
      const keys: StatsKeys = {
        sections: new Set(),
        tags: new Set(),
        authors: new Set(),
        months: new Set(),
      };
      for (const change of articleChanges) {
        for (const k of [change.before, change.after]) {
          if (!k) continue;
          keys.sections.add(k.section);
          for (const t of k.tags) keys.tags.add(t);
          for (const a of k.authors) keys.authors.add(a);
          keys.months.add(monthOf(new Date(k.publishedAt)));
        }
      }
      const all = this.touchedArticles > FULL_STATS_AFTER;
      this.ops.push((w) => w.refreshStats(all ? 'all' : keys));
    }
    if (full) this.ops.push((w) => w.setMeta('ingested_at', new Date().toISOString()));
    await this.flush();
    if (this.touchedArticles > FULL_STATS_AFTER) await this.store.settleAfterBulkLoad();
  }
}
