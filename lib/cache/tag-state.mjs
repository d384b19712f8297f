// @ts-check
/**
 * Tag revalidation by timestamps, the way Next's own file-system cache records it, but kept in
 * Redis so a revalidation on one instance reaches every instance. `revalidateTag(tag)` without
 * durations expires the tag now (the next reader waits for a fresh render); with
 * `{ expire }` (Next 16's `revalidateTag(tag, profile)`) entries become stale now (served once
 * while refreshed in the background) and expire `expire` seconds later.
 */

/** Next's response header that lists the cache tags of a page or route handler entry. */
export const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ stale?: number; expired?: number }} TagState
 * @typedef {{ kind: string; tags?: string[]; softTags?: string[] }} TagContext
 */

/**
 * The tags an entry depends on: a page's or route handler's tags travel in its headers (they
 * include the implicit `_N_T_/path` tags that revalidatePath uses); a fetch entry's come with
 * the lookup.
 * @param {{ kind?: string; headers?: Record<string, unknown>; tags?: string[] } | null | undefined} value
 * @param {TagContext | undefined} ctx
 * @returns {string[]}
 */
export function entryTags(value, ctx) {
  const tags = new Set(value?.tags ?? []);
  const header = value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.softTags ?? []) tags.add(tag);
  return [...tags];
}

/**
 * What a revalidation writes for each tag.
 * @param {number} now
 * @param {{ expire?: number } | undefined} durations
 * @returns {TagState}
 */
export function revalidationState(now, durations) {
  if (!durations) return { expired: now };
  return durations.expire === undefined
    ? { stale: now }
    : { stale: now, expired: now + durations.expire * 1000 };
}

/**
 * Whether an entry written at `lastModified` may still be served, given its tags' states.
 * 'expired': a tag expired after the entry was written (and that moment has come): a miss.
 * 'stale': a tag was revalidated after it: serve it once and refresh in the background.
 * A revalidation in the same millisecond as the write counts as after it: the render may have
 * read the data from before the change (clocks are milliseconds; a publish and a render of the
 * page it changes do fall into one).
 * @param {Array<TagState | undefined>} states
 * @param {number} lastModified
 * @param {number} now
 * @returns {'fresh' | 'stale' | 'expired'}
 */
export function tagVerdict(states, lastModified, now) {
  let verdict = /** @type {'fresh' | 'stale'} */ ('fresh');
  for (const state of states) {
    if (!state) continue;
    if (state.expired !== undefined && state.expired >= lastModified && state.expired <= now) {
      return 'expired';
    }
    if (state.stale !== undefined && state.stale >= lastModified) verdict = 'stale';
  }
  return verdict;
}
