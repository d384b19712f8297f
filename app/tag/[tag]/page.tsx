import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagView } from '@/components/listing/tag-view';
import { listTags } from '@/lib/content';
import { tagListing } from '@/lib/listing-pages';
import { tagMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ tag: string }> };

export const revalidate = 300;

export async function generateStaticParams() {
  return (await listTags()).map((tag) => ({ tag: tag.slug }));
}

async function load(params: Props['params']) {
  const data = await tagListing((await params).tag, 1);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata((await load(params)).tag, 1);
}

export default async function TagPage({ params }: Props) {
  return <TagView {...await load(params)} />;
}
