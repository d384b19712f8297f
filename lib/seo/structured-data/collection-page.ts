import type { CollectionPage, Person, WithContext } from 'schema-dts';
import type { Article, Author } from '../../content';
import { siteConfig } from '../../site-config';
import { absoluteUrl, articlePath, authorPath } from '../../urls';
import { ORGANIZATION_ID, WEBSITE_ID, pageId } from './ids';

export interface CollectionInput {
  name: string;
  description: string;
  path: string;
  /** The articles listed on this page, in order. */
  articles: Pick<Article, 'id' | 'slug' | 'title'>[];
  /** What the collection is about, e.g. the author's Person @id. */
  aboutId?: string;
}

/** A section, tag or author listing page: what it is and which articles it lists. */
export function collectionPageJsonLd(input: CollectionInput): WithContext<CollectionPage> {
  const url = absoluteUrl(input.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: input.name,
    description: input.description,
    inLanguage: siteConfig.lang,
    isPartOf: { '@id': WEBSITE_ID },
    ...(input.aboutId ? { about: { '@id': input.aboutId } } : {}),
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: input.articles.map((a, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(articlePath(a)),
        name: a.title,
      })),
    },
  };
}

export function personId(author: Pick<Author, 'id'>): string {
  return pageId(authorPath(author.id), 'person');
}

export function personJsonLd(author: Author): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': personId(author),
    name: author.name,
    url: absoluteUrl(authorPath(author.id)),
    jobTitle: author.role,
    description: author.bio,
    worksFor: { '@id': ORGANIZATION_ID },
    ...(author.sameAs.length ? { sameAs: author.sameAs } : {}),
  };
}
