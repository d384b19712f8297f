import { type Kysely, sql, type Transaction } from 'kysely';
import type {
  ContentProblem,
  ContentProblemFound,
  ContentProblemScope,
  ContentProblemsPage,
  ContentProblemsStore,
} from '../content-problems-port';
import type { Engine } from '../migrations';
import type { ContentProblemsTable, Database } from '../schema';

/**
 * The refused files' problems (../content-problems-port.ts) on Kysely, one implementation for
 * SQLite and PostgreSQL: replaced by the ingest inside its transaction, read by the desk.
 */

/** Paths per `in (…)` list and rows per INSERT: under both engines' parameter limits. */
const CHUNK = 100;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What makes a problem the same problem: its file, field, line and words. */
function keyOf(p: { path: string; field: string; line?: number; message: string }): string {
  return JSON.stringify([p.path, p.field, p.line ?? 0, p.message]);
}

async function rowsOf(
  trx: Transaction<Database>,
  paths: readonly string[] | undefined,
): Promise<ContentProblemsTable[]> {
  if (!paths) return trx.selectFrom('content_problems').selectAll().execute();
  const rows: ContentProblemsTable[] = [];
  for (const part of chunks(paths))
    rows.push(
      ...(await trx.selectFrom('content_problems').selectAll().where('path', 'in', part).execute()),
    );
  return rows;
}

/**
 * The problems of `scope` replaced by `found` (those outside it ignored), in the caller's
 * transaction. Unchanged problems keep their first sighting; only the paths whose problems
 * changed are rewritten, so a reconcile that finds what the last one found writes nothing.
 */
export async function replaceContentProblems(
  trx: Transaction<Database>,
  engine: Engine,
  scope: ContentProblemScope,
  found: readonly ContentProblemFound[],
  at: Date,
): Promise<void> {
  const paths = scope === 'all' ? undefined : [...new Set(scope)];
  if (paths && !paths.length) return;
  const inScope = paths && new Set(paths);
  const seenAt = at.toISOString();
  const wanted = new Map<string, ContentProblemsTable>();
  for (const p of found) {
    if (inScope && !inScope.has(p.path)) continue;
    const row = { path: p.path, field: p.field, line: p.line ?? 0, message: p.message };
    wanted.set(keyOf(row), { ...row, seen_at: seenAt });
  }
  // Instances starting together on one PostgreSQL store replace them one after the other, each
  // reading what the one before wrote (else both would insert the same new rows).
  if (engine === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext('content_problems'))`.execute(trx);
  const existing = await rowsOf(trx, paths);
  const changedPaths = new Set<string>();
  const known = new Set<string>();
  for (const row of existing) {
    const key = keyOf(row);
    // A row twice (never written so, but then rewritten) counts as a change of its path.
    if (known.has(key)) changedPaths.add(row.path);
    known.add(key);
    if (wanted.has(key)) wanted.set(key, row);
    else changedPaths.add(row.path);
  }
  for (const [key, row] of wanted) if (!known.has(key)) changedPaths.add(row.path);
  if (!changedPaths.size) return;
  for (const part of chunks([...changedPaths]))
    await trx.deleteFrom('content_problems').where('path', 'in', part).execute();
  const rows = [...wanted.values()].filter((row) => changedPaths.has(row.path));
  for (const part of chunks(rows)) await trx.insertInto('content_problems').values(part).execute();
}

function toProblem(row: ContentProblemsTable): ContentProblem {
  return {
    path: row.path,
    field: row.field,
    ...(row.line > 0 && { line: row.line }),
    message: row.message,
    seenAt: new Date(row.seen_at),
  };
}

export class KyselyContentProblems implements ContentProblemsStore {
  constructor(private readonly db: Kysely<Database>) {}

  async contentProblems(page: { offset: number; limit: number }): Promise<ContentProblemsPage> {
    const [rows, counts] = await Promise.all([
      this.db
        .selectFrom('content_problems')
        .selectAll()
        .orderBy('path')
        .orderBy('line')
        .orderBy('field')
        .orderBy('message')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.db
        .selectFrom('content_problems')
        .select([
          sql<number | string>`count(*)`.as('total'),
          sql<number | string>`count(distinct path)`.as('files'),
        ])
        .executeTakeFirstOrThrow(),
    ]);
    return {
      problems: rows.map(toProblem),
      total: Number(counts.total),
      files: Number(counts.files),
    };
  }
}

/** The refused files' problems of an opened store (both engines are the Kysely store). */
export function contentProblemsOf(store: { db: Kysely<Database> }): ContentProblemsStore {
  return new KyselyContentProblems(store.db);
}
