import type { BreadcrumbList, WithContext } from 'schema-dts';
import { absoluteUrl } from '../../urls';

export interface BreadcrumbItem {
  name: string;
  path: string;
}

/** Positions start at 1; every item carries its absolute URL, the current page's included. */
export function breadcrumbJsonLd(items: BreadcrumbItem[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}
