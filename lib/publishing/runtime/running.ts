import path from 'node:path';
import { contentRoot } from '../../content/paths';
import { now } from '../../now';
import type { IngestFn } from '../ingest-port';
import { consoleLog, type PublishLog } from '../log';
import { crawlerNotifier } from '../crawlers/this-process';
import { processToken } from '../invalidation/process-token';
import { Publisher } from './publisher';
import { PublishScheduler, type ScheduleSource } from './scheduler';
import { requestRevalidation, selfOrigin } from '../invalidation/own-server';
import { ContentWatcher } from './watcher';

export interface PublishingRuntime {
  publisher: Publisher;
  watcher: ContentWatcher;
  scheduler?: PublishScheduler;
  stop(): Promise<void>;
}

const KEY = Symbol.for('warta.publishing.runtime');
type Holder = { [KEY]?: PublishingRuntime };

/** The running publishing layer of this process, if it was started. */
export function publishingRuntime(): PublishingRuntime | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * Whether the server process runs the watcher and scheduler: in the production server
 * (server.ts) unless WARTA_WATCH=0; elsewhere (next dev, tests) only with WARTA_WATCH=1.
 */
export function publishingEnabled(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (env.NEXT_PHASE === 'phase-production-build') return false;
  const flag = env.WARTA_WATCH?.trim();
  if (flag === '0') return false;
  return flag === '1' || env.NODE_ENV === 'production';
}

/**
 * Starts the watcher over content/ and the scheduler. Each batch: ingest, then this server's
 * own /api/revalidate (revalidation needs a request), then crawler notifications.
 */
export async function startPublishing(options: {
  ingest: IngestFn;
  schedule?: ScheduleSource;
  contentDir?: string;
  log?: PublishLog;
  env?: Readonly<Record<string, string | undefined>>;
}): Promise<PublishingRuntime> {
  const existing = publishingRuntime();
  if (existing) return existing;
  const env = options.env ?? process.env;
  const log = options.log ?? consoleLog;
  const origin = selfOrigin(env);
  const notifier = crawlerNotifier(env);
  let scheduler: PublishScheduler | undefined;

  const publisher = new Publisher({
    ingest: options.ingest,
    invalidate: (changes) => requestRevalidation(origin, processToken(), changes),
    onChanges: (changes) => {
      notifier.notify(changes);
      void scheduler?.reschedule();
    },
    log,
  });
  const watcher = new ContentWatcher({
    contentDir: path.resolve(/* turbopackIgnore: true */ options.contentDir ?? contentRoot()),
    publisher,
    log,
  });
  await watcher.start();
  if (options.schedule) {
    scheduler = new PublishScheduler({
      source: options.schedule,
      announce: (changes) => publisher.announce(changes),
      clock: now,
      log,
    });
    void scheduler.start();
  }
  const runtime: PublishingRuntime = {
    publisher,
    watcher,
    scheduler,
    async stop() {
      scheduler?.stop();
      await watcher.close();
      delete (globalThis as Holder)[KEY];
    },
  };
  (globalThis as Holder)[KEY] = runtime;
  return runtime;
}
