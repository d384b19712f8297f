import { notFound, permanentRedirect } from 'next/navigation';
import { getArticle, listArticleIds } from '@/lib/content';
import { articlePath } from '@/lib/urls';

/** "/berita/<id>" alone: 308 to the canonical URL with the current slug. */

export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams() {
  const ids = await listArticleIds();
  return ids.map((id) => ({ id }));
}

export default async function ArticleIdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const article = await getArticle(id);
  if (!article) notFound();
  permanentRedirect(articlePath(article));
}
