import path from 'node:path';
import { clashes } from '../content/claims';
import type { ContentIssue } from '../content/errors';
import {
  readAuthorText,
  readPageText,
  readSectionsText,
  resolveArticle,
  type ArticleDraft,
} from '../content/load';
import { displayPath } from '../content/paths';
import type { Author, Page, Section } from '../content/types';
import { DESK_IMAGES_PREFIX } from '../store/images-port';
import { localPublicImage } from '../store/public-images';
import { strings } from '../strings';
import type {
  ArticlePut,
  IngestState,
  SourceFile,
  StoreWriter,
  WritableStore,
} from '../store/writer-port';
import { articleKeys, listingsTouched, sameListings } from './changes';
import { Holders } from './holders';
import { loadFile } from './load-file';
import type { ArticleParser } from './parse-pool';
import type { Changed, ContentChange, Kind, Loaded, Pending, Prepared } from './types';

/** Sees every stored article: drafts, and anything scheduled (a 4-digit year sorts as text). */
const EVERY_INSTANT = { now: new Date('9999-12-31T23:59:59.999Z'), includeDrafts: true };
/** Above this many changed articles the listing counts are recomputed whole, not per key. */
const FULL_STATS_AFTER = 2_000;

type Op = (w: StoreWriter) => Promise<void>;
type Drafted = { c: Changed; draft: ArticleDraft };

/** One ingest: what it has decided so far (holders of ids and slugs), and what it changed. */
export class IngestRun {
  readonly changes: ContentChange[] = [];
  private ops: Op[] = [];
  /** This batch's articles, written after its other operations (deletes) in a few statements. */
  private puts: ArticlePut[] = [];
  private sources: SourceFile[] = [];
  private sections: Section[];
  private sectionNames: Map<string, string>;
  private authorIds: Set<string>;
  private holders: Holders;
  /** Ids the store held when this ingest claimed them (a deferred file is resolved later). */
  private storedIds = new Set<string>();
  /** Changes that leave every listing's count and newest change as they were (a fixed typo). */
  private listingNeutral = new Set<ContentChange>();
  private waiting: Drafted[] = [];
  private touchedArticles = 0;
  /** Articles' changes left out (keepChanges false): the listings are recounted whole. */
  private changesDropped = false;

  constructor(
    private readonly store: WritableStore,
    private readonly state: IngestState,
    private readonly root: string,
    private readonly known: Map<string, SourceFile>,
    private readonly stored: Map<string, SourceFile>,
    private readonly problems: ContentIssue[],
    private readonly dryRun: boolean,
    /** Every change for the caller (false: a batch job that publishes nothing, the import). */
    private readonly keepChanges = true,
  ) {
    this.sections = state.sections;
    this.sectionNames = new Map(state.sections.map((s) => [s.id, s.name]));
    this.authorIds = new Set(state.authors.map((a) => a.id));
    this.holders = new Holders(store);
  }

  private source(c: Changed, key: string): SourceFile {
    return { path: c.rel, kind: c.kind, hash: c.hash, mtime_ms: c.mtimeMs, size: c.size, key };
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
    return this.take(await loadFile(c, this.known));
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
    // Written: the store's rows answer for these ids and slugs now.
    this.holders.settled(puts.map((p) => p.article.id));
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
    this.takeSections(byKind('sections'), removed);
    this.takeAuthors(byKind('author'), removed);
    this.takePages(byKind('page'), removed);
  }

