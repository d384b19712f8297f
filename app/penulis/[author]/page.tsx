import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorView } from '@/components/listing/author-view';
import { listAuthors } from '@/lib/content';
import { authorListing } from '@/lib/listing-pages';
import { authorMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ author: string }> };

export const revalidate = 300;

export async function generateStaticParams() {
  return (await listAuthors()).map((author) => ({ author: author.id }));
}

async function load(params: Props['params']) {
  const data = await authorListing((await params).author, 1);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await load(params)).author, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView {...await load(params)} />;
}
