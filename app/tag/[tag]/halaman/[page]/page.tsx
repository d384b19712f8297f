import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TagView } from '@/components/listing/tag-view';
import { tagPageParams, tagListing } from '@/lib/listing-pages';
import { parsePageNumber } from '@/lib/pagination';
import { tagMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/urls';

type Props = { params: Promise<{ tag: string; page: string }> };

export const revalidate = 300;

export async function generateStaticParams() {
  return tagPageParams();
}

async function load(params: Props['params']) {
  const { tag, page } = await params;
  const number = parsePageNumber(page);
  if (number.kind === 'first') permanentRedirect(tagPath(tag));
  if (number.kind === 'invalid') notFound();
  const data = await tagListing(tag, number.page);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, list } = await load(params);
  return tagMetadata(tag, list.page);
}

export default async function TagPageN({ params }: Props) {
  return <TagView {...await load(params)} />;
}
