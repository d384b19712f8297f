import type {
  Graph,
  NewsMediaOrganization,
  SearchAction,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import type { Page } from '../../content';
import { siteConfig } from '../../site-config';
import { absoluteUrl, pagePath } from '../../urls';
import { ORGANIZATION_ID, WEBSITE_ID } from './ids';

/** Standing pages Google's publisher guidance asks news organisations to point to. */
const POLICY_PAGES = {
  publishingPrinciples: 'pedoman-media-siber',
  masthead: 'redaksi',
  correctionsPolicy: 'hak-jawab',
} as const;

/** schema-dts admits a bare string for any type; ours are always objects. */
type Organisation = Exclude<NewsMediaOrganization, string>;

/** The publisher as every article names it: name, URL and logo. */
export function publisher(): Organisation {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ORGANIZATION_ID,
    name: siteConfig.name,
    url: absoluteUrl('/'),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(siteConfig.logo.src),
      width: { '@type': 'QuantitativeValue', value: siteConfig.logo.width, unitCode: 'E37' },
      height: { '@type': 'QuantitativeValue', value: siteConfig.logo.height, unitCode: 'E37' },
    },
  };
}

/** The full organisation, for the front page, with links to whichever policy pages exist. */
export function organization(pages: Page[]): Organisation {
  const slugs = new Set(pages.map((p) => p.slug));
  const policies = Object.fromEntries(
    Object.entries(POLICY_PAGES)
      .filter(([, slug]) => slugs.has(slug))
      .map(([property, slug]) => [property, absoluteUrl(pagePath(slug))]),
  );
  return {
    ...publisher(),
    legalName: siteConfig.legalName,
    description: siteConfig.description,
    email: siteConfig.email,
    telephone: siteConfig.phone,
    address: { '@type': 'PostalAddress', streetAddress: siteConfig.address, addressCountry: 'ID' },
    ...policies,
  };
}

export function website(): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl('/cari')}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    url: absoluteUrl('/'),
    name: siteConfig.name,
    description: siteConfig.description,
    inLanguage: siteConfig.lang,
    publisher: { '@id': ORGANIZATION_ID },
    potentialAction: search,
  };
}

/** The front page: who publishes the site, and the site itself with its search. */
export function homeJsonLd(pages: Page[]): Graph {
  return { '@context': 'https://schema.org', '@graph': [organization(pages), website()] };
}
