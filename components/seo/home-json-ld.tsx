import { listPages } from '@/lib/queries';
import { homeJsonLd } from '@/lib/seo/structured-data/organization';
import { JsonLd } from './json-ld';

/** WebSite (with its SearchAction) and NewsMediaOrganization, for the front page. */
export async function HomeJsonLd() {
  return <JsonLd data={homeJsonLd(await listPages())} />;
}
