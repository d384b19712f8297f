import {
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
  type Transaction,
} from 'kysely';
import type { Article, Author, Page, Section } from '../content/types';
import type { Engine } from './migrations';
import { monthOf, monthRange } from './months';
import type {
  ArticleList,
  ContentStore,
  ListKind,
  PageRequest,
  Paginated,
  SearchPage,
  SearchRequest,
  SitemapChunk,
  SitemapEntry,
  SitemapMonth,
  TagCount,
  Visibility,
} from './port';
import type { Database, ListStatsTable, SourceFilesTable } from './schema';
import { searchableTerms } from './search-text';
import { reviveArticle, reviveJson, revivePage, serialise } from './serialise';
import type { SearchCandidate } from './search-rank';

/** How an engine indexes an article for search and answers a search (sqlite/, postgres/). */
export interface SearchEngine {
  index(trx: Transaction<Database>, article: Article, sectionName: string): Promise<void>;
  /** Several articles at once (an ingest batch); engines without a bulk form index one by one. */
  indexMany?(
    trx: Transaction<Database>,
    items: { article: Article; sectionName: string }[],
  ): Promise<void>;
  remove(trx: Transaction<Database>, id: string): Promise<void>;
  search(
    db: Kysely<Database>,
    request: SearchRequest,
    v: Visibility,
  ): Promise<{
    ids: string[];
    totalHits: number;
    capped: boolean;
    partial: boolean;
    headlines?: ReadonlyMap<string, string>;
  }>;
  /**
   * The first step of `search` on its own, for timing it apart: the newest visible matches of
   * every word of the request (`all`) or of any (`some`, the fallback), before ranking.
   */
  candidates(
    db: Kysely<Database>,
    request: SearchRequest,
    v: Visibility,
    mode: 'all' | 'some',
  ): Promise<SearchCandidate[]>;
  /** The excerpts of a page of hits, on engines that make their own (PostgreSQL's ts_headline). */
  headlines?(
    db: Kysely<Database>,
    request: SearchRequest,
    mode: 'all' | 'some',
    ids: string[],
  ): Promise<ReadonlyMap<string, string>>;
}

/** How many newest candidates each related-article rule looks at. */
const RELATED_CANDIDATES = 100;

type ArticleQuery = SelectQueryBuilder<Database, 'articles', object>;

export function visible<Q extends ArticleQuery>(
  query: Q,
  v: Visibility,
  { listed }: { listed: boolean },
): Q {
  return query.where(visibleOn('articles', v, { listed })) as Q;
}

/**
 * What may be shown, on `table` (articles, or a tag or author link row, which carry the same
 * visibility columns): due, published unless drafts are shown, and for lists not withdrawn.
 */