  private takeSections(changed: Changed[], removed: string[]): void {
    const { problems, root, state } = this;
    for (const c of changed) {
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
  }

  private takeAuthors(changed: Changed[], removed: string[]): void {
    for (const row of this.removedOf(removed, 'author')) {
      this.authorIds.delete(row.key);
      this.changes.push({ kind: 'author', id: row.key });
      this.ops.push(
        (w) => w.deleteAuthor(row.key),
        (w) => w.forgetSource(row.path),
      );
    }
    for (const c of changed) {
      const author: Author | undefined = readAuthorText(c.abs, c.text, this.problems);
      if (!author) continue;
      this.authorIds.add(author.id);
      this.changes.push({ kind: 'author', id: author.id });
      this.ops.push(
        (w) => w.putAuthor(author, displayPath(c.abs)),
        (w) => w.recordSource(this.source(c, author.id)),
      );
    }
  }

  private takePages(changed: Changed[], removed: string[]): void {
    const { problems, root, state } = this;
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
    for (const c of changed) {
      const page: Page | undefined = readPageText(c.abs, c.text, problems);
      if (!page) continue;
      const clash = clashes(page.file, [
        { field: 'slug', value: page.slug, heldBy: pageHolders.get(page.slug) },
      ]);
      if (clash.length) {
        problems.push(...clash);
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

  async removeArticles(removed: string[]): Promise<void> {
    const rows = this.removedOf(removed, 'article');
    if (!rows.length) return;
    const { holderOf } = await this.holders.of(
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
      this.holders.decide(row.key, undefined, held.slug);
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
    const loaded = await Promise.all(batch.map((c) => loadFile(c, this.known)));
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
    const drafts: Drafted[] = [];
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

  private async resolve(drafts: Drafted[], more: boolean, alreadyClaimed = false): Promise<void> {
    const { problems } = this;
    const referenced = (draft: ArticleDraft) => [
      ...draft.data.related,
      ...draft.check.readAlso.map((r) => r.id),
    ];
    const previousIds = drafts.flatMap(({ c }) => this.known.get(c.rel)?.key ?? []);
    const { holderOf, slugHolderOf, stored } = await this.holders.of(
      [...drafts.flatMap(({ draft }) => [draft.data.id, ...referenced(draft)]), ...previousIds],
      drafts.map(({ draft }) => draft.data.slug),
    );
    const accepted: (Drafted & { previousSlug?: string })[] = [];
    for (const { c, draft } of drafts) {
      const { id, slug } = draft.data;
      const idHolder = holderOf(id);
      if (!alreadyClaimed) {
        const clash = clashes(draft.file, [
          { field: 'id', value: id, heldBy: idHolder?.file },
          { field: 'slug', value: slug, heldBy: slugHolderOf(slug)?.file },
        ]);
        if (clash.length) {
          problems.push(...clash);
          continue;
        }
        const holder = { id, slug, file: draft.file, status: draft.data.status };
        this.holders.decide(id, holder, idHolder?.slug);
        if (stored.has(id)) this.storedIds.add(id);
      }
      accepted.push({ c, draft, previousSlug: idHolder?.slug });
    }
    const refs = {
      hasSection: (id: string) => this.sectionNames.has(id),
      hasAuthor: (id: string) => this.authorIds.has(id),
      articleStatus: (id: string) => holderOf(id)?.status,
      // Only desk uploads can come from the store; other images are files or missing.
      localImage: async (src: string) =>
        src.startsWith(DESK_IMAGES_PREFIX) &&
        localPublicImage(src, (path) => this.store.storedImage(path)),
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
        this.holders.decide(previousId, undefined, holderOf(previousId)?.slug);
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
      // Past FULL_STATS_AFTER the listings are recounted whole: a caller that publishes nothing
      // is given no more of the articles' changes, and none is kept for it.
      if (this.keepChanges || this.touchedArticles < FULL_STATS_AFTER) this.changes.push(change);
      else this.changesDropped = true;
      if (
        this.changes.at(-1) === change &&
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

  /** Listing counts for what changed, and the time of a full reconcile, in one transaction. */
  async finish(full: boolean): Promise<void> {
    if (this.dryRun) return;
    const articleChanges = this.changes.filter(
      (c): c is Extract<ContentChange, { kind: 'article' }> =>
        c.kind === 'article' && !this.listingNeutral.has(c),
    );
    if (articleChanges.length || this.changesDropped) {
      const keys = listingsTouched(articleChanges);
      const all = this.touchedArticles > FULL_STATS_AFTER;
      this.ops.push((w) => w.refreshStats(all ? 'all' : keys));
    }
    if (full) this.ops.push((w) => w.setMeta('ingested_at', new Date().toISOString()));
    await this.flush();
    if (this.touchedArticles > FULL_STATS_AFTER)
      await this.store.settleAfterBulkLoad(this.touchedArticles);
  }
}
