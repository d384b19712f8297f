import { SitePage } from '@/components/layout/site-page';
import { AuthorJsonLd } from '@/components/seo/author-json-ld';
import type { authorListing } from '@/lib/queries/listing-pages';
import { authorPath } from '@/lib/urls';
import { ListingPage } from './listing-page';

type AuthorListing = NonNullable<Awaited<ReturnType<typeof authorListing>>>;

export function AuthorView({ author, list, latest, sections }: AuthorListing) {
  const profile = (
    <div className="author-view__profile">
      <p className="author-view__role">{author.role}</p>
      {list.page === 1 && <p className="author-view__bio">{author.bio}</p>}
    </div>
  );
  return (
    <SitePage>
      <AuthorJsonLd author={author} articles={list.items} page={list.page} />
      <ListingPage
        trail={list.page > 1 ? [{ name: author.name, href: authorPath(author.id) }] : []}
        title={author.name}
        intro={profile}
        list={list}
        hrefFor={(page) => authorPath(author.id, page)}
        sections={sections}
        latest={latest}
      />
    </SitePage>
  );
}
