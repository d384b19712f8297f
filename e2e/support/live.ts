import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { stringify } from 'yaml';
import { toIsoWib } from '../../lib/dates';
import { E2E_LIVE_DIR, E2E_NOW } from '../../playwright.config';
import { getXml, localPath, text, type XmlNode } from './machine';

/**
 * The live server (scripts/ci/live-server.sh) publishes from a writable copy of the content in
 * E2E_LIVE_DIR; these helpers save files there as an editor would, and read the site back with
 * real parsers (DOMParser in the browser, fast-xml-parser), never regular expressions.
 */

const articlesDir = path.join(E2E_LIVE_DIR, 'content', 'articles');

/** "Now" as the live server sees it: WARTA_NOW at the clock's start, running since. */
export function serverNow(): Date {
  const started = new Date(readFileSync(path.join(E2E_LIVE_DIR, 'clock-start'), 'utf8').trim());
  return new Date(new Date(E2E_NOW).getTime() + (Date.now() - started.getTime()));
}

/** An instant as the content schema writes it (whole seconds, WIB offset). */
export function wib(date: Date): string {
  return toIsoWib(new Date(Math.floor(date.getTime() / 1000) * 1000));
}

export interface LiveArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  section: string;
  tags?: string[];
  publishedAt: string;
  updatedAt?: string;
  status?: 'draft' | 'published';
  corrections?: { date: string; text: string }[];
  withdrawn?: { date: string; reason: string };
  body: string;
}

/** The Markdown file of an article: YAML frontmatter written by the yaml library, then the body. */
export function articleFile(a: LiveArticle): string {
  const frontmatter = {
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.summary,
    section: a.section,
    tags: a.tags ?? [],
    authors: ['rizki-pratama'],
    publishedAt: a.publishedAt,
    ...(a.updatedAt ? { updatedAt: a.updatedAt } : {}),
    dateline: 'PEKANBARU, RIAU24.COM',
    image: {
      src: '/images/articles/b7e41f09.jpg',
      alt: 'Ilustrasi untuk uji penerbitan',
      credit: 'Ilustrasi Riau24',
    },
    status: a.status ?? 'published',
    ...(a.corrections ? { corrections: a.corrections } : {}),
    ...(a.withdrawn ? { withdrawn: a.withdrawn } : {}),
  };
  return `---\n${stringify(frontmatter)}---\n\n${a.body}\n`;
}

/** Saves a file under the live content's articles/ (a new file or over an existing one). */
export async function saveArticleFile(name: string, contents: string): Promise<void> {
  await writeFile(path.join(articlesDir, name), contents);
}

export async function removeArticleFile(name: string): Promise<void> {
  await rm(path.join(articlesDir, name), { force: true });
}

/** Status, Location, headers and parsed links and headings of one page. */
export async function readPage(page: Page, request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const html = await response.text();
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      /** A listing page's own rows (not the "latest" column beside them). */
      listed: [...doc.querySelectorAll('.listing-page__primary a[href]')].map(
        (a) => a.getAttribute('href') ?? '',
      ),
      h1: [...doc.querySelectorAll('h1')].map((h) => (h.textContent ?? '').trim()),
      text: doc.body?.textContent ?? '',
      robots: doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '',
    };
  }, html);
  return { status: response.status(), headers: response.headers(), ...parsed };
}

/** Article paths the Google News sitemap lists. */
export async function newsSitemapPaths(request: APIRequestContext): Promise<string[]> {
  const { doc } = await getXml(request, '/news-sitemap.xml');
  return (doc.urlset.url ?? []).map((u: XmlNode) => localPath(text(u.loc)));
}

/** Article paths and titles of the site's RSS feed. */
export async function rssItems(request: APIRequestContext, feed = '/feed/rss.xml') {
  const { doc } = await getXml(request, feed);
  return (doc.rss.channel.item ?? []).map((item: XmlNode) => ({
    path: localPath(text(item.link)),
    title: text(item.title),
  })) as { path: string; title: string }[];
}
