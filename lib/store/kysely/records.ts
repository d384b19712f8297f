import type { Kysely } from 'kysely';
import type { Article, Author, Page, Section } from '../../content/types';
import type { Database } from '../schema';
import { reviveArticle, reviveJson, revivePage } from '../serialise';

/** Whole records by key: articles by id, sections, authors and standing pages. */

/** Records by id, in the order given (ids not found are left out). */
async function inOrder<T, D>(
  rows: (ids: string[]) => Promise<{ id: string; doc: D }[]>,
  ids: string[],
  revive: (doc: D) => T,
): Promise<T[]> {
  if (!ids.length) return [];
  const byId = new Map((await rows(ids)).map((r) => [r.id, r.doc]));
  return ids.flatMap((id) => {
    const doc = byId.get(id);
    return doc === undefined ? [] : [revive(doc)];
  });
}

export const articlesByIds = (db: Kysely<Database>, ids: string[]): Promise<Article[]> =>
  inOrder(
    (some) => db.selectFrom('articles').select(['id', 'doc']).where('id', 'in', some).execute(),
    ids,
    reviveArticle,
  );

/** Sections in their file's order, authors by id. */
const ORDER = { sections: 'position', authors: 'id' } as const;

/** Sections and authors: every record in order, or one by id. */
async function allOf<T>(db: Kysely<Database>, table: 'sections' | 'authors'): Promise<T[]> {
  const rows = await db.selectFrom(table).select('doc').orderBy(ORDER[table]).execute();
  return rows.map((r) => reviveJson<T>(r.doc));
}

async function oneOf<T>(
  db: Kysely<Database>,
  table: 'sections' | 'authors',
  id: string,
): Promise<T | undefined> {
  const row = await db.selectFrom(table).select('doc').where('id', '=', id).executeTakeFirst();
  return row && reviveJson<T>(row.doc);
}

export const sections = (db: Kysely<Database>) => allOf<Section>(db, 'sections');
export const section = (db: Kysely<Database>, id: string) => oneOf<Section>(db, 'sections', id);
export const authors = (db: Kysely<Database>) => allOf<Author>(db, 'authors');
export const author = (db: Kysely<Database>, id: string) => oneOf<Author>(db, 'authors', id);

/** Authors by id, in byline order. */
export const authorsOf = (db: Kysely<Database>, ids: string[]): Promise<Author[]> =>
  inOrder(
    (some) => db.selectFrom('authors').select(['id', 'doc']).where('id', 'in', some).execute(),
    ids,
    (doc) => reviveJson<Author>(doc),
  );

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
