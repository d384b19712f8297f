import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import {
  describeReadError,
  readArticleText,
  readAuthorText,
  readPageText,
  readSectionsText,
  resolveArticle,
  type ArticleDraft,
} from '../content/load';
import { contentRoot, displayPath } from '../content/paths';
import type { Article, Author, Page, Section } from '../content/types';
import { openStore } from '../store';
import type { IngestState, KyselyContentStore, StoreWriter } from '../store/kysely-store';
import type { SourceFilesTable } from '../store/schema';

export interface IngestOptions {
  /** Default: WARTA_CONTENT_DIR or content/. */
  contentDir?: string;
  /** Only these files changed (absolute or content-relative); omit for a full reconcile by hash. */
  paths?: string[];
  /** Content given directly (publish endpoint), validated like files on disk. */
  files?: { path: string; text: string }[];
  /** Validate only. */
  dryRun?: boolean;
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

type Kind = SourceFilesTable['kind'];

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

async function scan(root: string): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const dir of ['', 'authors', 'articles', 'pages']) {
    let names: string[];
    try {
      names = await readdir(path.join(root, dir));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const c = candidate(root, path.join(dir, name));
      if (c) found.push(c);
    }
  }
  return found;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
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
 * is read only when its size or time changed, and written only when its hash did.
 */
export async function ingestContent(options: IngestOptions = {}): Promise<IngestResult> {
  const root = path.resolve(options.contentDir ?? contentRoot());
  const opened = await openStore(root);
  const full = !options.paths && !options.files;
  const result = await ingestInto(opened.store, root, options, Boolean(opened.rebuild));
  if (full && !options.dryRun) opened.rebuild = undefined;
  return result;
}

export async function ingestInto(
  store: KyselyContentStore,
  root: string,
  options: IngestOptions,
  rebuild = false,
): Promise<IngestResult> {
  const state = await store.ingestState();
  const known = new Map(rebuild ? [] : state.files.map((f) => [f.path, f]));
  const problems: ContentIssue[] = [];
  const full = !options.paths && !options.files;

  const candidates: Candidate[] = [];
  const removed: string[] = [];
  if (full) {
    candidates.push(...(await scan(root)));
    const present = new Set(candidates.map((c) => c.rel));
    for (const f of state.files) {
      if (!present.has(f.path) && f.mtime_ms !== PUBLISHED_REMOTELY) removed.push(f.path);
    }
  }
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
        field: '(berkas)',
        message: 'bukan berkas konten (articles/, authors/, pages/, sections.yaml)',
      });
  }

  const changed: Changed[] = [];
  const touched: SourceFilesTable[] = [];
  let seen = 0;
  for (const c of candidates) {
    if (++seen % PROGRESS_EVERY === 0)
      console.log(`  ingest: ${seen}/${candidates.length} berkas diperiksa`);
    const before = known.get(c.rel);
    if (c.text !== undefined) {
      const hash = hashOf(c.text);
      if (before?.hash !== hash)
        changed.push({
          ...c,
          text: c.text,
          hash,
          mtimeMs: PUBLISHED_REMOTELY,
          size: c.text.length,
        });
      continue;
    }
    let info;
    try {
      info = await stat(c.abs);
    } catch {
      if (!full) removed.push(c.rel);
      continue;
    }
    if (full && before && before.mtime_ms === info.mtimeMs && before.size === info.size) continue;
    let text: string;
    try {
      text = await readFile(c.abs, 'utf8');
    } catch (error) {
      problems.push({
        file: displayPath(c.abs),
        field: '(berkas)',
        message: describeReadError(error),
      });
      continue;
    }
    const hash = hashOf(text);
    if (before?.hash === hash) {
      touched.push({ ...before, mtime_ms: info.mtimeMs, size: info.size });
      continue;
    }
    changed.push({ ...c, text, hash, mtimeMs: info.mtimeMs, size: info.size });
  }

  const plan = await planChanges(store, state, root, changed, removed, known, problems);
  if (!options.dryRun && (plan.ops.length || touched.length)) {
    await store.write(async (w) => {
      for (const op of plan.ops) await op(w);
      for (const f of touched) await w.recordSource(f);
      if (full) await w.setMeta('ingested_at', new Date().toISOString());
    });
  }
  return { problems, changes: options.dryRun ? [] : plan.changes };
}

type Op = (w: StoreWriter) => Promise<void>;

