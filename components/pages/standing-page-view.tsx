import { ArticleBody } from '@/components/article/article-body';
import { SitePage } from '@/components/layout/site-page';
import { PageHeading } from '@/components/page-heading';
import { TimeStamp } from '@/components/time-stamp';
import type { Page } from '@/lib/content';
import { renderPageBodyHtml } from '@/lib/content/render-body';
import { strings } from '@/lib/strings';

/** Redaksi, Tentang Kami, Pedoman Media Siber and the other pages about the newsroom. */
export function StandingPageView({ page }: { page: Page }) {
  return (
    <SitePage>
      <div className="container">
        <article className="standing-page-view__page">
          <PageHeading trail={[]} title={page.title}>
            <p className="meta">
              {strings.updated} <TimeStamp date={page.updatedAt} format="long" />
            </p>
          </PageHeading>
          <ArticleBody html={renderPageBodyHtml(page)} />
        </article>
      </div>
    </SitePage>
  );
}
