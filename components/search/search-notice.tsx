import type { ReactNode } from 'react';
import type { Tag } from '@/lib/content';
import { TagChips } from '@/components/tag-chips';
import styles from './search-page.module.css';

interface SearchNoticeProps {
  children: ReactNode;
  /** Topics to offer instead, when the search found nothing to show. */
  topics?: Tag[];
  topicsHeading?: string;
}

/** What the page says instead of results: the empty form, no results, an odd query. */
export function SearchNotice({ children, topics = [], topicsHeading }: SearchNoticeProps) {
  return (
    <div className={styles.notice}>
      {children}
      {topics.length > 0 && (
        <nav aria-label={topicsHeading} className={styles.topics}>
          <h2 className={styles.topicsHeading}>{topicsHeading}</h2>
          <TagChips tags={topics} />
        </nav>
      )}
    </div>
  );
}
