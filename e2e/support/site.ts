import { test as base, type APIRequestContext, type Page } from '@playwright/test';
import { strings } from '../../lib/strings';
import {
  type GetText,
  newestArticlePath,
  newestSitemapArticles,
  searchWordOf,
} from '../../scripts/kit/pages';

/**
 * The pages a spec needs, found through the site once per worker (a worker fixture): the newest
 * article from the news sitemap (else the article sitemaps), an article with a hero image from
 * the article sitemaps' image entries, and the section, tag and author pages that article links
 * to, read from its HTML with the browser's own parser. Specs use `test` and `expect` from here
 * and ask for `site`; nothing names a demo id, so they hold on any corpus.
 */

export interface SiteLink {
  path: string;
  name: string;
}

export interface DiscoveredArticle {
  /** The canonical path, /berita/<id>/<slug>. */
  path: string;
  id: string;
  title: string;
  section: SiteLink;
  tags: SiteLink[];
  author: SiteLink;
}

export interface Site {
  /** The newest article. */
  article: DiscoveredArticle;
  /** The newest article the sitemaps list with an image (its hero), and that image's URL. */
  withImage: { path: string; image: string };
  section: SiteLink;
  tag: SiteLink;
  author: SiteLink;
  /** A word of the article's title, to search for. */
  searchWord: string;
}

interface ArticleLinks {
  title: string;
  canonical: string;
  section: SiteLink | undefined;
  tags: SiteLink[];
  author: SiteLink | undefined;
}

/** The links a reader (or a crawler) follows from an article page, read with DOMParser. */
async function articleLinks(page: Page, html: string): Promise<ArticleLinks> {
  return page.evaluate(
    ({ source, breadcrumbLabel }) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const link = (a: Element | undefined) =>
        a ? { path: a.getAttribute('href') ?? '', name: (a.textContent ?? '').trim() } : undefined;
      const crumbs = [...doc.querySelectorAll(`nav[aria-label="${breadcrumbLabel}"] a`)];
      const tags = [...doc.querySelectorAll('main article a[href^="/tag/"]')].map((a) => link(a)!);
      return {
        title: (doc.querySelector('h1')?.textContent ?? '').trim(),
        canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
        section: link(crumbs.filter((a) => a.getAttribute('href')?.startsWith('/kanal/')).at(-1)),
        tags: tags.filter((t, i) => tags.findIndex((u) => u.path === t.path) === i),
        author: link(doc.querySelector('main article header a[href^="/penulis/"]') ?? undefined),
      };
    },
    { source: html, breadcrumbLabel: strings.breadcrumbLabel },
  );
}

function getText(request: APIRequestContext): GetText {
  return async (path) => {
    const response = await request.get(path);
    if (response.status() !== 200) throw new Error(`${path}: HTTP ${response.status()}`);
    return response.text();
  };
}

export async function discoverSite(request: APIRequestContext, page: Page): Promise<Site> {
  const get = getText(request);
  const path = await newestArticlePath(get);
  const links = await articleLinks(page, await get(path));
  const canonicalPath = new URL(links.canonical).pathname;
  const [tag] = links.tags;
  if (canonicalPath !== path) throw new Error(`${path}: canonical is ${links.canonical}`);
  if (!links.section || !links.author || !tag) {
    throw new Error(`${path}: no section, author or tag link found`);
  }
  const withImage = (await newestSitemapArticles(get)).find((a) => a.images.length);
  if (!withImage) throw new Error('no article with an image in the sitemaps');
  const searchWord = searchWordOf(links.title);
  if (!searchWord) throw new Error(`${path}: no word to search for in "${links.title}"`);
  return {
    article: {
      path,
      id: path.split('/')[2] ?? '',
      title: links.title,
      section: links.section,
      tags: links.tags,
      author: links.author,
    },
    withImage: { path: withImage.path, image: withImage.images[0]! },
    section: links.section,
    tag,
    author: links.author,
    searchWord,
  };
}

export const test = base.extend<object, { site: Site }>({
  site: [
    async ({ browser, playwright }, provide, workerInfo) => {
      const request = await playwright.request.newContext({
        baseURL: workerInfo.project.use.baseURL,
      });
      const page = await browser.newPage();
      try {
        const site = await discoverSite(request, page);
        await page.close();
        await provide(site);
      } finally {
        await request.dispose();
      }
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
