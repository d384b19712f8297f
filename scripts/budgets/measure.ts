import { gzipSync } from 'node:zlib';
import { extractAssets, linkHeaderFonts } from './assets';

/** Bytes as served: raw, and gzipped at zlib's default level (what Next's server sends). */
export interface Size {
  raw: number;
  gzip: number;
}

export interface TemplateMeasure {
  name: string;
  path: string;
  status: number;
  html: Size;
  css: Size;
  js: Size;
  /** Next.js's own client chunks (anything under /_next/): none on a reader page. */
  frameworkJs: Size;
  /** Inline scripts a browser would run (JSON-LD excluded). */
  inlineScripts: number;
  /** woff2 is compressed already: raw bytes. */
  fonts: number;
  /** An inline RSC payload inside the HTML (none expected). */
  rscPayload: Size;
  files: { scripts: string[]; stylesheets: string[]; fonts: string[] };
}

export interface Template {
  name: string;
  path: string;
  status: number;
}

const ZERO: Size = { raw: 0, gzip: 0 };
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

export function sizeOf(content: string | Buffer): Size {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

/** A script of the framework's runtime: Next.js serves its client chunks under /_next/. */
export const isFrameworkScript = (src: string) => src.startsWith('/_next/');

export interface FetchedPage {
  status: number;
  html: string;
  /** The HTTP Link header (Next preloads fonts there for pages rendered on request). */
  link: string | null;
}

export class Fetcher {
  private readonly cache = new Map<string, Promise<Buffer>>();
  private readonly pages = new Map<string, Promise<FetchedPage>>();

  constructor(private readonly base: string) {}

  /** A page's HTML (redirects not followed: a template must answer itself). */
  page(pathname: string): Promise<FetchedPage> {
    let pending = this.pages.get(pathname);
    if (!pending) {
      pending = fetch(new URL(pathname, this.base), { redirect: 'manual' }).then(
        async (response) => ({
          status: response.status,
          html: await response.text(),
          link: response.headers.get('link'),
        }),
      );
      this.pages.set(pathname, pending);
    }
    return pending;
  }

  /** A static file, fetched once however many pages use it. */
  asset(pathname: string): Promise<Buffer> {
    let pending = this.cache.get(pathname);
    if (!pending) {
      pending = fetch(new URL(pathname, this.base)).then(async (response) => {
        if (!response.ok) throw new Error(`${pathname}: HTTP ${response.status}`);
        return Buffer.from(await response.arrayBuffer());
      });
      this.cache.set(pathname, pending);
    }
    return pending;
  }

  async total(paths: string[], measure: (b: Buffer) => Size = sizeOf): Promise<Size> {
    const sizes = await Promise.all(paths.map(async (p) => measure(await this.asset(p))));
    return sizes.reduce(add, ZERO);
  }
}

export async function measureTemplate(
  fetcher: Fetcher,
  template: Template,
): Promise<TemplateMeasure> {
  const { status, html, link } = await fetcher.page(template.path);
  const assets = extractAssets(html);
  assets.fonts = [...new Set([...assets.fonts, ...linkHeaderFonts(link)])];
  const rawOnly = (b: Buffer): Size => ({ raw: b.length, gzip: b.length });
  return {
    ...template,
    status,
    html: sizeOf(html),
    css: await fetcher.total(assets.stylesheets),
    js: await fetcher.total(assets.scripts),
    frameworkJs: await fetcher.total(assets.scripts.filter(isFrameworkScript)),
    inlineScripts: assets.inlineExecutable.length,
    fonts: (await fetcher.total(assets.fonts, rawOnly)).raw,
    rscPayload: sizeOf(assets.rscPayload.join('')),
    files: { scripts: assets.scripts, stylesheets: assets.stylesheets, fonts: assets.fonts },
  };
}
