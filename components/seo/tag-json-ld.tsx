import type { Article, Tag } from '@/lib/content';
import { collectionPageJsonLd } from '@/lib/seo/structured-data/collection-page';
import { tagDescription } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/urls';
import { JsonLd } from './json-ld';

/** A tag page: CollectionPage of the articles shown. */
export function TagJsonLd(props: { tag: Tag; articles: Article[]; page: number }) {
  const { tag, articles, page } = props;
  return (
    <JsonLd
      data={collectionPageJsonLd({
        name: `Tag: ${tag.name}`,
        description: tagDescription(tag),
        path: tagPath(tag.name, page),
        articles,
      })}
    />
  );
}
