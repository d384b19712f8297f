import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SectionView } from '@/components/listing/section-view';
import { sectionPageParams, sectionListing } from '@/lib/listing-pages';
import { parsePageNumber } from '@/lib/pagination';
import { sectionMetadata } from '@/lib/seo/metadata';
import { sectionPath } from '@/lib/urls';

type Props = { params: Promise<{ section: string; page: string }> };

export const revalidate = 300;

export async function generateStaticParams() {
  return sectionPageParams();
}

async function load(params: Props['params']) {
  const { section, page } = await params;
  const number = parsePageNumber(page);
  if (number.kind === 'first') permanentRedirect(sectionPath(section));
  if (number.kind === 'invalid') notFound();
  const data = await sectionListing(section, number.page);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, list } = await load(params);
  return sectionMetadata(section, list.page);
}

export default async function SectionPageN({ params }: Props) {
  return <SectionView {...await load(params)} />;
}
