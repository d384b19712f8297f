import { SitePage } from '@/components/layout/site-page';
import { TimeStamp } from '@/components/time-stamp';
import { getPage, type Article } from '@/lib/queries';
import { formatDateTimeWib } from '@/lib/dates';
import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';
import { pagePath } from '@/lib/urls';

/**
 * What a withdrawn article's URL shows instead of the story: when and why it was withdrawn, as
 * the Pedoman Media Siber requires, answered with status 410 (lib/render/pages/article.tsx).
 */
export async function WithdrawnArticle({ article }: { article: Article }) {
  const policy = await getPage('pedoman-media-siber');
  return (
    <SitePage>
      <div className="container withdrawn-article__notice">
        <h1>{strings.withdrawnTitle}</h1>
        <p>
          {strings.withdrawnIntro(
            siteConfig.name,
            article.title,
            formatDateTimeWib(article.publishedAt),
          )}
        </p>
        {article.withdrawn && (
          <>
            <p className="withdrawn-article__date">
              {strings.withdrawnOn} <TimeStamp date={article.withdrawn.date} format="long" />
            </p>
            <h2>{strings.withdrawnReason}</h2>
            <p className="withdrawn-article__reason">{article.withdrawn.reason}</p>
          </>
        )}
        <p>
          {policy ? (
            <a href={pagePath(policy.slug)}>{strings.withdrawnPolicy}</a>
          ) : (
            strings.withdrawnPolicy
          )}
        </p>
        <p>
          <a href="/">{strings.backToHome}</a>
        </p>
      </div>
    </SitePage>
  );
}
