import type { Metadata } from 'next';
import type { Article, Author, Page, Section, Tag } from '../content';
import { siteConfig } from '../site-config';
import { articlePath, authorPath, pagePath, sectionPath, tagPath } from '../urls';

/**
 * Metadata for each template, in one place. Pages call these from generateMetadata.
 * (Basic version: title, description, canonical. Open Graph, Twitter, robots and
 * article:* tags are filled in here, not in the pages.)
 */

export function homeMetadata(): Metadata {
  return {
    title: { absolute: `${siteConfig.name} - ${siteConfig.tagline}` },
    description: siteConfig.description,
    alternates: { canonical: '/' },
  };
}

export function articleMetadata(article: Article, authors: Author[], section: Section): Metadata {
  void authors;
  void section;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: articlePath(article) },
  };
}

export function sectionMetadata(section: Section, page: number): Metadata {
  return {
    title: page > 1 ? `${section.name} - Halaman ${page}` : section.name,
    description: section.description,
    alternates: { canonical: sectionPath(section.id, page) },
  };
}

export function tagMetadata(tag: Tag, page: number): Metadata {
  return {
    title: page > 1 ? `Tag: ${tag.name} - Halaman ${page}` : `Tag: ${tag.name}`,
    description: `Kumpulan berita tentang ${tag.name} di ${siteConfig.name}.`,
    alternates: { canonical: tagPath(tag.name, page) },
  };
}

export function authorMetadata(author: Author, page: number): Metadata {
  return {
    title: page > 1 ? `${author.name} - Halaman ${page}` : author.name,
    description: author.bio,
    alternates: { canonical: authorPath(author.id, page) },
  };
}

export function standingPageMetadata(page: Page): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: pagePath(page.slug) },
  };
}

export function searchMetadata(query: string): Metadata {
  return {
    title: query ? `Hasil pencarian "${query}"` : 'Cari berita',
    robots: { index: false, follow: true },
    alternates: { canonical: '/cari' },
  };
}
