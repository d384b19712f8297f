import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionView } from '@/components/listing/section-view';
import { listSections } from '@/lib/content';
import { sectionListing } from '@/lib/listing-pages';
import { sectionMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ section: string }> };

// Scheduled articles join the list once their time has come.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await listSections()).map((section) => ({ section: section.id }));
}

async function load(params: Props['params']) {
  const data = await sectionListing((await params).section, 1);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await load(params)).section, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionView {...await load(params)} />;
}
