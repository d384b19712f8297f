import { SitePage } from '@/components/layout/site-page';
import { TagJsonLd } from '@/components/seo/tag-json-ld';
import type { tagListing } from '@/lib/queries/listing-pages';
import { strings } from '@/lib/strings';
import { tagPath } from '@/lib/urls';
import { ListingPage } from './listing-page';

type TagListing = NonNullable<Awaited<ReturnType<typeof tagListing>>>;

export function TagView({ tag, list, latest, sections }: TagListing) {
  return (
    <SitePage>
      <TagJsonLd tag={tag} articles={list.items} page={list.page} />
      <ListingPage
        trail={
          list.page > 1 ? [{ name: strings.tagHeading(tag.name), href: tagPath(tag.name) }] : []
        }
        title={strings.tagHeading(tag.name)}
        list={list}
        hrefFor={(page) => tagPath(tag.name, page)}
        sections={sections}
        latest={latest}
      />
    </SitePage>
  );
}
