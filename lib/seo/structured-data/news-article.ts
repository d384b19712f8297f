import type {
  CorrectionComment,
  CreativeWork,
  ImageObject,
  NewsArticle,
  WithContext,
} from 'schema-dts';
import type { Article, Author, Section } from '../../content';
import { galleryPhotos } from '../../content/body-text';
import { parseDocument } from '../../content/document';
import { toIsoWib } from '../../dates';
import { siteConfig } from '../../site-config';
import { absoluteUrl, articlePath, authorPath } from '../../urls';
import { CROP_NAMES, cropPath } from '../image-crops';
import { pageId } from './ids';
import { publisher } from './organization';

function source(s: Article['sources'][number]): CreativeWork {
  return s.url
    ? { '@type': 'CreativeWork', name: s.name, url: s.url }
    : { '@type': 'CreativeWork', name: s.name };
}

function correction(c: Article['corrections'][number]): CorrectionComment {
  return { '@type': 'CorrectionComment', text: c.text, datePublished: toIsoWib(c.date) };
}

const pixels = (value: number) => ({
  '@type': 'QuantitativeValue' as const,
  value,
  unitCode: 'E37',
});

/** The body's gallery photos, as the page shows them: caption, credit and pixel size. */
function galleryMedia(article: Article): ImageObject[] {
  return galleryPhotos(parseDocument(article.body).body).map((photo) => {
    const size = article.bodyImages[photo.src];
    return {
      '@type': 'ImageObject',
      contentUrl: absoluteUrl(photo.src),
      description: photo.alt,
      ...(photo.caption ? { caption: photo.caption } : {}),
      ...(photo.credit ? { creditText: photo.credit } : {}),
      ...(size ? { width: pixels(size.width), height: pixels(size.height) } : {}),
    };
  });
}

/**
 * Google's Article structured data: dates in WIB with their offset, exactly as the page's
 * <time datetime> shows them; authors as Persons with name and URL only; three image crops.
 */
export function newsArticleJsonLd(
  article: Article,
  authors: Author[],
  section: Section,
): WithContext<NewsArticle> {
  const path = articlePath(article);
  const url = absoluteUrl(path);
  const media = galleryMedia(article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': pageId(path, 'article'),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.title,
    description: article.summary,
    image: CROP_NAMES.map((crop) => absoluteUrl(cropPath(article.id, crop, article.image))),
    datePublished: toIsoWib(article.publishedAt),
    dateModified: toIsoWib(article.modifiedAt),
    author: authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absoluteUrl(authorPath(a.id)),
    })),
    publisher: publisher(),
    articleSection: section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: siteConfig.lang,
    isAccessibleForFree: true,
    wordCount: article.wordCount,
    ...(article.sources.length ? { citation: article.sources.map(source) } : {}),
    ...(article.corrections.length ? { correction: article.corrections.map(correction) } : {}),
    // Gallery photos; `image` stays the hero's crops, what search results show.
    ...(media.length ? { associatedMedia: media } : {}),
  };
}
