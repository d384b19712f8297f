import {
  articlePath,
  authorPath,
  feedPath,
  pagePath,
  sectionFeedPath,
  sectionPath,
  tagPath,
} from '../../urls';

/**
 * Every address the old WordPress site answered for the imported content, each with the Warta
 * path it should answer 308 to: permalinks and their `/feed/`, `/amp/` and `/N/` (paged posts)
 * forms, `?p=ID` and `?page_id=ID`, attachment pages, category, tag and author archives with
 * their `/page/N/` pages and feeds, and the site's feeds. Old paths are written as a request
 * names them: the path and, for the query forms, the query ("/?p=12").
 */

export interface Redirect {
  oldPath: string;
  target: string;
}

/** The path of a URL of the old site (undefined for another host or no URL). */
export function oldPathOf(url: string, siteUrl: string): string | undefined {
  try {
    const site = new URL(siteUrl);
    const parsed = new URL(url, site);
    if (parsed.hostname.replace(/^www\./, '') !== site.hostname.replace(/^www\./, ''))
      return undefined;
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/** The site's path prefix ("/blog/" for a site in a folder, else "/"). */
function base(siteUrl: string): string {
  try {
    const path = new URL(siteUrl).pathname;
    return path.endsWith('/') ? path : `${path}/`;
  } catch {
    return '/';
  }
}

/** A permalink's variants: with and without the closing slash, its feed, AMP and page N. */
function permalinkForms(path: string, pages: number): string[] {
  if (path.includes('?')) return [path];
  const slashed = path.endsWith('/') ? path : `${path}/`;
  const forms = [slashed, `${slashed}feed/`, `${slashed}amp/`];
  if (slashed !== '/') forms.push(slashed.slice(0, -1));
  for (let page = 2; page <= pages; page += 1) forms.push(`${slashed}${page}/`);
  return forms;
}

export interface PostLocation {
  wpId: number;
  kind: 'article' | 'page';
  /** <link> and <guid> of the item. */
  link: string;
  guid: string;
  /** The Warta id (articles) and slug. */
  id?: string;
  slug: string;
  /** How many pages <!--nextpage--> made of it. */
  pages: number;
}

export function postRedirects(post: PostLocation, siteUrl: string): Redirect[] {
  const target =
    post.kind === 'article' ? articlePath({ id: post.id!, slug: post.slug }) : pagePath(post.slug);
  const root = base(siteUrl);
  const paths = new Set<string>();
  for (const url of [post.link, post.guid]) {
    const path = url ? oldPathOf(url, siteUrl) : undefined;
    if (path && path !== root) for (const form of permalinkForms(path, post.pages)) paths.add(form);
  }
  paths.add(`${root}?p=${post.wpId}`);
  if (post.kind === 'page') paths.add(`${root}?page_id=${post.wpId}`);
  paths.delete(target);
  return [...paths].map((oldPath) => ({ oldPath, target }));
}

/** An attachment's page and `?attachment_id=` form, to the post it belongs to. */
export function attachmentRedirects(
  wpId: number,
  link: string,
  parentTarget: string,
  siteUrl: string,
): Redirect[] {
  const root = base(siteUrl);
  const paths = new Set<string>([`${root}?attachment_id=${wpId}`]);
  const path = link ? oldPathOf(link, siteUrl) : undefined;
  if (path && path !== root) for (const form of permalinkForms(path, 1)) paths.add(form);
  return [...paths].map((oldPath) => ({ oldPath, target: parentTarget }));
}

export interface ArchiveCounts {
  /** Category path ("parent/child"), its id and how many imported articles it holds. */
  categories: { path: string; id: string; section?: string; tagName?: string; count: number }[];
  tags: { slug: string; id: string; name: string; count: number }[];
  authors: { login: string; id: string; wpId?: string; count: number }[];
}

/** Archives and feeds of the old site, paged as WordPress paged them (`perPage` posts a page). */
export function archiveRedirects(counts: ArchiveCounts, siteUrl: string, perPage = 10): Redirect[] {
  const root = base(siteUrl);
  const out: Redirect[] = [];
  const add = (path: string, paged: (page: number) => string, count: number) => {
    const slashed = `${root}${path}/`;
    const target = paged(1);
    out.push({ oldPath: slashed, target }, { oldPath: slashed.slice(0, -1), target });
    for (let page = 2; page <= Math.ceil(count / perPage); page += 1) {
      out.push({ oldPath: `${slashed}page/${page}/`, target: paged(page) });
    }
  };
  for (const category of counts.categories) {
    const { section, tagName } = category;
    const paged = section
      ? (page: number) => sectionPath(section, page)
      : tagName
        ? (page: number) => tagPath(tagName, page)
        : undefined;
    if (!paged) continue;
    const target = paged(1);
    add(`category/${category.path}`, paged, category.count);
    out.push({
      oldPath: `${root}category/${category.path}/feed/`,
      target: category.section ? sectionFeedPath(category.section) : target,
    });
    if (category.id) out.push({ oldPath: `${root}?cat=${category.id}`, target });
  }
  for (const tag of counts.tags) {
    const target = tagPath(tag.name);
    add(`tag/${tag.slug}`, (page) => tagPath(tag.name, page), tag.count);
    out.push({ oldPath: `${root}tag/${tag.slug}/feed/`, target });
    out.push({ oldPath: `${root}?tag=${tag.slug}`, target });
  }
  for (const author of counts.authors) {
    const target = authorPath(author.id);
    add(`author/${author.login}`, (page) => authorPath(author.id, page), author.count);
    out.push({ oldPath: `${root}author/${author.login}/feed/`, target });
    if (author.wpId) out.push({ oldPath: `${root}?author=${author.wpId}`, target });
  }
  for (const feed of ['feed/', 'feed/rss/', 'feed/rss2/', '?feed=rss2', 'comments/feed/'])
    out.push({ oldPath: `${root}${feed}`, target: feedPath('rss') });
  out.push({ oldPath: `${root}feed/atom/`, target: feedPath('atom') });
  return out;
}