function visibleOn(table: string, v: Visibility, { listed }: { listed: boolean }) {
  const c = (name: string) => sql.ref(`${table}.${name}`);
  const parts = [sql`${c('published_at')} <= ${v.now.toISOString()}`];
  if (!v.includeDrafts) parts.push(sql`${c('status')} = 'published'`);
  if (listed) parts.push(sql`${c('withdrawn')} = 0`);
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** Published, not withdrawn, but not due yet: what the kept counts hold beyond the live ones. */
function scheduledOn(table: string, v: Visibility) {
  const c = (name: string) => sql.ref(`${table}.${name}`);
  return sql<boolean>`(${c('withdrawn')} = 0 and ${c('status')} = 'published' and ${c('published_at')} > ${v.now.toISOString()})`;
}

function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

const STATS_KEY = {
  all: () => ({ kind: 'all', key: '' }),
  section: (list: ArticleList) => ({
    kind: 'section',
    key: list.kind === 'section' ? list.sectionId : '',
  }),
  tag: (list: ArticleList) => ({ kind: 'tag', key: list.kind === 'tag' ? list.tagSlug : '' }),
  author: (list: ArticleList) => ({
    kind: 'author',
    key: list.kind === 'author' ? list.authorId : '',
  }),
} as const;

const notAfter = (iso: string, now: Date) => new Date(Math.min(Date.parse(iso), now.getTime()));

/** The queries, written once for both engines. */
export class KyselyContentStore implements ContentStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly engine: Engine,
    readonly searchEngine: SearchEngine,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {}

  /**
   * Ids of one page of a listing, read in order from one index (articles by section or overall,
   * or the tag and author link rows, which carry their article's visibility columns); only
   * those ids' records are then read, so page 2,000 costs an index skip, not 20,000 records.
   */
  private async listIds(
    list: ArticleList,
    v: Visibility,
    limit: number,
    offset: number,
  ): Promise<string[]> {
    if (list.kind === 'tag' || list.kind === 'author') {
      const base =
        list.kind === 'tag'
          ? this.db
              .selectFrom('article_tags as l')
              .select('l.article_id as id')
              .where('l.tag_slug', '=', list.tagSlug)
          : this.db
              .selectFrom('article_authors as l')
              .select('l.article_id as id')
              .where('l.author_id', '=', list.authorId);
      const rows = await base
        .where(visibleOn('l', v, { listed: true }))
        .orderBy('l.published_at', 'desc')
        .orderBy('l.article_id', 'asc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((r) => r.id);
    }
    let q = this.db
      .selectFrom('articles as l')
      .select('l.id as id')
      .where(visibleOn('l', v, { listed: true }));
    if (list.kind === 'section') q = q.where('l.section', '=', list.sectionId);
    const rows = await q
      .orderBy('l.published_at', 'desc')
      .orderBy('l.id', 'asc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Records by id, in the order given (ids not found are left out). */
  private async articlesByIds(ids: string[]): Promise<Article[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'doc'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r.doc]));
    return ids.flatMap((id) => {
      const doc = byId.get(id);
      return doc === undefined ? [] : [reviveArticle(doc)];
    });
  }

  /** How many live articles a listing has: the kept count less those not due yet. */
  private async listTotal(list: ArticleList, v: Visibility): Promise<number> {
    if (v.includeDrafts) return this.countWhere(list, visibleOn('l', v, { listed: true }));
    const { kind, key } = STATS_KEY[list.kind](list);
    const [stats, scheduled] = await Promise.all([
      this.db
        .selectFrom('list_stats')
        .select('count')
        .where('kind', '=', kind as 'all')
        .where('key', '=', key)
        .executeTakeFirst(),
      this.countWhere(list, scheduledOn('l', v)),
    ]);
    return Math.max(0, Number(stats?.count ?? 0) - scheduled);
  }

  /**
   * How many rows of the listing's index (its link table, or articles) meet `where`, which is
   * written on the alias `l`: the scheduled ones, or (drafts shown) the visible ones directly.
   */
  private async countWhere(list: ArticleList, where: RawBuilder<boolean>): Promise<number> {
    const rows =
      list.kind === 'tag'
        ? this.db.selectFrom('article_tags as l').where('l.tag_slug', '=', list.tagSlug)
        : list.kind === 'author'
          ? this.db.selectFrom('article_authors as l').where('l.author_id', '=', list.authorId)
          : list.kind === 'section'
            ? this.db.selectFrom('articles as l').where('l.section', '=', list.sectionId)
            : this.db.selectFrom('articles as l');
    const counted = await rows
      .where(where)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(counted?.n ?? 0);
  }

  /** Stored articles that refer to any of these ids, with the file each came from. */
  async referrersOf(
    ids: readonly string[],
  ): Promise<{ id: string; file: string; ref: string; field: 'related' | 'isi' }[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('article_refs')
      .innerJoin('articles', 'articles.id', 'article_refs.article_id')
      .select([
        'articles.id as id',
        'articles.file as file',
        'article_refs.ref_id as ref',
        'article_refs.field as field',
      ])
      .where('article_refs.ref_id', 'in', [...ids])
      .orderBy('articles.file')
      .orderBy('article_refs.ref_id')
      .execute();
  }

  async articleById(id: string, v: Visibility): Promise<Article | undefined> {
    const row = await visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: false })
      .select('articles.doc')
      .where('articles.id', '=', id)
      .executeTakeFirst();
    return row && reviveArticle(row.doc);
  }

  async latest(v: Visibility, limit: number, offset = 0): Promise<Article[]> {
    return this.articlesByIds(await this.listIds({ kind: 'all' }, v, limit, offset));
  }

  async latestSince(v: Visibility, since: Date, limit: number): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles as l')
      .select('l.id as id')
      .where(visibleOn('l', v, { listed: true }))
      .where('l.published_at', '>', since.toISOString())
      .orderBy('l.published_at', 'desc')
      .orderBy('l.id', 'asc')
      .limit(limit)
      .execute();
    return this.articlesByIds(rows.map((r) => r.id));
  }

  async list(
    list: ArticleList,
    v: Visibility,
    { page, perPage }: PageRequest,
  ): Promise<Paginated<Article> | undefined> {
    if (!Number.isInteger(page) || page < 1) return undefined;
    const totalItems = await this.listTotal(list, v);
    const totalPages = pageCount(totalItems, perPage);
    if (page > totalPages) return undefined;
    const items = await this.articlesByIds(
      await this.listIds(list, v, perPage, (page - 1) * perPage),
    );
    return { items, page, totalPages, totalItems };
  }

  async countLive(v: Visibility): Promise<number> {
    return this.listTotal({ kind: 'all' }, v);
  }

  async issuedIds(v: Visibility, limit: number): Promise<string[]> {
    const rows = await visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: false })
      .select('articles.id')
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'asc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Candidates come from indexes (the named ids, the newest of each shared tag and of the
   * section); they are scored from their tag rows and only the chosen records are read.
   */
  async related(article: Article, v: Visibility, limit: number): Promise<Article[]> {
    const tagSlugs = [...new Set(article.tags.map((t) => t.slug))];
    const named = article.related.length
      ? (
          await this.db
            .selectFrom('articles as l')
            .select('l.id as id')
            .where('l.id', 'in', article.related)
            .where(visibleOn('l', v, { listed: true }))
            .execute()
        ).map((r) => r.id)
      : [];
    const lists = await Promise.all([
      ...tagSlugs.map((tagSlug) =>
        this.listIds({ kind: 'tag', tagSlug }, v, RELATED_CANDIDATES, 0),
      ),
      this.listIds({ kind: 'section', sectionId: article.section }, v, RELATED_CANDIDATES, 0),
    ]);
    const candidates = [...new Set([...named, ...lists.flat()])].filter((id) => id !== article.id);
    if (!candidates.length) return [];
    const [rows, tagRows] = await Promise.all([
      this.db
        .selectFrom('articles')
        .select(['id', 'section', 'published_at'])
        .where('id', 'in', candidates)
        .execute(),
      tagSlugs.length
        ? this.db
            .selectFrom('article_tags')
            .select(['article_id', 'tag_slug'])
            .where('article_id', 'in', candidates)
            .where('tag_slug', 'in', tagSlugs)
            .execute()
        : [],
    ]);
    const sharedTags = new Map<string, number>();
    for (const r of tagRows) sharedTags.set(r.article_id, (sharedTags.get(r.article_id) ?? 0) + 1);
    const score = (r: { id: string; section: string }) =>
      (article.related.includes(r.id) ? 100 : 0) +
      (sharedTags.get(r.id) ?? 0) * 10 +
      (r.section === article.section ? 1 : 0);
    const chosen = rows
      .map((r) => ({ r, s: score(r) }))
      .filter(({ s }) => s > 0)
      .sort(
        (x, y) =>
          y.s - x.s ||
          (x.r.published_at < y.r.published_at
            ? 1
            : x.r.published_at > y.r.published_at
              ? -1
              : 0) ||
          (x.r.id < y.r.id ? -1 : x.r.id > y.r.id ? 1 : 0),
      )
      .slice(0, limit)
      .map(({ r }) => r.id);
    return this.articlesByIds(chosen);
  }

  /** Development (drafts shown): counted over the tag rows, as the archive there is small. */
  private tagCounts(v: Visibility) {
    return this.db
      .selectFrom('article_tags as l')
      .where(visibleOn('l', v, { listed: true }))
      .select((eb) => [
        'l.tag_slug as slug',
        eb.fn.min('l.tag_name').as('name'),
        eb.fn.countAll<number | string>().as('count'),
      ])
      .groupBy('l.tag_slug');
  }

  /** Per tag, how many of its articles are published but not due yet (few, from an index range). */
  private async scheduledPerTag(v: Visibility, slug?: string): Promise<Map<string, number>> {
    let q = this.db
      .selectFrom('articles as a')
      .innerJoin('article_tags as l', 'l.article_id', 'a.id')
      .where(scheduledOn('a', v));
    if (slug !== undefined) q = q.where('l.tag_slug', '=', slug);
    const rows = await q
      .select((eb) => ['l.tag_slug as slug', eb.fn.countAll<number | string>().as('n')])
      .groupBy('l.tag_slug')
      .execute();
    return new Map(rows.map((r) => [r.slug, Number(r.n)]));
  }

  private async keptTagCounts(v: Visibility, slug?: string): Promise<TagCount[]> {
    let q = this.db
      .selectFrom('list_stats')
      .select(['key', 'name', 'count'])
      .where('kind', '=', 'tag');
    if (slug !== undefined) q = q.where('key', '=', slug);
    const [rows, scheduled] = await Promise.all([q.execute(), this.scheduledPerTag(v, slug)]);
    return rows
      .map((r) => ({
        name: r.name,
        slug: r.key,
        count: Number(r.count) - (scheduled.get(r.key) ?? 0),
      }))
      .filter((t) => t.count > 0);
  }

  async tags(v: Visibility): Promise<TagCount[]> {
    const counted = v.includeDrafts
      ? (await this.tagCounts(v).execute()).map((r) => ({
          name: String(r.name),
          slug: r.slug,
          count: Number(r.count),
        }))
      : await this.keptTagCounts(v);
    return counted.sort(
      (a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
  }

  async tag(slug: string, v: Visibility): Promise<TagCount | undefined> {
    if (!v.includeDrafts) return (await this.keptTagCounts(v, slug))[0];
    const row = await this.tagCounts(v).where('l.tag_slug', '=', slug).executeTakeFirst();
    return row && { name: String(row.name), slug: row.slug, count: Number(row.count) };
  }

  async listLastmods(kind: ListKind, v: Visibility): Promise<Map<string, Date>> {
    const rows = await this.db
      .selectFrom('list_stats')
      .select(['key', 'modified_at'])
      .where('kind', '=', kind)
      .execute();
    return new Map(rows.map((r) => [r.key, notAfter(r.modified_at, v.now)]));
  }

  async sitemapMonths(v: Visibility): Promise<SitemapMonth[]> {
    const [rows, scheduled] = await Promise.all([
      this.db
        .selectFrom('list_stats')
        .select(['key', 'count', 'modified_at'])
        .where('kind', '=', 'month')
        .where('key', '<=', monthOf(v.now))
        .orderBy('key')
        .execute(),
      this.db
        .selectFrom('articles as l')
        .select('l.published_at')
        .where(scheduledOn('l', v))
        .where('l.published_at', '<', monthRange(monthOf(v.now)).end)
        .execute(),
    ]);
    const notDue = new Map<string, number>();
    for (const r of scheduled) {
      const month = monthOf(new Date(r.published_at));
      notDue.set(month, (notDue.get(month) ?? 0) + 1);
    }
    // A month holding articles not due yet (only the current one, in practice): its newest
    // change among the due ones, read from its range of the index.
    const lastmods = new Map<string, Date>();
    for (const month of notDue.keys()) {
      const { start } = monthRange(month);
      const r = await this.db
        .selectFrom('articles as l')
        .select((eb) => eb.fn.max('l.modified_at').as('at'))
        .where(visibleOn('l', v, { listed: true }))
        .where('l.published_at', '>=', start)
        .executeTakeFirst();
      if (r?.at) lastmods.set(month, notAfter(String(r.at), v.now));
    }
    return rows
      .map((r) => ({
        month: r.key,
        count: Number(r.count) - (notDue.get(r.key) ?? 0),
        lastmod: lastmods.get(r.key) ?? notAfter(r.modified_at, v.now),
      }))
      .filter((m) => m.count > 0);
  }

  async sitemapMonth(
    v: Visibility,
    month: string,
    limit: number,
    offset: number,
  ): Promise<SitemapEntry[]> {
    const { start, end } = monthRange(month);
    const rows = await this.db
      .selectFrom('articles as l')
      .select(['l.id', 'l.slug', 'l.published_at', 'l.modified_at', 'l.image_src'])
      .where(visibleOn('l', v, { listed: true }))
      .where('l.published_at', '>=', start)
      .where('l.published_at', '<', end)
      .orderBy('l.published_at', 'asc')
      .orderBy('l.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(sitemapEntry);
  }

  async sections(): Promise<Section[]> {
    const rows = await this.db.selectFrom('sections').select('doc').orderBy('position').execute();
    return rows.map((r) => reviveJson<Section>(r.doc));
  }

  async section(id: string): Promise<Section | undefined> {
    const row = await this.db
      .selectFrom('sections')
      .select('doc')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && reviveJson<Section>(row.doc);
  }

  async authors(): Promise<Author[]> {
    const rows = await this.db.selectFrom('authors').select('doc').orderBy('id').execute();
    return rows.map((r) => reviveJson<Author>(r.doc));
  }

  async author(id: string): Promise<Author | undefined> {
    const row = await this.db
      .selectFrom('authors')
      .select('doc')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && reviveJson<Author>(row.doc);
  }

  async authorsOf(ids: string[]): Promise<Author[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .selectFrom('authors')
      .select(['id', 'doc'])
      .where('id', 'in', ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, reviveJson<Author>(r.doc)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async pages(): Promise<Page[]> {
    const rows = await this.db
      .selectFrom('pages')
      .select('doc')
      .orderBy('position')
      .orderBy('slug')
      .execute();
    return rows.map((r) => revivePage(r.doc));
  }

  async page(slug: string): Promise<Page | undefined> {
    const row = await this.db
      .selectFrom('pages')
      .select('doc')
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && revivePage(row.doc);
  }

  async sitemapChunk(v: Visibility, size: number, cursor?: string): Promise<SitemapChunk> {
    let q = visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: true });
    if (cursor) {
      const [at = '', id = ''] = cursor.split('|');
      q = q.where((eb) =>
        eb.or([
          eb('articles.published_at', '<', at),
          eb.and([eb('articles.published_at', '=', at), eb('articles.id', '>', id)]),
        ]),
      );
    }
    const rows = await q
      .select([
        'articles.id',
        'articles.slug',
        'articles.published_at',
        'articles.modified_at',
        'articles.image_src',
      ])
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'asc')
      .limit(size + 1)
      .execute();
    const entries = rows.slice(0, size).map(sitemapEntry);
    const last = rows[size - 1];
    return {
      entries,
      next: rows.length > size && last ? `${last.published_at}|${last.id}` : undefined,
    };
  }

  async search(request: SearchRequest, v: Visibility): Promise<SearchPage> {
    const terms = searchableTerms(request.terms);
    if (!terms.length) return { articles: [], totalHits: 0, capped: false, partial: false };
    const found = await this.searchEngine.search(this.db, { ...request, terms }, v);
    const counts = { totalHits: found.totalHits, capped: found.capped, partial: found.partial };
    if (!found.ids.length) return { articles: [], ...counts };
    return {
      articles: await this.articlesByIds(found.ids),
      ...counts,
      headlines: found.headlines,
    };
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  // ---- Writing (the ingest only) ----

  /**
   * What the ingest compares files with: the known files at `paths` (a full reconcile finds which
   * through `fileStamps`; every file when omitted), sections, authors, pages.
   */
  async ingestState(paths?: string[]) {
    const [files, sections, authors, pages, meta] = await Promise.all([
      paths ? this.sourceFilesAt(paths) : this.db.selectFrom('source_files').selectAll().execute(),
      this.sections(),
      this.db.selectFrom('authors').select(['id', 'file']).execute(),
      this.db.selectFrom('pages').select(['slug', 'file']).execute(),
      this.db.selectFrom('meta').selectAll().execute(),
    ]);
    return { files, sections, authors, pages, meta: new Map(meta.map((m) => [m.key, m.value])) };
  }

  /**
   * Path, time and size of every known file: all a full reconcile compares (the hash and key of
   * the few files that differ are read afterwards, through `ingestState(paths)`).
   */
  async fileStamps(): Promise<Map<string, FileStamp>> {
    const rows = await this.db
      .selectFrom('source_files')
      .select(['path', 'mtime_ms', 'size'])
      .execute();
    const stamps = new Map<string, FileStamp>();
    for (const row of rows) stamps.set(row.path, row);
    return stamps;
  }

  /** How many files the last ingests recorded. */
  async fileCount(): Promise<number> {
    const row = await this.db
      .selectFrom('source_files')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * After a bulk ingest (thousands of articles written) on PostgreSQL: the tables vacuumed and
   * analysed (visibility map, the GIN index's pending list, the planner's statistics) here and
   * now, rather than by autovacuum while the build or the first readers run. On SQLite the
   * FTS5 index's segments (one or more per batch written) are merged into one, so a search reads
   * each word's newest entries from one list (at 100,000 articles: 7 s; the rows of its segment
   * index 17,585 → 3,289; the newest 1,001 candidates of "pemerintah" 2.8 → 1.1 ms).
   */
  async settleAfterBulkLoad(): Promise<void> {
    if (this.engine === 'sqlite') {
      await sql`insert into article_search (article_search) values ('optimize')`.execute(this.db);
      return;
    }
    const tables = ['articles', 'article_tags', 'article_authors', 'article_refs', 'list_stats'];
    await sql`vacuum (analyze) ${sql.join(tables.map((t) => sql.table(t)))}`.execute(this.db);
  }

  private async sourceFilesAt(paths: string[]) {
    const rows: SourceFilesTable[] = [];
    for (let i = 0; i < paths.length; i += 500) {
      const part = paths.slice(i, i + 500);
      if (part.length)
        rows.push(
          ...(await this.db
            .selectFrom('source_files')
            .selectAll()
            .where('path', 'in', part)
            .execute()),
        );
    }
    return rows;
  }

  /** Who holds these ids and slugs in the store (the ingest checks clashes and references). */
  async articleHolders(ids: string[], slugs: string[]) {
    if (!ids.length && !slugs.length) return [];
    return this.db
      .selectFrom('articles')
      .select(['id', 'slug', 'file', 'status'])
      .where((eb) =>
        eb.or([
          ...(ids.length ? [eb('id', 'in', ids)] : []),
          ...(slugs.length ? [eb('slug', 'in', slugs)] : []),
        ]),
      )
      .execute();
  }

  /** Runs `work` in one transaction: readers see the store before or after, never half-way. */
  async write<T>(work: (w: StoreWriter) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new StoreWriter(trx, this.searchEngine)));
  }
}

