import { SitePage } from '@/components/layout/site-page';
import { SectionJsonLd } from '@/components/seo/section-json-ld';
import type { sectionListing } from '@/lib/queries/listing-pages';
import { sectionPath } from '@/lib/urls';
import { ListingPage } from './listing-page';

type SectionListing = NonNullable<Awaited<ReturnType<typeof sectionListing>>>;

export function SectionView({ section, list, latest }: SectionListing) {
  return (
    <SitePage location={{ kind: 'section', sectionId: section.id, exact: list.page === 1 }}>
      <SectionJsonLd section={section} articles={list.items} page={list.page} />
      <ListingPage
        trail={list.page > 1 ? [{ name: section.name, href: sectionPath(section.id) }] : []}
        title={section.name}
        intro={list.page === 1 ? <p>{section.description}</p> : undefined}
        list={list}
        hrefFor={(page) => sectionPath(section.id, page)}
        latest={latest}
      />
    </SitePage>
  );
}
