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
import type { WxrItem, WxrItemTerm, WxrTerm } from './wxr-records';

/**
 * The old addresses of an import run (./redirects.ts makes each): the published and scheduled
 * posts and the pages written, the published ones' attachments, and the archives of the
 * categories, tags and authors they were listed under, counted from those posts.
 */

/** What the old addresses need of each written post: no content, so memory stays small. */
export interface Located {
  file: Pick<MappedFile, 'wpId' | 'kind' | 'id' | 'slug' | 'status'>;
  item: Pick<WxrItem, 'link' | 'guid' | 'terms' | 'creator'>;
  pages: number;
}

/**
 * One object for each term however many posts carry it: what the old addresses keep of a post
 * is mostly its terms, the same few hundred over and over.
 */
export function termInterner(): (term: WxrItemTerm) => WxrItemTerm {
  const known = new Map<string, WxrItemTerm>();
  return (term) => {
    const key = `${term.domain}\n${term.nicename}\n${term.name}`;
    const found = known.get(key);
    if (found) return found;
    known.set(key, term);
    return term;
  };
}

export function locate(
  file: MappedFile,
  item: WxrItem,
  intern: (term: WxrItemTerm) => WxrItemTerm = (term) => term,
): Located {
  return {
    file: {
      wpId: file.wpId,
      kind: file.kind,
      id: file.id,
      slug: file.slug,
      status: file.status,
    },
    item: {
      link: item.link,
      guid: item.guid,
      terms: item.terms.map(intern),
      creator: item.creator,
    },
    pages: (item.content.match(/<!--\s*nextpage\s*-->/g) ?? []).length + 1,
  };
}

export function oldAddresses(
  located: Located[],
  first: Pick<FirstPass, 'attachments' | 'authors'>,
  categories: WxrTerm[],
  sectionMap: SectionMap,
  siteUrl: string,
): Redirect[] {
  const redirects: Redirect[] = [];
  const targets = new Map<number, string>();
  const counts: ArchiveCounts = { categories: [], tags: [], authors: [] };
  const perCategory = new Map<string, number>();
  const perTag = new Map<string, { name: string; count: number }>();
  const perAuthor = new Map<string, number>();
  for (const { file, item, pages } of located) {
    // Drafts and private posts never had a public page. A scheduled post's old address is kept:
    // the request path answers it from the post's minute on (lib/server/reader-routes.ts).
    if (file.status === 'draft') continue;
    const list = postRedirects(
      {
        wpId: file.wpId,
        kind: file.kind,
        link: item.link,
        guid: item.guid,
        id: file.id,
        slug: file.slug,
        pages,
      },
      siteUrl,
    );
    redirects.push(...list);
    // Its attachments' pages and the archives count what readers could reach before.
    if (file.status !== 'published') continue;
    targets.set(file.wpId, list[0]?.target ?? '');
    if (file.kind !== 'article') continue;
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
  }
  for (const attachment of first.attachments.values()) {
    const target = targets.get(attachment.parent);
    if (target)
      redirects.push(...attachmentRedirects(attachment.id, attachment.link, target, siteUrl));
  }
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
  redirects.push(...archiveRedirects(counts, siteUrl, 10));
  // An old address that is Warta's own ("/tag/banjir", and "/tag/banjir/", which the request
  // path sends to it like any closing slash) is the page itself: no redirect to keep.
  return redirects.filter((r) => r.oldPath.replace(/\/+$/, '') !== r.target);
}