function sitemapEntry(r: {
  id: string;
  slug: string;
  published_at: string;
  modified_at: string;
  image_src: string;
}): SitemapEntry {
  return {
    id: r.id,
    slug: r.slug,
    publishedAt: new Date(r.published_at),
    modifiedAt: new Date(r.modified_at),
    image: r.image_src,
  };
}

/** The listings an ingest touched, by kind. */
export interface StatsKeys {
  sections: Set<string>;
  tags: Set<string>;
  authors: Set<string>;
  months: Set<string>;
}

/** Rows per INSERT when writing counts (far under both engines' parameter limits). */
const STATS_ROWS_PER_INSERT = 500;
/** Rows per multi-row INSERT of articles and their links (≤ 10 columns: under both limits). */
const ROWS_PER_INSERT = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type FileStamp = Pick<SourceFilesTable, 'mtime_ms' | 'size'>;

export type IngestState = Awaited<ReturnType<KyselyContentStore['ingestState']>>;

/** Upserts and deletes inside one ingest transaction. */
export class StoreWriter {
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly searchEngine: SearchEngine,
  ) {}

  /** `replace`: the store may hold this id already (delete it first); false for a new one. */
  async putArticle(article: Article, sectionName: string, replace = true): Promise<void> {
    await this.putArticles([{ article, sectionName, replace }]);
  }

  /**
   * A batch of articles in a few multi-row statements (one round trip per table and chunk on
   * PostgreSQL, instead of several per article).
   */
  async putArticles(
    items: {
      article: Article;
      sectionName: string;
      replace: boolean;
      /** The ids its body's read-also blocks name (`related` comes with the article). */
      readAlso?: readonly string[];
    }[],
  ): Promise<void> {
    for (const { article, replace } of items) if (replace) await this.deleteArticle(article.id);
    const listed = (article: Article) => ({
      published_at: article.publishedAt.toISOString(),
      status: article.status,
      withdrawn: article.withdrawn ? 1 : 0,
    });
    const articleRows = items.map(({ article }) => ({
      id: article.id,
      slug: article.slug,
      file: article.file,
      section: article.section,
      ...listed(article),
      modified_at: article.modifiedAt.toISOString(),
      image_src: article.image.src,
      doc: serialise(article),
    }));
    const tagRows = items.flatMap(({ article }) =>
      [...new Map(article.tags.map((t) => [t.slug, t])).values()].map((t, position) => ({
        article_id: article.id,
        tag_slug: t.slug,
        tag_name: t.name,
        position,
        ...listed(article),
      })),
    );
    const authorRows = items.flatMap(({ article }) =>
      [...new Set(article.authors)].map((author_id, position) => ({
        article_id: article.id,
        author_id,
        position,
        ...listed(article),
      })),
    );
    for (const rows of chunks(articleRows, ROWS_PER_INSERT))
      await this.trx.insertInto('articles').values(rows).execute();
    for (const rows of chunks(tagRows, ROWS_PER_INSERT))
      await this.trx.insertInto('article_tags').values(rows).execute();
    for (const rows of chunks(authorRows, ROWS_PER_INSERT))
      await this.trx.insertInto('article_authors').values(rows).execute();
    if (this.searchEngine.indexMany) {
      for (const part of chunks(items, ROWS_PER_INSERT))
        await this.searchEngine.indexMany(this.trx, part);
    } else {
      for (const { article, sectionName } of items)
        await this.searchEngine.index(this.trx, article, sectionName);
    }
    const refRows = items.flatMap(({ article, readAlso = [] }) =>
      [
        ...new Set(article.related.map((id) => `related ${id}`)),
        ...new Set(readAlso.map((id) => `isi ${id}`)),
      ].map((key) => {
        const [field, ref_id = ''] = key.split(' ') as ['related' | 'isi', string];
        return { article_id: article.id, ref_id, field };
      }),
    );
    for (const rows of chunks(refRows, ROWS_PER_INSERT))
      await this.trx.insertInto('article_refs').values(rows).execute();
  }

  async deleteArticle(id: string): Promise<void> {
    await this.searchEngine.remove(this.trx, id);
    await this.trx.deleteFrom('article_refs').where('article_id', '=', id).execute();
    await this.trx.deleteFrom('article_tags').where('article_id', '=', id).execute();
    await this.trx.deleteFrom('article_authors').where('article_id', '=', id).execute();
    await this.trx.deleteFrom('articles').where('id', '=', id).execute();
  }

  /**
   * Recounts the listings an ingest touched (or all of them): count and newest modified_at of
   * published, not withdrawn articles, scheduled ones included (readers subtract those).
   */
  async refreshStats(keys: StatsKeys | 'all'): Promise<void> {
    const listed = (table: string) =>
      sql<boolean>`(${sql.ref(`${table}.withdrawn`)} = 0 and ${sql.ref(`${table}.status`)} = 'published')`;
    const every = keys === 'all';
    const only = <T>(set: Set<string> | undefined, run: (values: string[]) => Promise<T>) =>
      every ? run([]) : set?.size ? run([...set]) : Promise.resolve(undefined);
    const forget = async (kind: ListStatsTable['kind'], values: string[]) => {
      let q = this.trx.deleteFrom('list_stats').where('kind', '=', kind);
      if (!every) q = q.where('key', 'in', values);
      await q.execute();
    };
    await only(every ? undefined : keys.sections, async (values) => {
      await forget('section', values);
      let q = this.trx.selectFrom('articles as a').where(listed('a'));
      if (!every) q = q.where('a.section', 'in', values);
      await this.trx
        .insertInto('list_stats')
        .columns(['kind', 'key', 'name', 'count', 'modified_at'])
        .expression(
          q
            .select((eb) => [
              sql.lit('section').as('kind'),
              'a.section as key',
              'a.section as name',
              eb.fn.countAll().as('count'),
              eb.fn.max('a.modified_at').as('modified_at'),
            ])
            .groupBy('a.section'),
        )
        .execute();
    });
    for (const kind of ['tag', 'author'] as const) {
      await only(every ? undefined : kind === 'tag' ? keys.tags : keys.authors, async (values) => {
        await forget(kind, values);
        const base =
          kind === 'tag'
            ? this.trx
                .selectFrom('article_tags as l')
                .innerJoin('articles as a', 'a.id', 'l.article_id')
                .select((eb) => [
                  'l.tag_slug as key',
                  eb.fn.min('l.tag_name').as('name'),
                  eb.fn.countAll().as('count'),
                  eb.fn.max('a.modified_at').as('modified_at'),
                ])
                .groupBy('l.tag_slug')
            : this.trx
                .selectFrom('article_authors as l')
                .innerJoin('articles as a', 'a.id', 'l.article_id')
                .select((eb) => [
                  'l.author_id as key',
                  eb.fn.min('l.author_id').as('name'),
                  eb.fn.countAll().as('count'),
                  eb.fn.max('a.modified_at').as('modified_at'),
                ])
                .groupBy('l.author_id');
        let q = base.where(listed('l'));
        if (!every)
          q = q.where(
            kind === 'tag' ? 'l.tag_slug' : ('l.author_id' as 'l.tag_slug'),
            'in',
            values,
          );
        const rows = await q.execute();
        await this.insertStats(
          rows.map((r) => ({
            kind,
            key: r.key,
            name: String(r.name),
            count: Number(r.count),
            modified_at: String(r.modified_at),
          })),
        );
      });
    }
    await only(every ? undefined : keys.months, async (values) => {
      await forget('month', values);
      const rows: ListStatsTable[] = [];
      if (every) {
        const perMonth = new Map<string, ListStatsTable>();
        const all = await this.trx
          .selectFrom('articles as a')
          .select(['a.published_at', 'a.modified_at'])
          .where(listed('a'))
          .execute();
        for (const r of all) {
          const month = monthOf(new Date(r.published_at));
          const seen = perMonth.get(month);
          if (!seen)
            perMonth.set(month, {
              kind: 'month',
              key: month,
              name: month,
              count: 1,
              modified_at: r.modified_at,
            });
          else {
            seen.count += 1;
            if (r.modified_at > seen.modified_at) seen.modified_at = r.modified_at;
          }
        }
        rows.push(...perMonth.values());
      } else {
        for (const month of values) {
          const { start, end } = monthRange(month);
          const r = await this.trx
            .selectFrom('articles as a')
            .select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('a.modified_at').as('at')])
            .where(listed('a'))
            .where('a.published_at', '>=', start)
            .where('a.published_at', '<', end)
            .executeTakeFirst();
          if (r && Number(r.count) > 0)
            rows.push({
              kind: 'month',
              key: month,
              name: month,
              count: Number(r.count),
              modified_at: String(r.at),
            });
        }
      }
      await this.insertStats(rows);
    });
    // Everything: the sum of the months.
    await forget('all', ['']);
    const total = await this.trx
      .selectFrom('list_stats')
      .select((eb) => [eb.fn.sum('count').as('count'), eb.fn.max('modified_at').as('at')])
      .where('kind', '=', 'month')
      .executeTakeFirst();
    if (total?.at)
      await this.insertStats([
        {
          kind: 'all',
          key: '',
          name: '',
          count: Number(total.count),
          modified_at: String(total.at),
        },
      ]);
  }

  private async insertStats(rows: ListStatsTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += STATS_ROWS_PER_INSERT)
      await this.trx
        .insertInto('list_stats')
        .values(rows.slice(i, i + STATS_ROWS_PER_INSERT))
        .execute();
  }

  async putAuthor(author: Author, file: string): Promise<void> {
    await this.trx.deleteFrom('authors').where('id', '=', author.id).execute();
    await this.trx
      .insertInto('authors')
      .values({ id: author.id, file, doc: serialise(author) })
      .execute();
  }

  async deleteAuthor(id: string): Promise<void> {
    await this.trx.deleteFrom('authors').where('id', '=', id).execute();
  }

  async putSections(sections: Section[]): Promise<void> {
    await this.trx.deleteFrom('sections').execute();
    await this.trx
      .insertInto('sections')
      .values(sections.map((s, position) => ({ id: s.id, position, doc: serialise(s) })))
      .execute();
  }

  async putPage(page: Page): Promise<void> {
    await this.trx.deleteFrom('pages').where('slug', '=', page.slug).execute();
    await this.trx
      .insertInto('pages')
      .values({ slug: page.slug, file: page.file, position: page.order, doc: serialise(page) })
      .execute();
  }

  async deletePage(slug: string): Promise<void> {
    await this.trx.deleteFrom('pages').where('slug', '=', slug).execute();
  }

  async recordSource(file: SourceFilesTable): Promise<void> {
    await this.recordSources([file]);
  }

  async recordSources(files: SourceFilesTable[]): Promise<void> {
    for (const part of chunks(files, ROWS_PER_INSERT)) {
      await this.trx
        .deleteFrom('source_files')
        .where(
          'path',
          'in',
          part.map((f) => f.path),
        )
        .execute();
      await this.trx.insertInto('source_files').values(part).execute();
    }
  }

  async forgetSource(path: string): Promise<void> {
    await this.trx.deleteFrom('source_files').where('path', '=', path).execute();
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.trx.deleteFrom('meta').where('key', '=', key).execute();
    await this.trx.insertInto('meta').values({ key, value }).execute();
  }
}
