import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleKeys, ContentChange } from '../ingest-port';
import { PublishScheduler, type ScheduleSource } from './scheduler';

const keys = (id: string, publishedAt: string): ArticleKeys => ({
  id,
  slug: `berita-${id}`,
  section: 'riau',
  tags: [],
  authors: ['rizki-pratama'],
  publishedAt,
  listed: true,
});

/** A store's schedule: the articles with their publishedAt, queried like the real store would. */
function storeOf(articles: ArticleKeys[]): ScheduleSource & { calls: number } {
  const source = {
    calls: 0,
    async nextScheduledAfter(after: Date) {
      source.calls++;
      const times = articles
        .map((a) => new Date(a.publishedAt))
        .filter((t) => t > after)
        .sort((a, b) => a.getTime() - b.getTime());
      return times[0];
    },
    async publishedBetween(after: Date, upTo: Date) {
      return articles.filter((a) => {
        const t = new Date(a.publishedAt);
        return t > after && t <= upTo;
      });
    },
  };
  return source;
}

const silent = { info() {}, warn() {}, error() {} };
let announced: { at: string; changes: ContentChange[] }[];
let scheduler: PublishScheduler | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-12-24T05:58:30+07:00'));
  announced = [];
});

afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

function start(articles: ArticleKeys[], options: { catchUpMs?: number } = {}) {
  const source = storeOf(articles);
  scheduler = new PublishScheduler({
    source,
    clock: () => new Date(),
    log: silent,
    catchUpMs: options.catchUpMs ?? 0,
    announce: async (changes) => void announced.push({ at: new Date().toISOString(), changes }),
  });
  return { source, started: scheduler.start() };
}

describe('PublishScheduler', () => {
  it('announces an embargoed article at its minute, with nobody acting', async () => {
    const embargo = keys('e1', '2024-12-24T06:00:00+07:00');
    const { started } = start([keys('old', '2024-12-23T10:00:00+07:00'), embargo]);
    await started;
    await vi.advanceTimersByTimeAsync(60_000); // 05:59:30
    expect(announced).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000); // 06:00:00
    expect(announced).toHaveLength(1);
    expect(announced[0]!.changes).toEqual([{ kind: 'article', id: 'e1', after: embargo }]);
    // Within the minute it is due (the requirement is ±60 s).
    expect(Math.abs(Date.parse(announced[0]!.at) - Date.parse(embargo.publishedAt))).toBeLessThan(
      1_000,
    );
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(announced).toHaveLength(1);
  });

  it('a schedule hours ahead is reached in steps no longer than a minute', async () => {
    const { source, started } = start([keys('e2', '2024-12-24T09:00:00+07:00')]);
    await started;
    await vi.advanceTimersByTimeAsync(3 * 3_600_000 + 5 * 60_000);
    expect(announced.map((a) => a.changes[0]!.id)).toEqual(['e2']);
    expect(source.calls).toBeGreaterThan(180); // woke at least once a minute
  });

  it('survives a restart: a new scheduler reads the schedule from the store', async () => {
    const articles = [keys('e3', '2024-12-24T06:00:00+07:00')];
    start(articles);
    scheduler!.stop(); // the process dies before 06:00
    await vi.advanceTimersByTimeAsync(20_000);
    const again = start(articles); // restarted at 05:58:50, knows nothing but the store
    await again.started;
    await vi.advanceTimersByTimeAsync(80_000);
    expect(announced.map((a) => a.changes[0]!.id)).toEqual(['e3']);
  });

  it('at start, catches up what went live while the server was down', async () => {
    await start([keys('missed', '2024-12-24T05:40:00+07:00')], { catchUpMs: 3_600_000 }).started;
    expect(announced.map((a) => a.changes[0]!.id)).toEqual(['missed']);
  });

  it('an article scheduled later (a new ingest) is picked up on reschedule', async () => {
    const articles: ArticleKeys[] = [];
    await start(articles).started;
    articles.push(keys('late', '2024-12-24T05:59:00+07:00'));
    await scheduler!.reschedule();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(announced.map((a) => a.changes[0]!.id)).toEqual(['late']);
  });

  it('a failing store is logged and retried, never thrown', async () => {
    const errors: string[] = [];
    let fail = true;
    const source = storeOf([keys('e4', '2024-12-24T06:00:00+07:00')]);
    scheduler = new PublishScheduler({
      source: {
        nextScheduledAfter: (after) =>
          fail ? Promise.reject(new Error('store down')) : source.nextScheduledAfter(after),
        publishedBetween: (a, b) => source.publishedBetween(a, b),
      },
      clock: () => new Date(),
      log: { ...silent, error: (l) => errors.push(l) },
      catchUpMs: 0,
      announce: async (changes) => void announced.push({ at: new Date().toISOString(), changes }),
    });
    await scheduler.start();
    expect(errors).toEqual(['[terbit] Gagal memeriksa jadwal terbit: store down']);
    fail = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(announced.map((a) => a.changes[0]!.id)).toEqual(['e4']);
  });

  it('with a fixed clock (WARTA_NOW) nothing is ever due', async () => {
    const fixed = new Date('2024-12-24T05:58:30+07:00');
    scheduler = new PublishScheduler({
      source: storeOf([keys('e5', '2024-12-24T06:00:00+07:00')]),
      clock: () => fixed,
      log: silent,
      catchUpMs: 0,
      announce: async (changes) => void announced.push({ at: '', changes }),
    });
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(announced).toEqual([]);
  });
});
