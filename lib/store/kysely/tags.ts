import type { Kysely } from 'kysely';
import type { TagCount, Visibility } from '../port';
import type { Database } from '../schema';
import { scheduledOn, visibleOn } from './visibility';

/** Tags with their counts: the kept counts less what is not due yet (drafts shown: counted). */

/** Development (drafts shown): counted over the tag rows, as the archive there is small. */
function tagCounts(db: Kysely<Database>, v: Visibility) {
  return db
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
async function scheduledPerTag(
  db: Kysely<Database>,
  v: Visibility,
  slug?: string,
): Promise<Map<string, number>> {
  let q = db
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

async function keptTagCounts(
  db: Kysely<Database>,
  v: Visibility,
  slug?: string,
): Promise<TagCount[]> {
  let q = db.selectFrom('list_stats').select(['key', 'name', 'count']).where('kind', '=', 'tag');
  if (slug !== undefined) q = q.where('key', '=', slug);
  const rows = await q.execute();
  // An unknown tag (a made-up URL) costs one indexed read, not the scheduled count as well.
  if (rows.length === 0) return [];
  const scheduled = await scheduledPerTag(db, v, slug);
  return rows
    .map((r) => ({
      name: r.name,
      slug: r.key,
      count: Number(r.count) - (scheduled.get(r.key) ?? 0),
    }))
    .filter((t) => t.count > 0);
}

export async function tags(db: Kysely<Database>, v: Visibility): Promise<TagCount[]> {
  const counted = v.includeDrafts
    ? (await tagCounts(db, v).execute()).map((r) => ({
        name: String(r.name),
        slug: r.slug,
        count: Number(r.count),
      }))
    : await keptTagCounts(db, v);
  return counted.sort(
    (a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

export async function tag(
  db: Kysely<Database>,
  slug: string,
  v: Visibility,
): Promise<TagCount | undefined> {
  if (!v.includeDrafts) return (await keptTagCounts(db, v, slug))[0];
  const row = await tagCounts(db, v).where('l.tag_slug', '=', slug).executeTakeFirst();
  return row && { name: String(row.name), slug: row.slug, count: Number(row.count) };
}
