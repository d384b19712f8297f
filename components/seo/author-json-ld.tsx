import type { Article, Author } from '@/lib/content';
import {
  collectionPageJsonLd,
  personId,
  personJsonLd,
} from '@/lib/seo/structured-data/collection-page';
import { authorPath } from '@/lib/urls';
import { JsonLd } from './json-ld';

/** An author page: the Person, and the CollectionPage of their articles (this page's share). */
export function AuthorJsonLd(props: { author: Author; articles: Article[]; page: number }) {
  const { author, articles, page } = props;
  return (
    <>
      <JsonLd data={personJsonLd(author)} />
      <JsonLd
        data={collectionPageJsonLd({
          name: author.name,
          description: author.bio,
          path: authorPath(author.id, page),
          articles,
          aboutId: personId(author),
        })}
      />
    </>
  );
}
