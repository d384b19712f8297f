import { type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { Article, Author, Page, Section } from '../content/types';
import type { Engine } from './migrations';
import type {
  ArticleList,
  ContentStore,
  PageRequest,
  Paginated,
  SearchPage,
  SearchRequest,
  SitemapChunk,
  TagCount,
  Visibility,
} from './port';
import type { Database, SourceFilesTable } from './schema';
import { reviveArticle, reviveJson, revivePage, serialise } from './serialise';

/** How an engine indexes an article for search and answers a search (sqlite/, postgres/). */
export interface SearchEngine {
  index(trx: Transaction<Database>, article: Article, sectionName: string): Promise<void>;
  remove(trx: Transaction<Database>, id: string): Promise<void>;
  search(
    db: Kysely<Database>,
    request: SearchRequest,
    v: Visibility,
  ): Promise<{
    ids: string[];
    totalHits: number;
    partial: boolean;
    headlines?: ReadonlyMap<string, string>;
  }>;
}

/** How many newest candidates each related-article rule looks at. */
const RELATED_CANDIDATES = 100;

type ArticleQuery = SelectQueryBuilder<Database, 'articles', object>;

export function visible<Q extends ArticleQuery>(
  query: Q,
  v: Visibility,
  { listed }: { listed: boolean },
): Q {
  let q = query.where('articles.published_at', '<=', v.now.toISOString()) as Q;
  if (!v.includeDrafts) q = q.where('articles.status', '=', 'published') as Q;
  if (listed) q = q.where('articles.withdrawn', '=', 0) as Q;
  return q;
}

function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The queries, written once for both engines. */
export class KyselyContentStore implements ContentStore {
  constructor(
    readonly db: Kysely<Database>,
    readonly engine: Engine,
    readonly searchEngine: SearchEngine,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
  ) {}

  private listQuery(list: ArticleList, v: Visibility): ArticleQuery {
    let q = visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: true });
    if (list.kind === 'section') q = q.where('articles.section', '=', list.sectionId);
    if (list.kind === 'tag') {
      q = q
        .innerJoin('article_tags', 'article_tags.article_id', 'articles.id')
        .where('article_tags.tag_slug', '=', list.tagSlug) as unknown as ArticleQuery;
    }
    if (list.kind === 'author') {
      q = q
        .innerJoin('article_authors', 'article_authors.article_id', 'articles.id')
        .where('article_authors.author_id', '=', list.authorId) as unknown as ArticleQuery;
    }
    return q;
  }

  async articleById(id: string, v: Visibility): Promise<Article | undefined> {
    const row = await visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: false })
      .select('articles.doc')
      .where('articles.id', '=', id)
      .executeTakeFirst();
    return row && reviveArticle(row.doc);
  }

  async latest(v: Visibility, limit: number, offset = 0): Promise<Article[]> {
    return this.listSlice({ kind: 'all' }, v, limit, offset);
  }

  private async listSlice(
    list: ArticleList,
    v: Visibility,
    limit: number,
    offset: number,
  ): Promise<Article[]> {
    const rows = await this.listQuery(list, v)
      .select('articles.doc')
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'asc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map((r) => reviveArticle(r.doc));
  }

  async list(
    list: ArticleList,
    v: Visibility,
    { page, perPage }: PageRequest,
  ): Promise<Paginated<Article> | undefined> {
    if (!Number.isInteger(page) || page < 1) return undefined;
    const counted = await this.listQuery(list, v)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    const totalItems = Number(counted?.n ?? 0);
    const totalPages = pageCount(totalItems, perPage);
    if (page > totalPages) return undefined;
    const items = await this.listSlice(list, v, perPage, (page - 1) * perPage);
    return { items, page, totalPages, totalItems };
  }

  async countLive(v: Visibility): Promise<number> {
    const counted = await this.listQuery({ kind: 'all' }, v)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(counted?.n ?? 0);
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

  async related(article: Article, v: Visibility, limit: number): Promise<Article[]> {
    const newest = (q: ArticleQuery) =>
      q
        .select(['articles.id', 'articles.doc'])
        .where('articles.id', '!=', article.id)
        .orderBy('articles.published_at', 'desc')
        .orderBy('articles.id', 'asc')
        .limit(RELATED_CANDIDATES)
        .execute();
    const base = () => this.listQuery({ kind: 'all' }, v);
    const tagSlugs = article.tags.map((t) => t.slug);
    const [named, byTag, bySection] = await Promise.all([
      article.related.length ? newest(base().where('articles.id', 'in', article.related)) : [],
      tagSlugs.length
        ? newest(
            base().where((eb) =>
              eb.exists(
                eb
                  .selectFrom('article_tags')
                  .select('article_tags.article_id')
                  .whereRef('article_tags.article_id', '=', 'articles.id')
                  .where('article_tags.tag_slug', 'in', tagSlugs),
              ),
            ),
          )
        : [],
      newest(base().where('articles.section', '=', article.section)),
    ]);
    const candidates = new Map<string, Article>();
    for (const row of [...named, ...byTag, ...bySection]) {
      if (!candidates.has(row.id)) candidates.set(row.id, reviveArticle(row.doc));
    }
    const shared = new Set(tagSlugs);
    const score = (a: Article) =>
      (article.related.includes(a.id) ? 100 : 0) +
      a.tags.filter((t) => shared.has(t.slug)).length * 10 +
      (a.section === article.section ? 1 : 0);
    return [...candidates.values()]
      .map((a) => ({ a, s: score(a) }))
      .filter(({ s }) => s > 0)
      .sort(
        (x, y) =>
          y.s - x.s ||
          y.a.publishedAt.getTime() - x.a.publishedAt.getTime() ||
          x.a.id.localeCompare(y.a.id),
      )
      .slice(0, limit)
      .map(({ a }) => a);
  }

  private tagCounts(v: Visibility) {
    return visible(this.db.selectFrom('articles') as ArticleQuery, v, { listed: true })
      .innerJoin('article_tags', 'article_tags.article_id', 'articles.id')
      .select((eb) => [
        'article_tags.tag_slug as slug',
        eb.fn.min('article_tags.tag_name').as('name'),
        eb.fn.countAll<number | string>().as('count'),
      ])
      .groupBy('article_tags.tag_slug');
  }

  async tags(v: Visibility): Promise<TagCount[]> {
    const rows = await this.tagCounts(v).execute();
    return rows
      .map((r) => ({ name: String(r.name), slug: r.slug, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  }

  async tag(slug: string, v: Visibility): Promise<TagCount | undefined> {
    const row = await this.tagCounts(v)
      .where('article_tags.tag_slug', '=', slug)
      .executeTakeFirst();
    return row && { name: String(row.name), slug: row.slug, count: Number(row.count) };
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
    let q = this.listQuery({ kind: 'all' }, v);
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
      .select(['articles.id', 'articles.slug', 'articles.published_at', 'articles.modified_at'])
      .orderBy('articles.published_at', 'desc')
      .orderBy('articles.id', 'asc')
      .limit(size + 1)
      .execute();
    const entries = rows.slice(0, size).map((r) => ({
      id: r.id,
      slug: r.slug,
      publishedAt: new Date(r.published_at),
      modifiedAt: new Date(r.modified_at),
    }));
    const last = rows[size - 1];
    return {
      entries,
      next: rows.length > size && last ? `${last.published_at}|${last.id}` : undefined,
    };
  }

  async search(request: SearchRequest, v: Visibility): Promise<SearchPage> {
    const found = await this.searchEngine.search(this.db, request, v);
    if (!found.ids.length)
      return { articles: [], totalHits: found.totalHits, partial: found.partial };
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'doc'])
      .where('id', 'in', found.ids)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, reviveArticle(r.doc)]));
    return {
      articles: found.ids.flatMap((id) => byId.get(id) ?? []),
      totalHits: found.totalHits,
      partial: found.partial,
      headlines: found.headlines,
    };
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  // ---- Writing (the ingest only) ----

  async ingestState() {
    const [files, articles, sections, authors, pages, meta] = await Promise.all([
      this.db.selectFrom('source_files').selectAll().execute(),
      this.db.selectFrom('articles').select(['id', 'slug', 'file', 'status']).execute(),
      this.sections(),
      this.db.selectFrom('authors').select(['id', 'file']).execute(),
      this.db.selectFrom('pages').select(['slug', 'file']).execute(),
      this.db.selectFrom('meta').selectAll().execute(),
    ]);
    return {
      files,
      articles,
      sections,
      authors,
      pages,
      meta: new Map(meta.map((m) => [m.key, m.value])),
    };
  }

  /** Runs `work` in one transaction: readers see the store before or after, never half-way. */
  async write<T>(work: (w: StoreWriter) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new StoreWriter(trx, this.searchEngine)));
  }
}

