import { strings } from '../../strings';
import type { ArticleKeys, ContentChange } from '../ingest-port';
import type { PublishLog } from '../log';
import { errorMessage } from './publisher';

/**
 * What the scheduler asks the store (never its own memory, so a restart or another instance
 * sees the same schedule): published, unwithdrawn articles by publishedAt.
 */
export interface ScheduleSource {
  /** The earliest publishedAt strictly after `after`, if any. */
  nextScheduledAfter(after: Date): Promise<Date | undefined>;
  /** Articles with publishedAt in (after, upTo]: the ones that just went live. */
  publishedBetween(after: Date, upTo: Date): Promise<ArticleKeys[]>;
}

export interface SchedulerOptions {
  source: ScheduleSource;
  /** Makes the articles that went live visible (revalidates their tags and paths). */
  announce: (changes: ContentChange[]) => Promise<void>;
  log: PublishLog;
  /** "Now": lib/now in the server (WARTA_NOW fixes it), a fake clock in tests. */
  clock: () => Date;
  /** Never sleep longer than this: picks up articles scheduled by another instance. */
  maxSleepMs?: number;
  /** At start, also announce what went live this long before (the server may have been down). */
  catchUpMs?: number;
}

/**
 * Makes a scheduled article go live at its minute with nobody acting: sleeps until the next
 * publishedAt the store knows (at most maxSleepMs), then revalidates what that article is on.
 * Visibility itself is decided by the store against "now"; this only expires the cached copies.
 */
export class PublishScheduler {
  private timer?: NodeJS.Timeout;
  private cursor?: Date;
  private running?: Promise<void>;
  private stopped = false;
  private readonly maxSleepMs: number;

  constructor(private readonly options: SchedulerOptions) {
    this.maxSleepMs = options.maxSleepMs ?? 60_000;
  }

  start(): Promise<void> {
    this.stopped = false;
    this.cursor = new Date(this.options.clock().getTime() - (this.options.catchUpMs ?? 3_600_000));
    return this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Content changed (an ingest): the next scheduled time may have moved. */
  reschedule(): Promise<void> {
    return this.tick();
  }

  private tick(): Promise<void> {
    this.running ??= this.check().finally(() => (this.running = undefined));
    return this.running;
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const { source, clock, log } = this.options;
    let delay = this.maxSleepMs;
    try {
      const now = clock();
      const after = this.cursor ?? now;
      if (now > after) {
        const due = await source.publishedBetween(after, now);
        this.cursor = now;
        if (due.length > 0) {
          log.info(strings.publishing.scheduled(due.length));
          await this.options.announce(
            due.map((keys) => ({ kind: 'article', id: keys.id, after: keys })),
          );
        }
      }
      const next = await source.nextScheduledAfter(this.cursor ?? now);
      if (next) delay = Math.min(Math.max(next.getTime() - clock().getTime(), 0), this.maxSleepMs);
    } catch (error) {
      log.error(strings.publishing.scheduleFailed(errorMessage(error)));
    }
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), delay);
    this.timer.unref?.();
  }
}
