import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** The new path of an old address, tried as given and with its closing slash added or removed. */
export async function redirectFor(db: Kysely<Database>, path: string): Promise<string | undefined> {
  if (!path.startsWith('/')) return undefined;
  const [pathname = '', query] = splitQuery(path);
  const other =
    pathname === '/' ? undefined : pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
  const candidates =
    other === undefined ? [path] : [path, query === undefined ? other : `${other}?${query}`];
  const rows = await db
    .selectFrom('redirects')
    .select(['old_path', 'target'])
    .where('old_path', 'in', candidates)
    .execute();
  return (rows.find((r) => r.old_path === path) ?? rows[0])?.target;
}

function splitQuery(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at < 0 ? [path, undefined] : [path.slice(0, at), path.slice(at + 1)];
}