export type IngestState = Awaited<ReturnType<KyselyContentStore['ingestState']>>;

/** Upserts and deletes inside one ingest transaction. */
export class StoreWriter {
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly searchEngine: SearchEngine,
  ) {}

  async putArticle(article: Article, sectionName: string): Promise<void> {
    await this.deleteArticle(article.id);
    await this.trx
      .insertInto('articles')
      .values({
        id: article.id,
        slug: article.slug,
        file: article.file,
        section: article.section,
        status: article.status,
        published_at: article.publishedAt.toISOString(),
        modified_at: article.modifiedAt.toISOString(),
        withdrawn: article.withdrawn ? 1 : 0,
        doc: serialise(article),
      })
      .execute();
    const tags = [...new Map(article.tags.map((t) => [t.slug, t])).values()];
    if (tags.length) {
      await this.trx
        .insertInto('article_tags')
        .values(
          tags.map((t, position) => ({
            article_id: article.id,
            tag_slug: t.slug,
            tag_name: t.name,
            position,
          })),
        )
        .execute();
    }
    const authors = [...new Set(article.authors)];
    await this.trx
      .insertInto('article_authors')
      .values(
        authors.map((author_id, position) => ({ article_id: article.id, author_id, position })),
      )
      .execute();
    await this.searchEngine.index(this.trx, article, sectionName);
  }

  async deleteArticle(id: string): Promise<void> {
    await this.searchEngine.remove(this.trx, id);
    await this.trx.deleteFrom('article_tags').where('article_id', '=', id).execute();
    await this.trx.deleteFrom('article_authors').where('article_id', '=', id).execute();
    await this.trx.deleteFrom('articles').where('id', '=', id).execute();
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
    await this.forgetSource(file.path);
    await this.trx.insertInto('source_files').values(file).execute();
  }

  async forgetSource(path: string): Promise<void> {
    await this.trx.deleteFrom('source_files').where('path', '=', path).execute();
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.trx.deleteFrom('meta').where('key', '=', key).execute();
    await this.trx.insertInto('meta').values({ key, value }).execute();
  }
}
