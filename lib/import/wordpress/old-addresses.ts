import { htmlText } from './body';
import type { FirstPass } from './first-pass';
import { authorIdOf, type MappedFile, type SectionMap } from './map';
import {
  archiveRedirects,
  attachmentRedirects,
  postRedirects,
  type ArchiveCounts,
  type Redirect,
} from './redirects';
import type { WxrItem, WxrTerm } from './wxr-records';

/**
 * The old addresses of an import run (./redirects.ts makes each), handed on as the run goes
 * (./old-address-record.ts writes them): a published or scheduled post's or page's as it is
 * taken; at the end, the published ones' attachments, and the archives of the categories, tags
 * and authors they were listed under, counted from those posts. What is kept meanwhile is the
 * counts and each published post's new path, never the addresses themselves.
 */

/** What the old addresses need of a written post. */
export interface Located {
  file: Pick<MappedFile, 'wpId' | 'kind' | 'id' | 'slug' | 'status'>;
  item: Pick<WxrItem, 'link' | 'guid' | 'terms' | 'creator' | 'content'>;
}

export interface OldAddressCollector {
  /** A post or page written: its own old addresses handed on, its archives counted. */
  post(located: Located): void;
  /** The attachments' pages and the archives and feeds, handed on. */
  finish(
    first: Pick<FirstPass, 'attachments' | 'authors'>,
    categories: WxrTerm[],
    sectionMap: SectionMap,
  ): void;
}

export function oldAddressCollector(
  siteUrl: string,
  emit: (redirect: Redirect) => void,
): OldAddressCollector {
  // An old address that is Warta's own ("/tag/banjir", and "/tag/banjir/", which the request
  // path sends to it like any closing slash) is the page itself: no redirect to keep.
  const put = (r: Redirect) => {
    if (r.oldPath.replace(/\/+$/, '') !== r.target) emit(r);
  };
  const targets = new Map<number, string>();
  const perCategory = new Map<string, number>();
  const perTag = new Map<string, { name: string; count: number }>();
  const perAuthor = new Map<string, number>();
  return {
    post({ file, item }) {
      // Drafts and private posts never had a public page. A scheduled post's old address is
      // kept: the request path answers it from the post's minute on (lib/server/reader-routes.ts).
      if (file.status === 'draft') return;
      const list = postRedirects(
        {
          wpId: file.wpId,
          kind: file.kind,
          link: item.link,
          guid: item.guid,
          id: file.id,
          slug: file.slug,
          pages: (item.content.match(/<!--\s*nextpage\s*-->/g) ?? []).length + 1,
        },
        siteUrl,
      );
      list.forEach(put);
      // Its attachments' pages and the archives count what readers could reach before.
      if (file.status !== 'published') return;
      targets.set(file.wpId, list[0]?.target ?? '');
      if (file.kind !== 'article') return;
      for (const term of item.terms) {
        if (term.domain === 'category')
          perCategory.set(term.nicename, (perCategory.get(term.nicename) ?? 0) + 1);
        else if (term.domain === 'post_tag' || term.domain === 'tag') {
          // The tag's name as the post's file has it: its words only (./map.ts).
          const known = perTag.get(term.nicename) ?? { name: htmlText(term.name), count: 0 };
          known.count += 1;
          perTag.set(term.nicename, known);
        }
      }
      perAuthor.set(item.creator, (perAuthor.get(item.creator) ?? 0) + 1);
    },
    finish(first, categories, sectionMap) {
      for (const attachment of first.attachments.values()) {
        const target = targets.get(attachment.parent);
        if (target)
          attachmentRedirects(attachment.id, attachment.link, target, siteUrl).forEach(put);
      }
      const counts = archiveCounts(perCategory, perTag, perAuthor, first, categories, sectionMap);
      archiveRedirects(counts, siteUrl, 10).forEach(put);
    },
  };
}

/** The archives to keep: categories (mapped, or counted), tags and authors, with their counts. */
function archiveCounts(
  perCategory: Map<string, number>,
  perTag: Map<string, { name: string; count: number }>,
  perAuthor: Map<string, number>,
  first: Pick<FirstPass, 'authors'>,
  categories: WxrTerm[],
  sectionMap: SectionMap,
): ArchiveCounts {
  const counts: ArchiveCounts = { categories: [], tags: [], authors: [] };
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const categoryPath = (slug: string): string => {
    const chain: string[] = [];
    for (
      let at = bySlug.get(slug), guard = 0;
      at && guard < 20;
      at = bySlug.get(at.parent), guard += 1
    )
      chain.unshift(at.slug);
    return chain.length ? chain.join('/') : slug;
  };
  // A mapped category's archive goes to its section even when none of its posts are public yet;
  // an unmapped one's goes to the tag its posts carry, so only when it has some.
  const archived = new Set([...perCategory.keys(), ...Object.keys(sectionMap.categories)]);
  for (const slug of archived) {
    const section = sectionMap.categories[slug];
    const term = bySlug.get(slug);
    const count = perCategory.get(slug) ?? 0;
    if (!term && !count) continue;
    counts.categories.push({
      path: categoryPath(slug),
      id: term?.id ?? '',
      section,
      tagName: section ? undefined : term && htmlText(term.name),
      count,
    });
  }
  for (const [slug, { name, count }] of perTag) counts.tags.push({ slug, id: '', name, count });
  for (const [login, count] of perAuthor)
    counts.authors.push({
      login,
      id: authorIdOf(login),
      wpId: first.authors.get(login)?.id,
      count,
    });
  return counts;
}
