import { FrontPage } from '@/components/home/front-page';
import { listArticlesBySection, listLatestArticles, listSections } from '@/lib/queries';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';
import { homeMetadata } from '@/lib/seo/metadata';
import { renderDocument } from '../render-document';

const SECTION_BLOCK_SIZE = 4;

/** The front page: the lead, its companions, the latest news and a block per section. */
export async function frontPageResponse(): Promise<Response> {
  await tagRoute(routeTags.front());
  const [latest, sections] = await Promise.all([listLatestArticles(12), listSections()]);
  const sectionLists = await Promise.all(sections.map((s) => listArticlesBySection(s.id, 1)));
  const blocks = sections.map((section, i) => ({
    section,
    articles: sectionLists[i]?.items.slice(0, SECTION_BLOCK_SIZE) ?? [],
  }));
  return renderDocument({
    metadata: homeMetadata(),
    body: <FrontPage latest={latest} sections={sections} blocks={blocks} />,
  });
}
