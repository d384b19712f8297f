import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { readArticleText, type ArticleDraft } from '../content/article-draft';
import type { ContentIssue } from '../content/errors';
import { compileAhead, compiledPath } from '../compile-ahead.mjs';
import { strings } from '../strings';

export interface ParseRequest {
  id: number;
  files: { file: string; text: string }[];
}

export interface ParseResult {
  draft?: ArticleDraft;
  problems: ContentIssue[];
}

/** Turns article files into drafts or problems, in the order given. */
export interface ArticleParser {
  parse(files: { file: string; text: string }[]): Promise<ParseResult[]>;
  close(): Promise<void>;
  /** Workers in use; 0 when parsing in-process. */
  readonly workers: number;
}

export interface ParseTuning {
  /** Workers; 0 parses in-process. Default: WARTA_INGEST_WORKERS, else the cores (at most 4). */
  workers?: number;
  /** Changed article files from which the workers are started (below: in-process). */
  poolFrom?: number;
  /** The compiled worker script (tests point it at a missing file for the fallback). */
  workerScript?: string;
  /**
   * Each worker's young generation, in MB (default V8's, 32 MB committed): a smaller one costs
   * a few per cent of CPU in more frequent scavenges for its memory (the WordPress import).
   */
  youngGenerationMb?: number;
}

/** Below this many article files to parse, starting workers costs more than it saves. */
export const POOL_FROM = 1_000;
const MAX_WORKERS = 4;
/** Files per message to a worker: few messages, yet every worker busy within a batch. */
const CHUNK = 50;
const READY_TIMEOUT_MS = 15_000;

function parseInProcess(files: { file: string; text: string }[]): ParseResult[] {
  return files.map(({ file, text }) => {
    const problems: ContentIssue[] = [];
    const draft = readArticleText(file, text, problems);
    return { draft, problems };
  });
}

export const inProcessParser: ArticleParser = {
  parse: async (files) => parseInProcess(files),
  close: async () => {},
  workers: 0,
};

export function defaultWorkers(): number {
  const configured = process.env.WARTA_INGEST_WORKERS?.trim();
  if (configured) {
    const n = Number(configured);
    if (Number.isInteger(n) && n >= 0) return Math.min(n, 16);
  }
  return Math.min(os.availableParallelism(), MAX_WORKERS);
}

const WORKER_SOURCE = 'lib/ingest/parse-worker.ts';
export const COMPILED_WORKER = () => compiledPath(WORKER_SOURCE);

type Waiting = {
  resolve: (results: ParseResult[]) => void;
  reject: (error: Error) => void;
};

function startWorker(script: string, youngGenerationMb?: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      execArgv: [],
      resourceLimits: youngGenerationMb ? { maxYoungGenerationSizeMb: youngGenerationMb } : {},
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

/** Workers that parse chunks of files; a worker that fails leaves its chunks to the main thread. */
class WorkerParser implements ArticleParser {
  private next = 0;
  private pending = new Map<number, Waiting>();
  private idle: Worker[];
  private queue: { request: ParseRequest; waiting: Waiting }[] = [];
  private broken = false;

  constructor(private readonly pool: Worker[]) {
    this.idle = [...pool];
    for (const worker of pool) {
      worker.on('message', (message: { id: number; results: ParseResult[] }) => {
        this.pending.get(message.id)?.resolve(message.results);
        this.pending.delete(message.id);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`exit ${code}`));
      });
    }
  }

  get workers() {
    return this.pool.length;
  }

  private fail(error: Error) {
    if (this.broken) return;
    this.broken = true;
    console.warn(strings.content.parseWorkersFailed(error.message));
    for (const w of this.pending.values()) w.reject(error);
    for (const q of this.queue) q.waiting.reject(error);
    this.pending.clear();
    this.queue = [];
  }

  private dispatch() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.shift()!;
      const { request, waiting } = this.queue.shift()!;
      this.pending.set(request.id, waiting);
      worker.postMessage(request);
    }
  }

  private chunk(files: ParseRequest['files']): Promise<ParseResult[]> {
    if (this.broken) return Promise.resolve(parseInProcess(files));
    const request = { id: this.next++, files };
    return new Promise<ParseResult[]>((resolve, reject) => {
      this.queue.push({ request, waiting: { resolve, reject } });
      this.dispatch();
    }).catch(() => parseInProcess(files));
  }

  async parse(files: ParseRequest['files']): Promise<ParseResult[]> {
    const chunks: Promise<ParseResult[]>[] = [];
    for (let i = 0; i < files.length; i += CHUNK)
      chunks.push(this.chunk(files.slice(i, i + CHUNK)));
    return (await Promise.all(chunks)).flat();
  }

  async close() {
    this.broken = true;
    await Promise.all(this.pool.map((w) => w.terminate()));
  }
}

/**
 * The parser for an ingest of `files` changed article files: in-process for small ingests (the
 * watcher, a publish: no start-up cost), else a pool of worker threads. Where no worker can be
 * started (no compiled script or esbuild to make it, a worker that does not load) the ingest
 * parses in-process, with one warning.
 */
export async function articleParser(
  files: number,
  tuning: ParseTuning = {},
): Promise<ArticleParser> {
  const size = tuning.workers ?? defaultWorkers();
  if (size < 1 || files < (tuning.poolFrom ?? POOL_FROM)) return inProcessParser;
  const workers: Worker[] = [];
  try {
    const script = tuning.workerScript ?? (await compileAhead(WORKER_SOURCE));
    if (!script) throw new Error(strings.content.noWorkerScript);
    const started = await Promise.allSettled(
      Array.from({ length: size }, () => startWorker(script, tuning.youngGenerationMb)),
    );
    for (const s of started) if (s.status === 'fulfilled') workers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return new WorkerParser(workers);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.warn(strings.content.parseWorkersFailed(message));
    return inProcessParser;
  }
}
