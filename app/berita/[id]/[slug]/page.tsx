import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleFooter } from '@/components/article/article-footer';
import { ArticleHeader } from '@/components/article/article-header';
import { AuthorBox } from '@/components/article/author-box';
import { Corrections } from '@/components/article/corrections';
import { HeroFigure } from '@/components/article/hero-figure';
import { RelatedArticles } from '@/components/article/related-articles';
import { SitePage } from '@/components/layout/site-page';
import { ArticleJsonLd } from '@/components/seo/article-json-ld';
import { ShareTools } from '@/components/share/share-tools';
import { LatestNews } from '@/components/listing/latest-news';
import { WithdrawnArticle } from '@/components/withdrawn/withdrawn-article';
import {
  findArticle,
  getArticle,
  getArticleAuthors,
  getSection,
  listArticleIds,
  listLatestArticles,
  listRelatedArticles,
} from '@/lib/content';
import { renderArticleBodyHtml } from '@/lib/content/render-body';
import { articleMetadata, withdrawnArticleMetadata } from '@/lib/seo/metadata';
import { articlePath } from '@/lib/urls';
import styles from './page.module.css';

type Props = { params: Promise<{ id: string; slug: string }> };

// Known articles are built ahead; a new or scheduled one renders on first request and is
// re-checked every five minutes, so a 404 cached before its publication time does not stick.
export const dynamicParams = true;
export const revalidate = 300;

export async function generateStaticParams() {
  const articles = await Promise.all((await listArticleIds()).map((id) => getArticle(id)));
  return articles.flatMap((article) => (article ? [{ id: article.id, slug: article.slug }] : []));
}

/** The article and its section, or 404; an old or wrong slug answers 308 to the canonical URL. */
async function loadArticle(params: Props['params']) {
  const { id, slug } = await params;
  const article = await getArticle(id);
  if (!article) notFound();
  if (article.slug !== slug) permanentRedirect(articlePath(article));
  const section = await getSection(article.section);
  if (!section) notFound();
  return { article, section };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const gone = await findArticle((await params).id);
  if (gone?.state === 'withdrawn') return withdrawnArticleMetadata(gone.article);
  const { article, section } = await loadArticle(params);
  return articleMetadata(article, await getArticleAuthors(article), section);
}

export default async function ArticlePage({ params }: Props) {
  // A withdrawn article keeps its URL, answered 410 by proxy.ts, to say why it was withdrawn.
  const gone = await findArticle((await params).id);
  if (gone?.state === 'withdrawn') return <WithdrawnArticle article={gone.article} />;
  const { article, section } = await loadArticle(params);
  const [authors, related, latest] = await Promise.all([
    getArticleAuthors(article),
    listRelatedArticles(article, 4),
    listLatestArticles(7),
  ]);
  return (
    <SitePage location={{ kind: 'section', sectionId: section.id, exact: false }}>
      <div className={`container ${styles.layout}`}>
        <article className={styles.article}>
          <ArticleHeader article={article} authors={authors} section={section} />
          <Corrections corrections={article.corrections} />
          <HeroFigure image={article.image} />
          <ShareTools article={article} />
          <ArticleBody html={await renderArticleBodyHtml(article)} />
          <ArticleFooter article={article} />
          <AuthorBox authors={authors} />
          <RelatedArticles articles={related} />
        </article>
        <div className={styles.aside}>
          <LatestNews
            articles={latest.filter((a) => a.id !== article.id).slice(0, 6)}
            headingId="terkini"
          />
        </div>
      </div>
      {/* Last: crawlers read it anywhere, and the inline RSC payload then carries the body
          close enough to the markup's copy for gzip to share them. */}
      <ArticleJsonLd article={article} authors={authors} section={section} />
    </SitePage>
  );
}
