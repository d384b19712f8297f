import { unstable_cache } from 'next/cache';

/**
 * Attaches cache tags to the page or route handler being rendered, so that revalidateTag on
 * any of them makes its cached output stale. Without Cache Components ('use cache' + cacheTag)
 * the tags a render collects come from unstable_cache and fetch; a one-value unstable_cache
 * entry per tag set is the smallest carrier (measured on Next 16.4.6 for a force-static route
 * handler and an ISR page: revalidateTag of a collected tag expires exactly those entries).
 */
export async function tagRoute(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const sorted = [...new Set(tags)].sort();
  await unstable_cache(async () => true, ['warta-route-tags', ...sorted], { tags: sorted })();
}
