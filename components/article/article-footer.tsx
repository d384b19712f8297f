import { Fragment } from 'react';
import { TagChips } from '@/components/tag-chips';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';
import styles from './article-footer.module.css';

/** What closes the story: the verification note when due, its sources, its tags. */
export function ArticleFooter({ article }: { article: Article }) {
  return (
    <div className={styles.footer}>
      {!article.verified && (
        <p className={styles.unverified}>
          <em>({strings.unverifiedNote})</em>
        </p>
      )}
      {article.sources.length > 0 && (
        <p className={styles.sources}>
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
        <div className={styles.tags}>
          <h2 className={styles.tagsHeading}>{strings.tags}</h2>
          <TagChips tags={article.tags} />
        </div>
      )}
    </div>
  );
}
