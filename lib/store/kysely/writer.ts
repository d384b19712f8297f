import type { Transaction } from 'kysely';
import type { Article, Author, Page, Section } from '../../content/types';
import type { ContentProblemFound, ContentProblemScope } from '../content-problems-port';
import type { Engine } from '../migrations';
import type { Database } from '../schema';
import type { SearchEngine } from '../search-port';
import { packArticle, serialise } from '../serialise';
import type { ArticlePut, SourceFile, StatsKeys, StoreWriter } from '../writer-port';
import { replaceContentProblems } from './content-problems';
import { normalisedOldPath } from './redirects';
import { refreshStats } from './stats';

/**
 * Rows per multi-row INSERT of articles and their links (at most 25 parameters a row, the article
 * with its PostgreSQL vector's texts and weights: under both engines' limits).
 */
const ROWS_PER_INSERT = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Upserts and deletes inside one ingest transaction. */
export class KyselyStoreWriter implements StoreWriter {
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly searchEngine: SearchEngine,
    private readonly engine: Engine,
  ) {}

  /** `replace`: the store may hold this id already (delete it first); false for a new one. */
  async putArticle(article: Article, sectionName: string, replace = true): Promise<void> {
    await this.putArticles([{ article, sectionName, replace }]);
  }

  /**
   * A batch of articles in a few multi-row statements (one round trip per table and chunk on
   * PostgreSQL, instead of several per article).
   */
  async putArticles(items: ArticlePut[]): Promise<void> {
    for (const { article, replace } of items) if (replace) await this.deleteArticle(article.id);
    const listed = (article: Article) => ({
      published_at: article.publishedAt.toISOString(),
      status: article.status,
      withdrawn: article.withdrawn ? 1 : 0,
    });
    const articleRows = items.map(({ article, sectionName }) => ({
      id: article.id,
      slug: article.slug,
      file: article.file,
      section: article.section,
      ...listed(article),
      modified_at: article.modifiedAt.toISOString(),
      image_src: article.image.src,
      doc: packArticle(article),
      ...this.searchEngine.articleColumns?.(article, sectionName),
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

  async refreshStats(keys: StatsKeys | 'all'): Promise<void> {
    await refreshStats(this.trx, keys);
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

  async recordSource(file: SourceFile): Promise<void> {
    await this.recordSources([file]);
  }

  async recordSources(files: SourceFile[]): Promise<void> {
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

  async putRedirects(redirects: readonly { oldPath: string; target: string }[]): Promise<void> {
    const rows = [...new Map(redirects.map((r) => [normalisedOldPath(r.oldPath), r.target]))].map(
      ([old_path, target]) => ({ old_path, target }),
    );
    for (const part of chunks(rows, ROWS_PER_INSERT)) {
      await this.trx
        .deleteFrom('redirects')
        .where(
          'old_path',
          'in',
          part.map((r) => r.old_path),
        )
        .execute();
      await this.trx.insertInto('redirects').values(part).execute();
    }
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.trx.deleteFrom('meta').where('key', '=', key).execute();
    await this.trx.insertInto('meta').values({ key, value }).execute();
  }

  async replaceContentProblems(
    scope: ContentProblemScope,
    found: readonly ContentProblemFound[],
    at: Date,
  ): Promise<void> {
    await replaceContentProblems(this.trx, this.engine, scope, found, at);
  }
}
