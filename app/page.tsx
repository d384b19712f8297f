import type { Metadata } from 'next';
import { FrontPage } from '@/components/home/front-page';
import { listArticlesBySection, listLatestArticles, listSections } from '@/lib/content';
import { homeMetadata } from '@/lib/seo/metadata';

// Scheduled articles reach the front page within five minutes of their publication time.
export const revalidate = 300;

const SECTION_BLOCK_SIZE = 4;

export function generateMetadata(): Metadata {
  return homeMetadata();
}

export default async function HomePage() {
  const [latest, sections] = await Promise.all([listLatestArticles(12), listSections()]);
  const sectionLists = await Promise.all(sections.map((s) => listArticlesBySection(s.id, 1)));
  const blocks = sections.map((section, i) => ({
    section,
    articles: sectionLists[i]?.items.slice(0, SECTION_BLOCK_SIZE) ?? [],
  }));
  return <FrontPage latest={latest} sections={sections} blocks={blocks} />;
}
