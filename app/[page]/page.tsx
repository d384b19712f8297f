import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StandingPageView } from '@/components/pages/standing-page-view';
import { getPage, listPages } from '@/lib/content';
import { standingPageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ page: string }> };

// Only the pages in content/pages exist; any other top-level path is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listPages()).map((page) => ({ page: page.slug }));
}

async function load(params: Props['params']) {
  const page = await getPage((await params).page);
  if (!page) notFound();
  return page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return standingPageMetadata(await load(params));
}

export default async function StandingPage({ params }: Props) {
  return <StandingPageView page={await load(params)} />;
}
