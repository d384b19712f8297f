import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  findArticle,
  findRedirect,
  getAuthor,
  getPage,
  getSection,
  getTag,
  listArticlesByAuthor,
  listArticlesBySection,
  listArticlesByTag,
  publicImagePath,
  resolveArticleUrl,
} from '../queries';
import { parsePageNumber } from '../pagination';
import { indexNowKeyFile } from '../publishing/crawlers/config';
import { cropVersion, parseCropFileName } from '../seo/image-crops';
import { resolveShareCard } from '../seo/share-image/cards';
import { sitemapFileEntries } from '../seo/sitemaps/files';
import { parseSitemapName } from '../seo/sitemaps/plan';
import { GATE_STATUSES } from '../http/gate-statuses';

/**
 * Whether a path that passed the gate can be a page of this site, asked of the same content
 * functions the routes render from, before Next's pipeline runs. A path that cannot exist (an
 * unknown id, section, tag, author or page, a listing page past the end, a crop or share image
 * whose fingerprint is not the current one, a file that is not in public/) is answered 404 by
 * the server without reaching Next, so it creates no cache entry of its own. A wrong article
 * slug is sent to the article's id-only URL, whose one cached 308 leads to the canonical URL.
 *
 * A path that is no page of this site but an old address of an imported site (a WordPress
 * permalink, archive or feed, or its "?p=12" form on the front page) is answered 308 to where
 * that content now lives (the store's redirects, written by `npm run import:wordpress`), once
 * that page exists: the old address of a scheduled article is missing until its minute.
 *
 * What exists is read at request time: an article scheduled for later is missing until its
 * minute, then found, with nothing cached in between.
 */

