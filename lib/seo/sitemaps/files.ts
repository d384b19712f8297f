import { absoluteUrl } from '../../urls';
import { planSitemaps, type SitemapFile } from './plan';
import { sitemapGroups } from './groups';
import type { SitemapRef } from './xml';

export function sitemapFilePath(name: string): string {
  return `/sitemaps/${name}`;
}

export async function listSitemapFiles(): Promise<SitemapFile[]> {
  return planSitemaps(await sitemapGroups());
}

export async function findSitemapFile(name: string): Promise<SitemapFile | undefined> {
  return (await listSitemapFiles()).find((f) => f.name === name);
}

export async function sitemapRefs(): Promise<SitemapRef[]> {
  return (await listSitemapFiles()).map((f) => ({
    loc: absoluteUrl(sitemapFilePath(f.name)),
    lastmod: f.lastmod,
  }));
}
