import { describe, expect, it } from 'vitest';
import type { ArticleKeys } from '../ingest-port';
import { scheduleFromLatest } from './store-schedule';

const article = (id: string, publishedAt: string): ArticleKeys => ({
  id,
  slug: id,
  section: 'riau',
  tags: [],
  authors: ['a'],
  publishedAt,
  listed: true,
});

/** A store of articles answering "latest at now" like the real query: live only, newest first. */
const corpus = [
  article('pagi', '2024-12-24T06:00:00+07:00'),
  article('pagi-2', '2024-12-24T06:00:00+07:00'),
  article('siang', '2024-12-24T12:00:00+07:00'),
  ...Array.from({ length: 120 }, (_, i) =>
    article(`lama-${i}`, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()),
  ),
];

function source(pageSize: number) {
  const queries: number[] = [];
  return {
    queries,
    schedule: scheduleFromLatest(
      {
        async latest(now, limit, offset) {
          queries.push(offset);
          return corpus
            .filter((a) => new Date(a.publishedAt) <= now)
            .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id))
            .slice(offset, offset + limit);
        },
        keys: (a) => a,
      },
      pageSize,
    ),
  };
}

describe('scheduleFromLatest', () => {
  it('finds exactly the articles that went live in (after, upTo], reading only the newest page', async () => {
    const { schedule, queries } = source(50);
    const due = await schedule.publishedBetween(
      new Date('2024-12-24T05:59:00+07:00'),
      new Date('2024-12-24T06:00:30+07:00'),
    );
    expect(due.map((a) => a.id).sort()).toEqual(['pagi', 'pagi-2']);
    expect(queries).toEqual([0]);
  });

  it('pages on when more went live than one page holds', async () => {
    const { schedule, queries } = source(7);
    const due = await schedule.publishedBetween(
      new Date('2023-12-31T00:00:00Z'),
      new Date('2024-12-24T06:30:00+07:00'),
    );
    expect(due).toHaveLength(122);
    expect(queries.length).toBeGreaterThan(17);
  });

  it('the next scheduled time is the earliest publication after the moment asked', async () => {
    for (const pageSize of [50, 2]) {
      const { schedule } = source(pageSize);
      const next = (at: string) => schedule.nextScheduledAfter(new Date(at));
      expect((await next('2024-12-24T05:00:00+07:00'))?.toISOString()).toBe(
        '2024-12-23T23:00:00.000Z',
      );
      expect((await next('2024-12-24T06:00:00+07:00'))?.toISOString()).toBe(
        '2024-12-24T05:00:00.000Z',
      );
      expect(await next('2024-12-24T12:00:00+07:00')).toBeUndefined();
    }
  });

  it('nothing due, and nothing scheduled after the newest article', async () => {
    const { schedule } = source(50);
    expect(
      await schedule.publishedBetween(
        new Date('2024-12-24T06:00:00+07:00'),
        new Date('2024-12-24T06:00:59+07:00'),
      ),
    ).toEqual([]);
    expect(await schedule.nextScheduledAfter(new Date())).toBeUndefined();
  });
});