export type RouteLookup = 'found' | 'missing' | { rewrite: string } | { redirect: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FEED_FILES = new Set(['rss.xml', 'atom.xml', 'feed.json']);
const ROOT_FILES = new Set([
  'sitemap.xml',
  'news-sitemap.xml',
  'robots.txt',
  'manifest.webmanifest',
]);

const found = (exists: unknown): RouteLookup => (exists ? 'found' : 'missing');

type ListingFinder = {
  key: (key: string) => Promise<unknown>;
  page: (key: string, page: number) => Promise<unknown>;
};

const listings: Record<string, ListingFinder> = {
  kanal: { key: getSection, page: listArticlesBySection },
  tag: { key: getTag, page: listArticlesByTag },
  penulis: { key: getAuthor, page: listArticlesByAuthor },
};

async function listing(finder: ListingFinder, key: string, rest: string[]): Promise<RouteLookup> {
  if (!ID.test(key)) return 'missing';
  if (rest.length === 0) return found(await finder.key(key));
  if (rest.length !== 2 || rest[0] !== 'halaman') return 'missing';
  const number = parsePageNumber(rest[1]!);
  if (number.kind === 'invalid') return 'missing';
  if (!(await finder.key(key))) return 'missing';
  // Page 1 answers a 308 to the listing itself: one cached answer per listing.
  return number.kind === 'first' ? 'found' : found(await finder.page(key, number.page));
}

async function article(id: string, slug: string | undefined): Promise<RouteLookup> {
  if (!ID.test(id)) return 'missing';
  if (slug === undefined) return found(await findArticle(id));
  const url = await resolveArticleUrl(id, slug);
  if (url.kind === 'unknown') return 'missing';
  return url.kind === 'redirect' ? { rewrite: `/berita/${id}` } : 'found';
}

async function crop(id: string, file: string): Promise<RouteLookup> {
  const wanted = parseCropFileName(file);
  if (!wanted || !ID.test(id)) return 'missing';
  const found = await findArticle(id);
  return found?.state === 'live' && cropVersion(found.article.image) === wanted.version
    ? 'found'
    : 'missing';
}

/** The query parameters by which WordPress addresses content on its front page ("/?p=12"). */
const WORDPRESS_QUERY_KEYS = [
  'p',
  'page_id',
  'attachment_id',
  'cat',
  'tag',
  'author',
  'feed',
  'paged',
];

/**
 * The old address to look up for a raw request URL: its path as sent, with only WordPress's own
 * query parameters (tracking parameters a shared link carries are dropped).
 */
export function oldAddress(rawUrl: string): string {
  const at = rawUrl.indexOf('?');
  if (at < 0) return rawUrl;
  const kept = new URLSearchParams(rawUrl.slice(at + 1));
  const query = [...kept].filter(([key]) => WORDPRESS_QUERY_KEYS.includes(key));
  const path = rawUrl.slice(0, at);
  return query.length ? `${path}?${new URLSearchParams(query).toString()}` : path;
}

/** The segments of a path of this site ("/berita/x/y?z" → ["berita", "x", "y"]). */
function segmentsOf(target: string): string[] {
  return target.split(/[?#]/, 1)[0]!.split('/').slice(1);
}

/** Whether `segments` name a file under `root` (never outside it). */
async function publicFile(root: string, segments: string[]): Promise<boolean> {
  if (segments.length === 0) return false;
  const file = path.join(/* turbopackIgnore: true */ root, ...segments);
  if (!file.startsWith(root + path.sep)) return false;
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The lookup for the paths of one site: its files under `publicDir`, its build's static files
 * under `staticDir` (`<distDir>/static`, served at /_next/static/).
 */
export function readerRoutes(
  publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'public'),
  staticDir = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    process.env.NEXT_DIST_DIR || '.next',
    'static',
  ),
) {
  const root = path.resolve(/* turbopackIgnore: true */ publicDir);
  const staticRoot = path.resolve(/* turbopackIgnore: true */ staticDir);
  async function lookup(segments: string[], rawUrl = ''): Promise<RouteLookup> {
    const trailingSlash = segments.length > 1 && segments.at(-1) === '';
    // WordPress's addresses end in a slash ("/2024/05/judul/") or address the front page by
    // query ("/?p=12"): an imported site's old address is looked up first.
    const wordpressFront = segments.length === 1 && segments[0] === '' && rawUrl.includes('?');
    const page = trailingSlash ? undefined : await pageFor(segments);
    if (page !== undefined && page !== 'missing' && !wordpressFront) return page;
    const target = rawUrl ? await findRedirect(oldAddress(rawUrl)) : undefined;
    // Only to a page that is there now: a scheduled article's old address from its minute on.
    if (target && (await pageFor(segmentsOf(target))) !== 'missing') return { redirect: target };
    if (!trailingSlash) return page ?? 'missing';
    // "/kanal/riau/": 308 to the page without its slash when there is one, else 404 (one
    // answer for every made-up path, as for any other).
    const bare = await pageFor(segments.slice(0, -1));
    if (bare === 'missing' || !rawUrl) return 'missing';
    const [path = '', query] = rawUrl.split(/\?(.*)/s, 2);
    const location = path.replace(/\/+$/, '') + (query ? `?${query}` : '');
    return { redirect: location };
  }

  async function pageFor(segments: string[]): Promise<RouteLookup> {
    const [first = '', ...rest] = segments;
    switch (first) {
      case '':
        return 'found';
      case '_next':
        // Next's image optimiser, and the build's own static files (the catch-all route would
        // answer any other /_next/ path, a cache entry each).
        if (rest.length === 1 && rest[0] === 'image') return 'found';
        return found(rest[0] === 'static' && (await publicFile(staticRoot, rest.slice(1))));
      case 'api':
      case 'ruang-redaksi':
        return 'found';
      case 'cari':
        return found(rest.length === 0);
      case '_warta':
        return found(
          rest.length === 2 &&
            rest[0] === 'galat' &&
            GATE_STATUSES.some((code) => String(code) === rest[1]),
        );
      case 'berita':
        return rest.length === 1 || rest.length === 2 ? article(rest[0]!, rest[1]) : 'missing';
      case 'pratinjau':
        return found(rest.length === 1 && ID.test(rest[0]!));
      case 'img':
        return rest.length === 3 && rest[0] === 'berita' ? crop(rest[1]!, rest[2]!) : 'missing';
      case 'og':
        return rest.length === 3
          ? found(await resolveShareCard(rest[0]!, rest[1]!, rest[2]!))
          : 'missing';
      case 'sitemaps':
        return rest.length === 1 && parseSitemapName(rest[0]!)
          ? found(await sitemapFileEntries(rest[0]!))
          : 'missing';
      case 'feed':
        if (rest.length === 1) return found(FEED_FILES.has(rest[0]!));
        return rest.length === 2 && rest[1] === 'rss.xml' && ID.test(rest[0]!)
          ? found(await getSection(rest[0]!))
          : 'missing';
    }
    // A desk upload another instance received: written here from the store (lib/store/public-images.ts).
    if (first === 'images' && rest[0] === 'desk' && !(await publicFile(root, segments)))
      return found(await publicImagePath(`/${segments.join('/')}`, root));
    const listingFinder = listings[first];
    if (listingFinder && rest.length > 0) return listing(listingFinder, rest[0]!, rest.slice(1));
    if (segments.length === 1) {
      if (ROOT_FILES.has(first) || indexNowKeyFile(segments) !== undefined) return 'found';
      if (ID.test(first) && (await getPage(first))) return 'found';
    }
    return found(await publicFile(root, segments));
  }

  return lookup;
}
