import type { Article, Author, Section, Tag } from '../content';
import { formatDateTimeWib } from '../dates';
import { siteConfig } from '../site-config';
import { fingerprint } from './hash';

/** What a share image (1200×630 PNG) shows. Its fingerprint is part of its URL. */
export type ShareCardKind = 'berita' | 'kanal' | 'tag' | 'penulis' | 'situs';

export interface ShareCard {
  kind: ShareCardKind;
  /** Article id, section id, tag slug, author id, or "beranda". */
  key: string;
  eyebrow: string;
  title: string;
  meta: string;
  /** Public path of a photo (articles only). */
  photo?: string;
  alt: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const SHARE_IMAGE_TYPE = 'image/png';

export function articleCard(article: Article, section: Section): ShareCard {
  return {
    kind: 'berita',
    key: article.id,
    eyebrow: section.name,
    title: article.title,
    meta: formatDateTimeWib(article.publishedAt),
    photo: article.image.src,
    alt: article.image.alt,
  };
}

export function sectionCard(section: Section): ShareCard {
  return {
    kind: 'kanal',
    key: section.id,
    eyebrow: 'Kanal',
    title: section.name,
    meta: section.description,
    alt: `${section.name} - ${siteConfig.name}`,
  };
}

export function tagCard(tag: Tag): ShareCard {
  return {
    kind: 'tag',
    key: tag.slug,
    eyebrow: 'Tag',
    title: tag.name,
    meta: `Kumpulan berita tentang ${tag.name}`,
    alt: `Tag ${tag.name} - ${siteConfig.name}`,
  };
}

export function authorCard(author: Author): ShareCard {
  return {
    kind: 'penulis',
    key: author.id,
    eyebrow: author.role,
    title: author.name,
    meta: `Penulis di ${siteConfig.name}`,
    alt: `${author.name}, ${author.role} - ${siteConfig.name}`,
  };
}

export function siteCard(): ShareCard {
  return {
    kind: 'situs',
    key: 'beranda',
    eyebrow: siteConfig.url.replace(/^https?:\/\//, ''),
    title: siteConfig.name,
    meta: siteConfig.tagline,
    alt: `${siteConfig.name} - ${siteConfig.tagline}`,
  };
}

export function cardVersion(card: ShareCard): string {
  return fingerprint([card.eyebrow, card.title, card.meta, card.photo ?? '']);
}

/** "/og/berita/9c6a2a35/1a2b3c4d5e6f.png": changes whenever what the image shows changes. */
export function shareImagePath(card: ShareCard): string {
  return `/og/${card.kind}/${encodeURIComponent(card.key)}/${cardVersion(card)}.png`;
}
