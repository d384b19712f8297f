import { XMLParser } from 'fast-xml-parser';

/**
 * Finding pages as a crawler does, so the end-to-end specs, the deployment's tests and the
 * benchmarks hold on any corpus: the news sitemap, the sitemap index and its article sitemaps,
 * parsed with fast-xml-parser. It reads through a plain "get this path's text" function, so
 * Playwright's request context and Node's fetch both serve (e2e/support/site.ts adds what needs
 * an HTML parser: links on the pages).
 */

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) =>
    [
      'url',
      'sitemap',
      'item',
      'entry',
      'category',
      'dc:creator',
      'author',
      'link',
      'image:image',
    ].includes(name),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is checked field by field
export type XmlNode = any;

export function parseXml(text: string): XmlNode {
  return xml.parse(text, true);
}

/** Text of an element that may carry attributes (then its text is under "#text"). */
export function text(node: XmlNode): string {
  if (Array.isArray(node)) {
    if (node.length !== 1) throw new Error(`expected one element, found ${node.length}`);
    return text(node[0]);
  }
  if (node === undefined || node === null) return '';
  return typeof node === 'object' ? String(node['#text'] ?? '') : String(node);
}

/** The body of a path on the server under test; rejects on anything but 200. */
export type GetText = (path: string) => Promise<string>;

export interface SitemapArticle {
  /** Site path, e.g. /berita/<id>/<slug>. */
  path: string;
  /** Newest first: news sitemap publication date, else the article sitemap's lastmod. */
  date: Date;
  images: string[];
}

/** The path (and query) of a URL a sitemap lists, whatever site URL the server was built with. */
const pathOf = (loc: string) => {
  const url = new URL(loc);
  return url.pathname + url.search;
};

const newestFirst = (a: SitemapArticle, b: SitemapArticle) => b.date.getTime() - a.date.getTime();

/** The last two days' articles, newest first (empty when nothing is that recent). */
export async function newsSitemapArticles(get: GetText): Promise<SitemapArticle[]> {
  const doc = parseXml(await get('/news-sitemap.xml'));
  const urls: XmlNode[] = doc.urlset?.url ?? [];
  return urls
    .map((url) => ({
      path: pathOf(text(url.loc)),
      date: new Date(text(url['news:news']?.['news:publication_date'])),
      images: [],
    }))
    .sort(newestFirst);
}

/**
 * The articles of the newest article sitemap the index lists (the index names one per month,
 * split in chunks), newest change first, with their images.
 */
export async function newestSitemapArticles(get: GetText): Promise<SitemapArticle[]> {
  const index = parseXml(await get('/sitemap.xml'));
  const files = (index.sitemapindex?.sitemap ?? [])
    .map((s: XmlNode) => ({ loc: text(s.loc), lastmod: new Date(text(s.lastmod)) }))
    .filter((s: { loc: string }) => new URL(s.loc).pathname.startsWith('/sitemaps/articles-'))
    .sort(
      (a: { lastmod: Date }, b: { lastmod: Date }) => b.lastmod.getTime() - a.lastmod.getTime(),
    );
  for (const file of files) {
    const urls: XmlNode[] = parseXml(await get(pathOf(file.loc))).urlset?.url ?? [];
    const articles = urls.map((url) => ({
      path: pathOf(text(url.loc)),
      date: new Date(text(url.lastmod)),
      images: (url['image:image'] ?? []).map((image: XmlNode) => text(image['image:loc'])),
    }));
    if (articles.length) return articles.sort(newestFirst);
  }
  return [];
}

/** The newest article's path: from the news sitemap, else from the article sitemaps. */
export async function newestArticlePath(get: GetText): Promise<string> {
  const [newest] = await newsSitemapArticles(get);
  if (newest) return newest.path;
  const [fallback] = await newestSitemapArticles(get);
  if (!fallback) throw new Error('no article found through /news-sitemap.xml or /sitemap.xml');
  return fallback.path;
}

/** A GetText over Node's fetch, for the scripts. */
export function fetchText(base: string): GetText {
  return async (path) => {
    const response = await fetch(new URL(path, base));
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  };
}

/**
 * A word to search for, from a title: its longest word of letters (at least four), so it is
 * a content word rather than "di" or "dan". Undefined when the title has none.
 */
export function searchWordOf(title: string): string | undefined {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return [...words].sort((a, b) => b.length - a.length)[0]?.toLowerCase();
}

export interface ListingPaths {
  section: string;
  tag: string;
  author: string;
}

/**
 * A section, a tag and an author page, as the sitemaps list them (pages.xml: the front page,
 * sections, authors and standing pages; tags-<n>.xml: the tags): the first of each.
 */
export async function listingPaths(get: GetText): Promise<ListingPaths> {
  const index = parseXml(await get('/sitemap.xml'));
  const files: string[] = (index.sitemapindex?.sitemap ?? [])
    .map((s: XmlNode) => pathOf(text(s.loc)))
    .filter((p: string) => p === '/sitemaps/pages.xml' || p.startsWith('/sitemaps/tags-'));
  const paths: string[] = [];
  for (const file of files) {
    const urls: XmlNode[] = parseXml(await get(file)).urlset?.url ?? [];
    paths.push(...urls.map((url) => pathOf(text(url.loc))));
  }
  const first = (prefix: string) => {
    const found = paths.find((p) => p.startsWith(prefix));
    if (!found) throw new Error(`no ${prefix}… page in the sitemaps`);
    return found;
  };
  return { section: first('/kanal/'), tag: first('/tag/'), author: first('/penulis/') };
}

export interface TemplatePaths extends ListingPaths {
  article: string;
  search: string;
}

/**
 * A page of each reader template, for the bench scripts: the newest article (or
 * BENCH_ARTICLE_PATH), a section, a tag and an author from the sitemaps, and a search for the
 * article's slug's three longest words, a query with a few results like a reader's (a single
 * common word fills a page of ten, the most a search page holds).
 */
export async function templatePaths(get: GetText): Promise<TemplatePaths> {
  const article = process.env.BENCH_ARTICLE_PATH || (await newestArticlePath(get));
  const words = (article.split('/')[3] ?? '').split('-');
  const longest = [...words].sort((a, b) => b.length - a.length).slice(0, 3);
  const query = words.filter((w) => longest.includes(w)).join(' ') || 'berita';
  return {
    article,
    ...(await listingPaths(get)),
    search: `/cari?q=${encodeURIComponent(query)}`,
  };
}
