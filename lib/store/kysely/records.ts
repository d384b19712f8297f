import type { Kysely } from 'kysely';
import type { Article, Author, Page, Section } from '../../content/types';
import type { Database } from '../schema';
import { reviveArticle, reviveJson, revivePage } from '../serialise';

/** Whole records by key: articles by id, sections, authors and standing pages. */

/** Records by id, in the order given (ids not found are left out). */
export async function articlesByIds(db: Kysely<Database>, ids: string[]): Promise<Article[]> {
  if (!ids.length) return [];
  const rows = await db
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

export async function sections(db: Kysely<Database>): Promise<Section[]> {
  const rows = await db.selectFrom('sections').select('doc').orderBy('position').execute();
  return rows.map((r) => reviveJson<Section>(r.doc));
}

export async function section(db: Kysely<Database>, id: string): Promise<Section | undefined> {
  const row = await db.selectFrom('sections').select('doc').where('id', '=', id).executeTakeFirst();
  return row && reviveJson<Section>(row.doc);
}

export async function authors(db: Kysely<Database>): Promise<Author[]> {
  const rows = await db.selectFrom('authors').select('doc').orderBy('id').execute();
  return rows.map((r) => reviveJson<Author>(r.doc));
}

export async function author(db: Kysely<Database>, id: string): Promise<Author | undefined> {
  const row = await db.selectFrom('authors').select('doc').where('id', '=', id).executeTakeFirst();
  return row && reviveJson<Author>(row.doc);
}

export async function authorsOf(db: Kysely<Database>, ids: string[]): Promise<Author[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('authors')
    .select(['id', 'doc'])
    .where('id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, reviveJson<Author>(r.doc)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function pages(db: Kysely<Database>): Promise<Page[]> {
  const rows = await db
    .selectFrom('pages')
    .select('doc')
    .orderBy('position')
    .orderBy('slug')
    .execute();
  return rows.map((r) => revivePage(r.doc));
}

export async function page(db: Kysely<Database>, slug: string): Promise<Page | undefined> {
  const row = await db
    .selectFrom('pages')
    .select('doc')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && revivePage(row.doc);
}
