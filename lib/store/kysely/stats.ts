import { sql, type Transaction } from 'kysely';
import { monthOf, monthRange } from '../months';
import type { Database, ListStatsTable } from '../schema';
import type { StatsKeys } from '../writer-port';

/**
 * The counts the store keeps per listing (`list_stats`): a section's, tag's, author's and month's
 * live articles and their newest change, so listings and sitemaps need no GROUP BY per request.
 */

/** Rows per INSERT when writing counts (far under both engines' parameter limits). */
const STATS_ROWS_PER_INSERT = 500;

/** The keys of one kind to recount, or all of that kind. */
type Keys = string[] | 'all';

/** Counted: published and not withdrawn (scheduled ones included; readers subtract those). */
const listed = (table: string) =>
  sql<boolean>`(${sql.ref(`${table}.withdrawn`)} = 0 and ${sql.ref(`${table}.status`)} = 'published')`;

/**
 * Recounts the listings an ingest touched (or all of them): count and newest modified_at of
 * published, not withdrawn articles, scheduled ones included (readers subtract those).
 */
export async function refreshStats(
  trx: Transaction<Database>,
  keys: StatsKeys | 'all',
): Promise<void> {
  const pick = (of: (k: StatsKeys) => Set<string>): Keys | undefined => {
    if (keys === 'all') return 'all';
    const set = of(keys);
    return set.size ? [...set] : undefined;
  };
  const sections = pick((k) => k.sections);
  if (sections) await refreshSections(trx, sections);
  for (const kind of ['tag', 'author'] as const) {
    const values = pick((k) => (kind === 'tag' ? k.tags : k.authors));
    if (values) await refreshLinked(trx, kind, values);
  }
  const months = pick((k) => k.months);
  if (months) await refreshMonths(trx, months);
  await refreshEverything(trx);
}

async function forget(trx: Transaction<Database>, kind: ListStatsTable['kind'], keys: Keys) {
  let q = trx.deleteFrom('list_stats').where('kind', '=', kind);
  if (keys !== 'all') q = q.where('key', 'in', keys);
  await q.execute();
}

/** Sections: counted and written in one statement. */
async function refreshSections(trx: Transaction<Database>, keys: Keys): Promise<void> {
  await forget(trx, 'section', keys);
  let q = trx.selectFrom('articles as a').where(listed('a'));
  if (keys !== 'all') q = q.where('a.section', 'in', keys);
  await trx
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
}

/** Tags and authors: counted over their link rows (which carry the visibility columns). */
async function refreshLinked(
  trx: Transaction<Database>,
  kind: 'tag' | 'author',
  keys: Keys,
): Promise<void> {
  await forget(trx, kind, keys);
  const base =
    kind === 'tag'
      ? trx
          .selectFrom('article_tags as l')
          .innerJoin('articles as a', 'a.id', 'l.article_id')
          .select((eb) => [
            'l.tag_slug as key',
            eb.fn.min('l.tag_name').as('name'),
            eb.fn.countAll().as('count'),
            eb.fn.max('a.modified_at').as('modified_at'),
          ])
          .groupBy('l.tag_slug')
      : trx
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
  if (keys !== 'all')
    q = q.where(kind === 'tag' ? 'l.tag_slug' : ('l.author_id' as 'l.tag_slug'), 'in', keys);
  const rows = await q.execute();
  await insertStats(
    trx,
    rows.map((r) => ({
      kind,
      key: r.key,
      name: String(r.name),
      count: Number(r.count),
      modified_at: String(r.modified_at),
    })),
  );
}

/**
 * Months of publication (site time): all of them in one pass over the articles, or the few
 * touched each from its range of the publication index.
 */
async function refreshMonths(trx: Transaction<Database>, keys: Keys): Promise<void> {
  await forget(trx, 'month', keys);
  const rows: ListStatsTable[] = [];
  if (keys === 'all') {
    const perMonth = new Map<string, ListStatsTable>();
    const all = await trx
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
    for (const month of keys) {
      const { start, end } = monthRange(month);
      const r = await trx
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
  await insertStats(trx, rows);
}

/** Everything: the sum of the months. */
async function refreshEverything(trx: Transaction<Database>): Promise<void> {
  await forget(trx, 'all', 'all');
  const total = await trx
    .selectFrom('list_stats')
    .select((eb) => [eb.fn.sum('count').as('count'), eb.fn.max('modified_at').as('at')])
    .where('kind', '=', 'month')
    .executeTakeFirst();
  if (total?.at)
    await insertStats(trx, [
      {
        kind: 'all',
        key: '',
        name: '',
        count: Number(total.count),
        modified_at: String(total.at),
      },
    ]);
}

async function insertStats(trx: Transaction<Database>, rows: ListStatsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += STATS_ROWS_PER_INSERT)
    await trx
      .insertInto('list_stats')
      .values(rows.slice(i, i + STATS_ROWS_PER_INSERT))
      .execute();
}
