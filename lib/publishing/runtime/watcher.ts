import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { strings } from '../../strings';
import { BatchQueue } from './batch-queue';
import type { PublishLog } from '../log';
import { errorMessage, type Publisher } from './publisher';

export interface ContentWatcherOptions {
  contentDir: string;
  publisher: Pick<Publisher, 'ingestPaths' | 'reconcile'>;
  log: PublishLog;
  /** Quiet time that closes a batch (a burst of copies, ten saves in a second). */
  quietMs?: number;
  /** A batch is published at the latest this long after its first event. */
  maxWaitMs?: number;
  /** How long a file's size must stay still before it counts as written. */
  writeSettleMs?: number;
  /** Full reconciliation by hash: catches missed events and a dead watcher. */
  reconcileMs?: number;
  /** Run a reconciliation at start (the server start ingests anyway when false). */
  reconcileAtStart?: boolean;
}

export const CONTENT_FILE = /\.(md|ya?ml)$/i;

/** Editor swap and backup files, dotfiles, partial downloads: never content. */
function ignored(file: string): boolean {
  const base = path.basename(file);
  return (
    base.startsWith('.') || base.endsWith('~') || /\.(swp|swx|tmp|part|crdownload)$/i.test(base)
  );
}

/**
 * Watches content/ and publishes what changes: events collect into one batch per burst, the
 * batch is one ingest and one invalidation. A periodic full reconciliation (by content hash)
 * catches up within reconcileMs whatever the watcher missed, and restarts a failed watcher.
 */
export class ContentWatcher {
  private watcher?: FSWatcher;
  private reconcileTimer?: NodeJS.Timeout;
  private readonly queue: BatchQueue;
  private readonly opts: Required<Omit<ContentWatcherOptions, 'publisher' | 'log'>>;
  private closed = false;

  constructor(private readonly options: ContentWatcherOptions) {
    this.opts = {
      contentDir: path.resolve(/* turbopackIgnore: true */ options.contentDir),
      quietMs: options.quietMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 2_000,
      writeSettleMs: options.writeSettleMs ?? 150,
      reconcileMs: options.reconcileMs ?? 30_000,
      reconcileAtStart: options.reconcileAtStart ?? false,
    };
    this.queue = new BatchQueue({
      quietMs: this.opts.quietMs,
      maxWaitMs: this.opts.maxWaitMs,
      flush: (paths) => void options.publisher.ingestPaths(paths),
    });
  }

  /** Resolves once the watcher has scanned the folder and reports events. */
  async start(): Promise<void> {
    await this.startWatcher();
    this.reconcileTimer = setInterval(() => void this.reconcileTick(), this.opts.reconcileMs);
    this.reconcileTimer.unref();
    if (this.opts.reconcileAtStart) await this.options.publisher.reconcile();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.reconcileTimer);
    this.queue.close();
    await this.watcher?.close();
    this.watcher = undefined;
  }

  /** True while the file watcher runs (reconciliation runs regardless). */
  get watching(): boolean {
    return !!this.watcher;
  }

  private async reconcileTick(): Promise<void> {
    if (this.closed) return;
    if (!this.watcher) await this.startWatcher();
    await this.options.publisher.reconcile();
  }

  private async startWatcher(): Promise<void> {
    const { contentDir, writeSettleMs } = this.opts;
    try {
      const watcher = watch(contentDir, {
        ignoreInitial: true,
        ignored: (file, stats) => ignored(file) || (!!stats?.isFile() && !CONTENT_FILE.test(file)),
        awaitWriteFinish: { stabilityThreshold: writeSettleMs, pollInterval: 50 },
        atomic: true,
      });
      const onFile = (file: string) => {
        if (CONTENT_FILE.test(file)) this.queue.add(path.resolve(/* turbopackIgnore: true */ file));
      };
      watcher.on('add', onFile).on('change', onFile).on('unlink', onFile);
      watcher.on('error', (error) => {
        this.options.log.error(strings.publishing.watcherFailed(errorMessage(error)));
        void watcher.close();
        if (this.watcher === watcher) this.watcher = undefined;
      });
      await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
      this.watcher = watcher;
      this.options.log.info(strings.publishing.watcherStarted(contentDir));
    } catch (error) {
      this.options.log.error(strings.publishing.watcherFailed(errorMessage(error)));
      this.watcher = undefined;
    }
  }

  /** For tests: what the watcher would do if its file system events stopped arriving. */
  async simulateDeath(): Promise<void> {
    await this.watcher?.close();
    this.watcher = undefined;
  }
}
