import { clashes } from '../../content/claims';
import { SITE_SEGMENTS } from '../../site-segments';
import { strings } from '../../strings';
import type { ExistingContent } from './content-folder';
import type { ManifestView } from './manifest';
import { mapPage, mapPost, slugWithId, wantedSlug, type MapContext, type MapResult } from './map';
import type { MapOne } from './reuse';
import type { WxrItem } from './wxr-records';

/**
 * Posts and pages mapped (./map.ts) to files that clash with no other: an article whose id a file
 * of the folder holds is not imported; an article's slug held by another article, or a page's
 * held by an earlier page or one of the site's own first segments (lib/site-segments.ts), gets
 * the post's WordPress id added (with a note); a page standing in
 * the folder that no import wrote is not overwritten.
 */

const s = strings.wordpressImport;

/** A post as an article, a page as a page. */
export const mapOne: MapOne = (item, ctx, kind, slug) =>
  kind === 'article' ? mapPost(item, ctx, slug) : mapPage(item, ctx, slug);

export function uniqueFileMapper(
  existing: ExistingContent,
  manifest: Pick<ManifestView, 'has'>,
  map: MapOne = mapOne,
): (item: WxrItem, ctx: MapContext) => MapResult {
  const slugHolders = new Map(existing.slugs);
  const pageSlugs = new Set<string>();
  return (item, ctx) => {
    let mapped: MapResult;
    if (item.postType === 'post') {
      // A slug another file holds is not asked for: the post is mapped once, with its id added.
      const wanted = wantedSlug(item);
      const heldBy = slugHolders.get(wanted);
      mapped =
        heldBy !== undefined && heldBy !== `articles/wp-${item.postId}.md`
          ? withIdInSlug(map, 'article', item, ctx, wanted)
          : map(item, ctx, 'article');
    } else {
      // WordPress allows one slug under two parents; Warta's pages live side by side, beside the
      // site's own first segments (a WordPress page "berita" cannot answer at /berita).
      const wanted = wantedSlug(item);
      mapped =
        pageSlugs.has(wanted) || SITE_SEGMENTS.has(wanted)
          ? withIdInSlug(map, 'page', item, ctx, wanted)
          : map(item, ctx, 'page');
    }
    if (mapped.ok && mapped.file.kind === 'article') {
      const rel = mapped.file.path;
      const idHolder = existing.ids.get(mapped.file.id!);
      const idClash = clashes(rel, [{ field: 'id', value: mapped.file.id!, heldBy: idHolder }]);
      if (idClash.length) mapped = { ok: false, reason: idClash[0]!.message };
      else if (
        clashes(rel, [
          { field: 'slug', value: mapped.file.slug, heldBy: slugHolders.get(mapped.file.slug) },
        ]).length
      ) {
        mapped = withIdInSlug(map, 'article', item, ctx, mapped.file.slug);
      }
    }
    if (
      mapped.ok &&
      mapped.file.kind === 'page' &&
      existing.pages.has(mapped.file.slug) &&
      !manifest.has(mapped.file.path)
    ) {
      mapped = { ok: false, reason: s.pageExists(mapped.file.slug) };
    }
    if (mapped.ok) {
      const file = mapped.file;
      if (file.kind === 'article') slugHolders.set(file.slug, file.path);
      else pageSlugs.add(file.slug);
    }
    return mapped;
  };
}

/**
 * The item mapped again with its WordPress id added to the slug it found taken, and a note (a
 * reused outcome has it from its run).
 */
function withIdInSlug(
  map: MapOne,
  kind: 'article' | 'page',
  item: WxrItem,
  ctx: MapContext,
  taken: string,
): MapResult {
  const mapped = map(item, ctx, kind, slugWithId(taken, item.postId));
  if (mapped.ok && !mapped.file.reused)
    mapped.file.notes.push({ kind: 'approximate', message: s.slugTaken(taken, mapped.file.slug) });
  return mapped;
}
