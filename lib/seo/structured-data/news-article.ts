import type { CorrectionComment, CreativeWork, NewsArticle, WithContext } from 'schema-dts';
import type { Article, Author, Section } from '../../content';
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
  };
}
