import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileAhead } from '../../compile-ahead.mjs';
import type { ExportAttachment, FirstPass } from './first-pass';
import type { MapResult, SectionMap, SiteSettings } from './map';
import type { Kind } from './reuse';
import type { WxrItem } from './wxr-records';

/**
 * Posts converted ahead on worker threads (./convert-worker.ts), so that a large export uses more
 * than one core: the run reads the export and hands each post to be converted to the pool, keeps
 * a window of them in flight and takes the results in the export's order, where it decides what
 * depends on the posts before (slugs taken, files written, authors, uploads copied). Where no
 * worker can be had (no compiled script, a worker that fails) the run converts in-process.
 */

export interface WorkerSettings {
  site: SiteSettings;
  sections: SectionMap;
  uploadsDir?: string;
  publicDir: string;
}

export interface ConvertRequest {
  id: number;
  item: WxrItem;
  kind: Kind;
  /** The attachments the item names (any number in its content or meta that is one's id). */
  attachments: ExportAttachment[];
}

export interface ConvertResult {
  id: number;
  mapped: MapResult;
  /** The logins the post named as its author, for the run's authors. */
  authors: string[];
  /** Uploads to copy (source, target), for the run to copy and count. */
  copies: [string, string][];
}

export interface ConvertTuning {
  /** Workers; 0 converts in-process. Default: WARTA_IMPORT_WORKERS, else the cores (at most 4). */
  workers?: number;
  /** Posts and pages from which workers are started (below: in-process). */
  poolFrom?: number;
}

export const POOL_FROM = 500;
const MAX_WORKERS = 4;
/**
 * A worker's heap: one post at a time needs little; the rest is garbage collected sooner. Its
 * young generation too (V8's default commits 32 MB a thread): a few per cent more scavenging.
 */
const WORKER_HEAP_MB = 64;
const WORKER_YOUNG_MB = 16;
const WORKER_SOURCE = 'lib/import/wordpress/convert-worker.ts';
const READY_TIMEOUT_MS = 15_000;

function workerCount(tuning: ConvertTuning): number {
  if (tuning.workers !== undefined) return tuning.workers;
  const configured = process.env.WARTA_IMPORT_WORKERS?.trim();
  if (configured && Number.isInteger(Number(configured)) && Number(configured) >= 0)
    return Math.min(Number(configured), 16);
  return Math.min(os.availableParallelism(), MAX_WORKERS);
}

/** The ids an item names that are attachments': what its conversion may look up. */
function namedAttachments(
  item: WxrItem,
  attachments: Map<number, ExportAttachment>,
): ExportAttachment[] {
  const found = new Map<number, ExportAttachment>();
  const scan = (text: string) => {
    for (const match of text.matchAll(/\d+/g)) {
      const id = Number(match[0]);
      const attachment = attachments.get(id);
      if (attachment) found.set(id, attachment);
    }
  };
  scan(item.content);
  for (const value of item.meta.values()) scan(value);
  return [...found.values()];
}

export class ConvertPool {
  private next = 0;
  private pending = new Map<number, (result: ConvertResult | undefined) => void>();
  private idle: Worker[];
  private queue: ConvertRequest[] = [];
  private broken = false;

  private constructor(
    private readonly workers: Worker[],
    private readonly attachments: Map<number, ExportAttachment>,
  ) {
    this.idle = [...workers];
    for (const worker of workers) {
      worker.on('message', (message: ConvertResult) => {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', () => this.fail());
      worker.on('exit', (code) => {
        if (code !== 0) this.fail();
      });
    }
  }

  /** A pool for `posts` posts and pages, or undefined when they are converted in-process. */
  static async start(
    posts: number,
    settings: WorkerSettings,
    first: Pick<FirstPass, 'attachments'>,
    tuning: ConvertTuning = {},
  ): Promise<ConvertPool | undefined> {
    const size = workerCount(tuning);
    if (size < 1 || posts < (tuning.poolFrom ?? POOL_FROM)) return undefined;
    const script = await compileAhead(WORKER_SOURCE).catch(() => undefined);
    if (!script) return undefined;
    const started = await Promise.allSettled(
      Array.from({ length: size }, () => startWorker(script, settings)),
    );
    const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (workers.length < size) {
      await Promise.all(workers.map((w) => w.terminate()));
      return undefined;
    }
    return new ConvertPool(workers, first.attachments);
  }

  /** The item mapped by a worker (asked with no slug of its own); undefined: map it here. */
  convert(item: WxrItem, kind: Kind): Promise<ConvertResult | undefined> {
    if (this.broken) return Promise.resolve(undefined);
    const request: ConvertRequest = {
      id: this.next++,
      item,
      kind,
      attachments: namedAttachments(item, this.attachments),
    };
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve);
      this.queue.push(request);
      this.dispatch();
    });
  }

  private dispatch() {
    while (!this.broken && this.idle.length && this.queue.length)
      this.idle.shift()!.postMessage(this.queue.shift()!);
  }

  /** A worker failed: what was asked of the pool is mapped in-process. */
  private fail() {
    if (this.broken) return;
    this.broken = true;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
    this.queue = [];
  }

  async close(): Promise<void> {
    this.broken = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function startWorker(script: string, settings: WorkerSettings): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      execArgv: [],
      workerData: settings,
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_HEAP_MB,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('no answer'));
    }, READY_TIMEOUT_MS);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve(worker);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
