/**
 * Every published article, found through the sitemaps the way a crawler finds them, checked
 * like the article template: HTML within its budget, no framework script, no inline script
 * but JSON-LD, no RSC payload. Measuring only.
 */
import { extractAssets } from './assets';
import { type Fetcher, isFrameworkScript, sizeOf } from './measure';

export interface ArticleCheck {
  path: string;
  htmlGzip: number;
  frameworkScripts: string[];
  inlineScripts: number;
  rscPayload: boolean;
}

const LOC = /<loc>([^<]+)<\/loc>/g;

async function locations(fetcher: Fetcher, pathname: string): Promise<string[]> {
  const { status, html: xml } = await fetcher.page(pathname);
  if (status !== 200) throw new Error(`${pathname}: HTTP ${status}`);
  return [...xml.matchAll(LOC)].map(
    (match) => new URL(match[1]!.replaceAll('&amp;', '&')).pathname,
  );
}

/** Article paths listed in the sitemap index's article sitemaps. */
export async function articlePaths(fetcher: Fetcher): Promise<string[]> {
  const sitemaps = (await locations(fetcher, '/sitemap.xml')).filter((p) => p.includes('articles'));
  const paths = (await Promise.all(sitemaps.map((s) => locations(fetcher, s)))).flat();
  return paths.filter((p) => p.startsWith('/berita/'));
}

export async function checkArticle(fetcher: Fetcher, path: string): Promise<ArticleCheck> {
  const { status, html } = await fetcher.page(path);
  if (status !== 200) throw new Error(`${path}: HTTP ${status}`);
  const assets = extractAssets(html);
  return {
    path,
    htmlGzip: sizeOf(html).gzip,
    frameworkScripts: assets.scripts.filter(isFrameworkScript),
    inlineScripts: assets.inlineExecutable.length,
    rscPayload: assets.rscPayload.length > 0,
  };
}
