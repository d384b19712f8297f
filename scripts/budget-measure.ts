import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractAssets, linkHeaderFonts } from './budget-assets';

/** Bytes as served: raw, and gzipped at zlib's default level (what `next start` sends). */
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
  /** JavaScript beyond the framework's own chunks (an empty App Router page's floor). */
  jsBeyondFramework: Size;
  /** woff2 is compressed already: raw bytes. */
  fonts: number;
  /** The inline RSC payload inside the HTML, and the markup beside it. */
  rscPayload: Size;
  markup: Size;
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

/** The framework's chunks, from the build manifest when the build folder is at hand. */
export async function frameworkChunks(distDir: string): Promise<Set<string> | undefined> {
  try {
    const manifest = JSON.parse(
      await readFile(path.join(distDir, 'build-manifest.json'), 'utf8'),
    ) as { rootMainFiles?: string[] };
    return new Set((manifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
  } catch {
    return undefined;
  }
}

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
  framework: Set<string>,
): Promise<TemplateMeasure> {
  const { status, html, link } = await fetcher.page(template.path);
  const assets = extractAssets(html);
  assets.fonts = [...new Set([...assets.fonts, ...linkHeaderFonts(link)])];
  const beyond = assets.scripts.filter((s) => !framework.has(s));
  const rawOnly = (b: Buffer): Size => ({ raw: b.length, gzip: b.length });
  return {
    ...template,
    status,
    html: sizeOf(html),
    css: await fetcher.total(assets.stylesheets),
    js: await fetcher.total(assets.scripts),
    jsBeyondFramework: await fetcher.total(beyond),
    fonts: (await fetcher.total(assets.fonts, rawOnly)).raw,
    rscPayload: sizeOf(assets.rscPayload.join('')),
    markup: sizeOf(assets.markup),
    files: { scripts: assets.scripts, stylesheets: assets.stylesheets, fonts: assets.fonts },
  };
}
