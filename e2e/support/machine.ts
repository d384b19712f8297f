import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { parseXml, text, type XmlNode } from '../../scripts/kit/pages';
import { e2eSetting } from '../defaults';

/**
 * Reading the site as machines do: raw responses, parsed with real parsers (Chromium's HTML
 * parser via DOMParser, fast-xml-parser, JSON.parse). Nothing is matched with regular expressions.
 */

/** The XML reading is shared with the scripts (scripts/kit/pages.ts). */
export { parseXml, text, type XmlNode };

export const SITE_URL = e2eSetting('WARTA_SITE_URL');
export const NOW = new Date(e2eSetting('WARTA_NOW'));

/** The path of an absolute site URL, to request it from the server under test. */
export function localPath(absolute: string): string {
  const url = new URL(absolute);
  if (url.origin !== new URL(SITE_URL).origin) throw new Error(`not a site URL: ${absolute}`);
  return url.pathname + url.search;
}

export async function getXml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { response, doc: parseXml(await response.text()) };
}

export interface HeadMeta {
  name: string | null;
  property: string | null;
  content: string | null;
}

export interface ParsedPage {
  title: string;
  lang: string;
  metas: HeadMeta[];
  bodyMetas: number;
  links: { rel: string; href: string; type: string | null; title: string | null }[];
  jsonLd: string[];
  times: string[];
  h1: string[];
  injected: { images: number; scripts: number; handlers: number; jsLinks: number };
}

/** Parses HTML with the browser's own parser, without running or loading anything. */
export async function parseHtml(page: Page, html: string): Promise<ParsedPage> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const all = [...doc.querySelectorAll('*')];
    return {
      title: doc.title,
      lang: doc.documentElement.lang,
      metas: [...doc.head.querySelectorAll('meta')].map((m) => ({
        name: m.getAttribute('name'),
        property: m.getAttribute('property'),
        content: m.getAttribute('content'),
      })),
      bodyMetas: doc.body.querySelectorAll('meta[property], meta[name="description"]').length,
      links: [...doc.head.querySelectorAll('link')].map((l) => ({
        rel: l.getAttribute('rel') ?? '',
        href: l.getAttribute('href') ?? '',
        type: l.getAttribute('type'),
        title: l.getAttribute('title'),
      })),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent ?? '',
      ),
      times: [...doc.querySelectorAll('time[datetime]')].map(
        (t) => t.getAttribute('datetime') ?? '',
      ),
      h1: [...doc.querySelectorAll('h1')].map((h) => h.textContent ?? ''),
      injected: {
        images: doc.querySelectorAll('img[src="x"]').length,
        // What a payload would create: a script whose whole text is the attack (the page's own
        // flight-data scripts quote the text as string data, which is harmless).
        scripts: [...doc.querySelectorAll('script')].filter(
          (s) => (s.textContent ?? '').trim() === 'alert(1)',
        ).length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
          .length,
        jsLinks: [...doc.querySelectorAll('[href], [src]')].filter((el) =>
          /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
        ).length,
      },
    };
  }, html);
}

export function meta(parsed: ParsedPage, key: string): string[] {
  return parsed.metas
    .filter((m) => m.property === key || m.name === key)
    .map((m) => m.content ?? '');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is checked field by field
export type JsonLdNode = any;

/** Every JSON-LD node on the page, @graph members included. */
export function jsonLdNodes(parsed: ParsedPage): JsonLdNode[] {
  return parsed.jsonLd.flatMap((raw) => {
    const data = JSON.parse(raw);
    return data['@graph'] ?? [data];
  });
}

export function nodeOfType(nodes: JsonLdNode[], type: string): JsonLdNode {
  const found = nodes.filter((n) => n['@type'] === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(body: Buffer): { width: number; height: number } {
  if (body.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Width and height from a JPEG's SOF marker. */
export function jpegSize(body: Buffer): { width: number; height: number } {
  let offset = 2;
  while (offset < body.length) {
    const marker = body.readUInt16BE(offset);
    const length = body.readUInt16BE(offset + 2);
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
      return { height: body.readUInt16BE(offset + 5), width: body.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  throw new Error('no JPEG frame header');
}

/** The article entries (`loc`, `lastmod`, images) of every article sitemap the index lists. */
export async function sitemapArticleEntries(request: APIRequestContext): Promise<XmlNode[]> {
  const { doc } = await getXml(request, '/sitemap.xml');
  const entries: XmlNode[] = [];
  for (const sitemap of doc.sitemapindex.sitemap) {
    const loc = text(sitemap.loc);
    if (!loc.includes('/sitemaps/articles-')) continue;
    const child = await getXml(request, localPath(loc));
    entries.push(...child.doc.urlset.url);
  }
  return entries;
}

/** The article URLs the sitemaps list, in order. */
export async function sitemapArticleUrls(request: APIRequestContext): Promise<string[]> {
  return (await sitemapArticleEntries(request)).map((u) => text(u.loc));
}

export function headerOf(response: APIResponse, name: string): string | undefined {
  return response.headers()[name.toLowerCase()];
}