async function planChanges(
  store: KyselyContentStore,
  state: IngestState,
  root: string,
  changed: Changed[],
  removed: string[],
  known: Map<string, SourceFilesTable>,
  problems: ContentIssue[],
) {
  const ops: Op[] = [];
  const changes: ContentChange[] = [];
  const source = (c: Changed, key: string): SourceFilesTable => ({
    path: c.rel,
    kind: c.kind,
    hash: c.hash,
    mtime_ms: c.mtimeMs,
    size: c.size,
    key,
  });
  const byKind = (kind: Kind) => changed.filter((c) => c.kind === kind);
  const removedOf = (kind: Kind) =>
    removed.flatMap((rel) => {
      const row = known.get(rel) ?? state.files.find((f) => f.path === rel);
      return row?.kind === kind ? [row] : [];
    });

  // Sections: the whole file, or the last good list.
  let sections: Section[] = state.sections;
  for (const c of byKind('sections')) {
    const next = readSectionsText(c.abs, c.text, problems);
    if (!next) continue;
    const old = new Map(state.sections.map((s) => [s.id, JSON.stringify(s)]));
    for (const s of next)
      if (old.get(s.id) !== JSON.stringify(s)) changes.push({ kind: 'section', id: s.id });
    for (const s of state.sections)
      if (!next.some((n) => n.id === s.id)) changes.push({ kind: 'section', id: s.id });
    sections = next;
    ops.push(
      (w) => w.putSections(next),
      (w) => w.recordSource(source(c, 'sections')),
    );
  }
  for (const row of removedOf('sections')) {
    problems.push({
      file: displayPath(path.join(root, row.path)),
      field: '(berkas)',
      message: 'berkas tidak ada',
    });
  }

  // Authors, one file each.
  const authorIds = new Set(state.authors.map((a) => a.id));
  for (const row of removedOf('author')) {
    authorIds.delete(row.key);
    changes.push({ kind: 'author', id: row.key });
    ops.push(
      (w) => w.deleteAuthor(row.key),
      (w) => w.forgetSource(row.path),
    );
  }
  for (const c of byKind('author')) {
    const author: Author | undefined = readAuthorText(c.abs, c.text, problems);
    if (!author) continue;
    authorIds.add(author.id);
    changes.push({ kind: 'author', id: author.id });
    ops.push(
      (w) => w.putAuthor(author, displayPath(c.abs)),
      (w) => w.recordSource(source(c, author.id)),
    );
  }

  // Articles: who holds which id and slug now (the store, less removed files, plus this batch).
  const holders = new Map(state.articles.map((a) => [a.id, a]));
  const slugHolders = new Map(state.articles.map((a) => [a.slug, a]));
  const forget = (id: string) => {
    const held = holders.get(id);
    if (held) slugHolders.delete(held.slug);
    holders.delete(id);
  };
  for (const row of removedOf('article')) {
    const held = holders.get(row.key);
    ops.push((w) => w.forgetSource(row.path));
    if (!held || held.file !== displayPath(path.join(root, row.path))) continue;
    const before = await store.articleById(row.key, EVERY_INSTANT);
    forget(row.key);
    changes.push({ kind: 'article', id: row.key, before: before && articleKeys(before) });
    ops.push((w) => w.deleteArticle(row.key));
  }
  const drafts: { c: Changed; draft: ArticleDraft }[] = [];
  for (const c of byKind('article')) {
    const draft = readArticleText(c.abs, c.text, problems);
    if (!draft) continue;
    const { id, slug } = draft.data;
    const idHolder = holders.get(id);
    const slugHolder = slugHolders.get(slug);
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
    const entry = { id, slug, file: draft.file, status: draft.data.status };
    if (idHolder) slugHolders.delete(idHolder.slug);
    holders.set(id, entry);
    slugHolders.set(slug, entry);
    drafts.push({ c, draft });
  }
  const sectionNames = new Map(sections.map((s) => [s.id, s.name]));
  const refs = {
    hasSection: (id: string) => sectionNames.has(id),
    hasAuthor: (id: string) => authorIds.has(id),
    articleStatus: (id: string) => holders.get(id)?.status,
  };
  for (const { c, draft } of drafts) {
    const article = await resolveArticle(draft, refs, problems);
    if (!article) continue;
    const previousId = known.get(c.rel)?.key;
    const before = await store.articleById(article.id, EVERY_INSTANT);
    if (previousId && previousId !== article.id && holders.get(previousId)?.file === draft.file) {
      const old = await store.articleById(previousId, EVERY_INSTANT);
      forget(previousId);
      changes.push({ kind: 'article', id: previousId, before: old && articleKeys(old) });
      ops.push((w) => w.deleteArticle(previousId));
    }
    changes.push({
      kind: 'article',
      id: article.id,
      before: before && articleKeys(before),
      after: articleKeys(article),
    });
    const sectionName = sectionNames.get(article.section) ?? article.section;
    ops.push(
      (w) => w.putArticle(article, sectionName),
      (w) => w.recordSource(source(c, article.id)),
    );
  }

  // Standing pages.
  const pageHolders = new Map(state.pages.map((p) => [p.slug, p.file]));
  for (const row of removedOf('page')) {
    if (pageHolders.get(row.key) !== displayPath(path.join(root, row.path))) continue;
    pageHolders.delete(row.key);
    changes.push({ kind: 'page', id: row.key });
    ops.push(
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
    const previous = known.get(c.rel)?.key;
    if (previous && previous !== page.slug) {
      pageHolders.delete(previous);
      ops.push((w) => w.deletePage(previous));
      changes.push({ kind: 'page', id: previous });
    }
    pageHolders.set(page.slug, page.file);
    changes.push({ kind: 'page', id: page.slug });
    ops.push(
      (w) => w.putPage(page),
      (w) => w.recordSource(source(c, page.slug)),
    );
  }
  return { ops, changes };
}
