import type { ArticleKeys } from './ingest-port';
import type { ScheduleSource } from './scheduler';

export interface LatestQuery<A> {
  /** Live articles at `now`, newest first: the store's `latest` query with that visibility. */
  latest(now: Date, limit: number, offset: number): Promise<A[]>;
  keys(article: A): ArticleKeys;
  /** The store's earliest publishedAt after a moment, when it has that query. */
  nextScheduledAfter?(after: Date): Promise<Date | undefined>;
}

/**
 * A ScheduleSource over the store's "latest" query: the articles that went live in (after,
 * upTo] are the newest ones at upTo down to the first one published at or before `after`.
 * Without a next-scheduled query the scheduler wakes once a minute, which still meets the
 * minute (±60 s) an embargo needs.
 */
export function scheduleFromLatest<A>(query: LatestQuery<A>, pageSize = 50): ScheduleSource {
  return {
    nextScheduledAfter: (after) => query.nextScheduledAfter?.(after) ?? Promise.resolve(undefined),
    async publishedBetween(after, upTo) {
      const found: ArticleKeys[] = [];
      for (let offset = 0; ; offset += pageSize) {
        const page = await query.latest(upTo, pageSize, offset);
        for (const article of page) {
          const keys = query.keys(article);
          if (new Date(keys.publishedAt) <= after) return found;
          found.push(keys);
        }
        if (page.length < pageSize) return found;
      }
    },
  };
}
