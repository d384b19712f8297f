import type { Metadata } from 'next';
import type { Article, Author, Page, Section, Tag } from '../content';
import { toIsoWib } from '../dates';
import { siteConfig } from '../site-config';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  feedPath,
  pagePath,
  sectionFeedPath,
  sectionPath,
  tagPath,
} from '../urls';
import {
  articleCard,
  authorCard,
  sectionCard,
  SHARE_IMAGE_SIZE,
  SHARE_IMAGE_TYPE,
  shareImagePath,
  siteCard,
  tagCard,
  type ShareCard,
} from './share-card';
import { truncateAtWord } from './truncate';

/**
 * Metadata for each template, in one place; pages call these from generateMetadata. Each builder
 * returns the whole head (canonical, robots, Open Graph, Twitter, feed links) because Next
 * replaces, not merges, these keys between layout and page.
 */

const TWITTER_TITLE_MAX = 70;
const TWITTER_DESCRIPTION_MAX = 200;

const indexable: Metadata['robots'] = { index: true, follow: true, 'max-image-preview': 'large' };

type OpenGraphArticle = Extract<NonNullable<Metadata['openGraph']>, { type: 'article' }>;

interface PageHead {
  /** The <title> before the layout's " - Riau24" template (unless absolute). */
  title: string | { absolute: string };
  /** Og/Twitter title: the page's own name, no branding. */
  socialTitle: string;
  description: string;
  path: string;
  card: ShareCard;
  section?: Section;
  article?: Omit<OpenGraphArticle, 'type'>;
  robots?: Metadata['robots'];
}

function feedAlternates(section?: Section): NonNullable<Metadata['alternates']>['types'] {
  const rss = [{ url: feedPath('rss'), title: `${siteConfig.name} - Berita Terkini` }];
  if (section) {
    rss.push({ url: sectionFeedPath(section.id), title: `${siteConfig.name} - ${section.name}` });
  }
  return {
    'application/rss+xml': rss,
    'application/atom+xml': [{ url: feedPath('atom'), title: `${siteConfig.name} (Atom)` }],
    'application/feed+json': [{ url: feedPath('json'), title: `${siteConfig.name} (JSON Feed)` }],
  };
}

function pageHead(head: PageHead): Metadata {
  const url = absoluteUrl(head.path);
  const image = {
    url: absoluteUrl(shareImagePath(head.card)),
    ...SHARE_IMAGE_SIZE,
    alt: head.card.alt,
    type: SHARE_IMAGE_TYPE,
  };
  const common = {
    title: head.socialTitle,
    description: head.description,
    url,
    siteName: siteConfig.name,
    locale: siteConfig.ogLocale,
    images: [image],
  };
  return {
    title: head.title,
    description: head.description,
    alternates: { canonical: url, types: feedAlternates(head.section) },
    robots: head.robots ?? indexable,
    openGraph: head.article
      ? { ...common, type: 'article', ...head.article }
      : { ...common, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title: truncateAtWord(head.socialTitle, TWITTER_TITLE_MAX),
      description: truncateAtWord(head.description, TWITTER_DESCRIPTION_MAX),
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export function homeMetadata(): Metadata {
  return pageHead({
    title: { absolute: `${siteConfig.name} - ${siteConfig.tagline}` },
    socialTitle: siteConfig.name,
    description: siteConfig.description,
    path: '/',
    card: siteCard(),
  });
}

export function articleMetadata(article: Article, authors: Author[], section: Section): Metadata {
  return {
    ...pageHead({
      title: article.title,
      socialTitle: article.title,
      description: article.summary,
      path: articlePath(article),
      card: articleCard(article, section),
      section,
      article: {
        publishedTime: toIsoWib(article.publishedAt),
        modifiedTime: toIsoWib(article.modifiedAt),
        authors: authors.map((a) => absoluteUrl(authorPath(a.id))),
        section: section.name,
        tags: article.tags.map((t) => t.name),
      },
    }),
    authors: authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.id)) })),
  };
}

function pageSuffix(page: number): string {
  return page > 1 ? ` - Halaman ${page}` : '';
}

export function sectionMetadata(section: Section, page: number): Metadata {
  return pageHead({
    title: `${section.name}${pageSuffix(page)}`,
    socialTitle: `${section.name}${pageSuffix(page)}`,
    description: section.description,
    path: sectionPath(section.id, page),
    card: sectionCard(section),
    section,
  });
}

export function tagDescription(tag: Tag): string {
  return `Kumpulan berita tentang ${tag.name} di ${siteConfig.name}.`;
}

export function tagMetadata(tag: Tag, page: number): Metadata {
  return pageHead({
    title: `Tag: ${tag.name}${pageSuffix(page)}`,
    socialTitle: `Tag: ${tag.name}${pageSuffix(page)}`,
    description: tagDescription(tag),
    path: tagPath(tag.name, page),
    card: tagCard(tag),
  });
}

export function authorMetadata(author: Author, page: number): Metadata {
  return pageHead({
    title: `${author.name}${pageSuffix(page)}`,
    socialTitle: `${author.name}${pageSuffix(page)}`,
    description: author.bio,
    path: authorPath(author.id, page),
    card: authorCard(author),
  });
}

export function standingPageMetadata(page: Page): Metadata {
  return pageHead({
    title: page.title,
    socialTitle: page.title,
    description: page.description,
    path: pagePath(page.slug),
    card: siteCard(),
  });
}

export function searchMetadata(query: string): Metadata {
  const title = query ? `Hasil pencarian "${query}"` : 'Cari berita';
  return pageHead({
    title,
    socialTitle: title,
    description: `Cari berita di ${siteConfig.name}.`,
    path: '/cari',
    card: siteCard(),
    robots: { index: false, follow: true },
  });
}

/** A withdrawn article (answered 410): says so, and asks not to be indexed. */
export function withdrawnArticleMetadata(article: Article): Metadata {
  return {
    title: `Berita dicabut: ${article.title}`,
    description: article.withdrawn?.reason,
    robots: { index: false, follow: true },
  };
}
