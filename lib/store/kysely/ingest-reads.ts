import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type {
  ArticleHolder,
  ArticleReferrer,
  FileStamp,
  IngestState,
  SourceFile,
} from '../writer-port';
import { sections } from './records';

/** What the ingest reads before it writes: known files, holders of ids and slugs, referrers. */

/** Rows per `in (…)` list of paths. */
const PATHS_PER_QUERY = 500;

async function sourceFilesAt(db: Kysely<Database>, paths: string[]): Promise<SourceFile[]> {
  const rows: SourceFile[] = [];
  for (let i = 0; i < paths.length; i += PATHS_PER_QUERY) {
    const part = paths.slice(i, i + PATHS_PER_QUERY);
    if (part.length)
      rows.push(
        ...(await db.selectFrom('source_files').selectAll().where('path', 'in', part).execute()),
      );
  }
  return rows;
}

/**
 * What the ingest compares files with: the known files at `paths` (a full reconcile finds which
 * through `fileStamps`; every file when omitted), sections, authors, pages.
 */
export async function ingestState(db: Kysely<Database>, paths?: string[]): Promise<IngestState> {
  const [files, sectionList, authors, pages, meta] = await Promise.all([
    paths ? sourceFilesAt(db, paths) : db.selectFrom('source_files').selectAll().execute(),
    sections(db),
    db.selectFrom('authors').select(['id', 'file']).execute(),
    db.selectFrom('pages').select(['slug', 'file']).execute(),
    db.selectFrom('meta').selectAll().execute(),
  ]);
  return {
    files,
    sections: sectionList,
    authors,
    pages,
    meta: new Map(meta.map((m) => [m.key, m.value])),
  };
}

/**
 * Path, time and size of every known file: all a full reconcile compares (the hash and key of
 * the few files that differ are read afterwards, through `ingestState(paths)`).
 */
export async function fileStamps(db: Kysely<Database>): Promise<Map<string, FileStamp>> {
  const rows = await db.selectFrom('source_files').select(['path', 'mtime_ms', 'size']).execute();
  const stamps = new Map<string, FileStamp>();
  for (const row of rows) stamps.set(row.path, row);
  return stamps;
}

/** How many files the last ingests recorded. */
export async function fileCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('source_files')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Who holds these ids and slugs in the store (the ingest checks clashes and references). */
export async function articleHolders(
  db: Kysely<Database>,
  ids: string[],
  slugs: string[],
): Promise<ArticleHolder[]> {
  if (!ids.length && !slugs.length) return [];
  return db
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

/** Stored articles that refer to any of these ids, with the file each came from. */
export async function referrersOf(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<ArticleReferrer[]> {
  if (ids.length === 0) return [];
  return db
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
