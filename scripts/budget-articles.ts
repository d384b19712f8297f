/**
 * The inline RSC payload of every published article, found through the sitemaps the way a
 * crawler finds them. Measuring only.
 */
import { extractAssets } from './budget-assets';
import { type Fetcher, sizeOf } from './budget-measure';

export interface PayloadShare {
  path: string;
  /** The HTML as served (gzipped whole) over the markup without the payload (gzipped). */
  served: number;
  /** The payload scripts alone (gzipped) over the markup (gzipped). */
  payload: number;
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

export async function payloadShare(fetcher: Fetcher, path: string): Promise<PayloadShare> {
  const { status, html } = await fetcher.page(path);
  if (status !== 200) throw new Error(`${path}: HTTP ${status}`);
  const { markup, rscPayload } = extractAssets(html);
  const markupGzip = sizeOf(markup).gzip;
  return {
    path,
    served: sizeOf(html).gzip / markupGzip,
    payload: sizeOf(rscPayload.join('')).gzip / markupGzip,
  };
}
