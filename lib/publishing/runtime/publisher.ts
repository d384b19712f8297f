import { formatIssue, type ContentIssue } from '../../content/errors';
import { strings } from '../../strings';
import type { ContentChange, IngestFn, IngestOptions, IngestResult } from '../ingest-port';
import type { PublishLog } from '../log';

export interface PublisherDeps {
  ingest: IngestFn;
  /** Makes the changes visible (revalidates the caches); must not throw for a failed service. */
  invalidate: (changes: ContentChange[]) => Promise<void>;
  /** Told after every ingest that changed something (crawler notifications, the scheduler). */
  onChanges?: (changes: ContentChange[]) => void;
  log: PublishLog;
}

export type PublishTrigger = 'watch' | 'reconcile' | 'schedule' | 'remote';

/**
 * Runs ingests one at a time (a watcher batch, a reconciliation, a scheduled go-live never
 * overlap in one process), reports every problem once per line, and invalidates what changed.
 */
export class Publisher {
  private queue: Promise<unknown> = Promise.resolve();
  /** Problems already reported, so a reconciliation every half minute does not repeat them. */
  private reported = new Set<string>();

  constructor(private readonly deps: PublisherDeps) {}

  /** Files that changed on disk (watcher batch). */
  ingestPaths(paths: string[]): Promise<IngestResult | undefined> {
    return this.run({ paths }, 'watch');
  }

  /** Full reconciliation by content hash. */
  reconcile(): Promise<IngestResult | undefined> {
    return this.run({}, 'reconcile');
  }

  /** Changes that happened without an ingest (a scheduled article going live). */
  announce(changes: ContentChange[]): Promise<void> {
    return this.serial(() => this.publish(changes, 'schedule'));
  }

  private run(options: IngestOptions, trigger: PublishTrigger): Promise<IngestResult | undefined> {
    return this.serial(async () => {
      let result: IngestResult;
      try {
        result = await this.deps.ingest(options);
      } catch (error) {
        this.deps.log.error(strings.publishing.ingestFailed(trigger, errorMessage(error)));
        return undefined;
      }
      this.report(result.problems, options.paths);
      await this.publish(result.changes, trigger);
      return result;
    });
  }

  private async publish(changes: ContentChange[], trigger: PublishTrigger): Promise<void> {
    if (changes.length === 0) return;
    this.deps.log.info(strings.publishing.published(trigger, changes.length));
    try {
      await this.deps.invalidate(changes);
    } catch (error) {
      this.deps.log.error(strings.publishing.invalidateFailed(errorMessage(error)));
    }
    this.deps.onChanges?.(changes);
  }

  private report(problems: ContentIssue[], paths?: string[]): void {
    const lines = problems.map(formatIssue);
    const fresh = lines.filter((line) => !this.reported.has(line));
    if (fresh.length > 0) {
      this.deps.log.warn(strings.publishing.problemsHeading(fresh.length));
      for (const line of fresh) this.deps.log.warn(`  - ${line}`);
    }
    // A full reconcile knows every current problem; a batch only those of its files.
    if (!paths) this.reported = new Set(lines);
    else for (const line of lines) this.reported.add(line);
  }

  /** Runs a task alone: no watcher batch or reconciliation overlaps it (the publish endpoint). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.serial(task);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
