import { Fragment } from 'react';
import { TagChips } from '@/components/tag-chips';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';

/** What closes the story: the verification note when due, its sources, its tags. */
export function ArticleFooter({ article }: { article: Article }) {
  return (
    <div className="article-footer__footer">
      {!article.verified && (
        <p className="article-footer__unverified">
          <em>({strings.unverifiedNote})</em>
        </p>
      )}
      {article.sources.length > 0 && (
        <p className="article-footer__sources">
          <strong>{strings.sources}:</strong>{' '}
          {article.sources.map((source, index) => (
            <Fragment key={source.name}>
              {index > 0 && ', '}
              {source.url ? <a href={source.url}>{source.name}</a> : source.name}
            </Fragment>
          ))}
        </p>
      )}
      {article.tags.length > 0 && (
        <div className="article-footer__tags">
          <h2 className="article-footer__tags-heading">{strings.tags}</h2>
          <TagChips tags={article.tags} />
        </div>
      )}
    </div>
  );
}
