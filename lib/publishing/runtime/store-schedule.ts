import { END_OF_TIME } from '../../now';
import type { ArticleKeys } from '../ingest-port';
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
 * upTo] are the newest ones at upTo down to the first one published at or before `after`; the
 * next scheduled time is the oldest of those newer than `after` at the end of time (scheduled
 * articles are the newest, so only they are read). The scheduler then wakes at that minute.
 */
export function scheduleFromLatest<A>(query: LatestQuery<A>, pageSize = 50): ScheduleSource {
  return {
    async nextScheduledAfter(after) {
      if (query.nextScheduledAfter) return query.nextScheduledAfter(after);
      let next: Date | undefined;
      for (let offset = 0; ; offset += pageSize) {
        const page = await query.latest(END_OF_TIME, pageSize, offset);
        for (const article of page) {
          const at = new Date(query.keys(article).publishedAt);
          if (at <= after) return next;
          next = at;
        }
        if (page.length < pageSize) return next;
      }
    },
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
