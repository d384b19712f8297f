import type { ReactNode } from 'react';
import type { Tag } from '@/lib/content';
import { TagChips } from '@/components/tag-chips';

interface SearchNoticeProps {
  children: ReactNode;
  /** Topics to offer instead, when the search found nothing to show. */
  topics?: Tag[];
  topicsHeading?: string;
}

/** What the page says instead of results: the empty form, no results, an odd query. */
export function SearchNotice({ children, topics = [], topicsHeading }: SearchNoticeProps) {
  return (
    <div className="search-page__notice">
      {children}
      {topics.length > 0 && (
        <nav aria-label={topicsHeading} className="search-page__topics">
          <h2 className="search-page__topics-heading">{topicsHeading}</h2>
          <TagChips tags={topics} />
        </nav>
      )}
    </div>
  );
}
