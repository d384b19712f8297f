import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/**
 * An old address with its percent-escapes in upper case (RFC 3986, 6.2.2.1): WordPress prints
 * "%e2%80%ae", a browser may send "%E2%80%AE", and both are one address. Stored so, asked so.
 */
export function normalisedOldPath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/**
 * The new path of an old address, tried as given and with its closing slash added or removed,
 * its percent-escapes in either case (a row stored before they were normalised is found too).
 */
export async function redirectFor(db: Kysely<Database>, path: string): Promise<string | undefined> {
  if (!path.startsWith('/')) return undefined;
  const normal = normalisedOldPath(path);
  const candidates = [
    ...new Set([normal, path, ...withOtherSlash(normal), ...withOtherSlash(path)]),
  ];
  const rows = await db
    .selectFrom('redirects')
    .select(['old_path', 'target'])
    .where('old_path', 'in', candidates)
    .execute();
  const rank = (oldPath: string) => candidates.indexOf(oldPath);
  return rows.sort((a, b) => rank(a.old_path) - rank(b.old_path))[0]?.target;
}

/** The path with its closing slash added or removed (none for the front page). */
function withOtherSlash(path: string): string[] {
  const [pathname = '', query] = splitQuery(path);
  if (pathname === '/') return [];
  const other = pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
  return [query === undefined ? other : `${other}?${query}`];
}

function splitQuery(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at < 0 ? [path, undefined] : [path.slice(0, at), path.slice(at + 1)];
}
