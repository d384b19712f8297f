import type { Article, Section } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data/breadcrumbs';
import { collectionPageJsonLd } from '@/lib/seo/structured-data/collection-page';
import { strings } from '@/lib/strings';
import { sectionPath } from '@/lib/urls';
import { JsonLd } from './json-ld';

/** A section page: CollectionPage of the articles shown, and the BreadcrumbList Beranda › section. */
export function SectionJsonLd(props: { section: Section; articles: Article[]; page: number }) {
  const { section, articles, page } = props;
  return (
    <>
      <JsonLd
        data={collectionPageJsonLd({
          name: section.name,
          description: section.description,
          path: sectionPath(section.id, page),
          articles,
        })}
      />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: strings.home, path: '/' },
          { name: section.name, path: sectionPath(section.id) },
        ])}
      />
    </>
  );
}
