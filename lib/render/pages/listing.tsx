import { AuthorView } from '@/components/listing/author-view';
import { SectionView } from '@/components/listing/section-view';
import { TagView } from '@/components/listing/tag-view';
import { listAuthors, listSections } from '@/lib/queries';
import {
  authorListing,
  authorPageParams,
  prerenderedTags,
  sectionListing,
  sectionPageParams,
  tagListing,
  tagPageParams,
} from '@/lib/queries/listing-pages';
import { parsePageNumber } from '@/lib/pagination';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';
import { authorMetadata, sectionMetadata, tagMetadata } from '@/lib/seo/metadata';
import { authorPath, sectionPath, tagPath } from '@/lib/urls';
import { permanentRedirectTo, renderDocument, renderNotFound } from '../render-document';

/**
 * The section, tag and author listings: one route shape for all three, first page at
 * "/<kind>/<key>" and later pages at "/<kind>/<key>/halaman/<n>" (app/kanal, app/tag,
 * app/penulis each hold two thin route files that call listingRoute).
 */

export type ListingParams = { key: string; page?: string };

const listings = {
  section: {
    keys: async () => (await listSections()).map((s) => s.id),
    laterPages: async () =>
      (await sectionPageParams()).map(({ section, page }) => ({ key: section, page })),
    basePath: (key: string) => sectionPath(key),
    tags: routeTags.section,
    render: async (key: string, page: number) => {
      const data = await sectionListing(key, page);
      return (
        data && { metadata: sectionMetadata(data.section, page), body: <SectionView {...data} /> }
      );
    },
  },
  tag: {
    keys: async () => (await prerenderedTags()).map((t) => t.slug),
    laterPages: async () => (await tagPageParams()).map(({ tag, page }) => ({ key: tag, page })),
    basePath: (key: string) => tagPath(key),
    tags: routeTags.tag,
    render: async (key: string, page: number) => {
      const data = await tagListing(key, page);
      return data && { metadata: tagMetadata(data.tag, page), body: <TagView {...data} /> };
    },
  },
  author: {
    keys: async () => (await listAuthors()).map((a) => a.id),
    laterPages: async () =>
      (await authorPageParams()).map(({ author, page }) => ({ key: author, page })),
    basePath: (key: string) => authorPath(key),
    tags: routeTags.author,
    render: async (key: string, page: number) => {
      const data = await authorListing(key, page);
      return (
        data && { metadata: authorMetadata(data.author, page), body: <AuthorView {...data} /> }
      );
    },
  },
};

export type ListingKind = keyof typeof listings;

/** GET and generateStaticParams for a listing's first page ("first") or later pages. */
export function listingRoute(kind: ListingKind, which: 'first' | 'later') {
  const listing = listings[kind];
  return {
    async generateStaticParams(): Promise<ListingParams[]> {
      return which === 'first'
        ? (await listing.keys()).map((key) => ({ key }))
        : listing.laterPages();
    },
    async GET(_request: Request, context: { params: Promise<ListingParams> }) {
      const { key, page } = await context.params;
      // Every page of the listing, later ones included, and its 404 follow the list's tags.
      await tagRoute(listing.tags(key));
      let number = 1;
      if (page !== undefined) {
        const parsed = parsePageNumber(page);
        if (parsed.kind === 'first') return permanentRedirectTo(listing.basePath(key));
        if (parsed.kind === 'invalid') return renderNotFound();
        number = parsed.page;
      }
      const rendered = await listing.render(key, number);
      return rendered ? renderDocument(rendered) : renderNotFound();
    },
  };
}
