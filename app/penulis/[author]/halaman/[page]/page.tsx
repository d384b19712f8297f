import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorView } from '@/components/listing/author-view';
import { authorPageParams, authorListing } from '@/lib/listing-pages';
import { parsePageNumber } from '@/lib/pagination';
import { authorMetadata } from '@/lib/seo/metadata';
import { authorPath } from '@/lib/urls';

type Props = { params: Promise<{ author: string; page: string }> };

export const revalidate = 300;

export async function generateStaticParams() {
  return authorPageParams();
}

async function load(params: Props['params']) {
  const { author, page } = await params;
  const number = parsePageNumber(page);
  if (number.kind === 'first') permanentRedirect(authorPath(author));
  if (number.kind === 'invalid') notFound();
  const data = await authorListing(author, number.page);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { author, list } = await load(params);
  return authorMetadata(author, list.page);
}

export default async function AuthorPageN({ params }: Props) {
  return <AuthorView {...await load(params)} />;
}
