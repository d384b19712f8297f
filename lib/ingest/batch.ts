import type { ContentIssue } from '../content/errors';
import { strings } from '../strings';
import type { SourceFile, WritableStore } from '../store/writer-port';
import { takeOldAddresses } from './old-addresses';
import { articleParser } from './parse-pool';
import { keepProblems } from './problems';
import { given, reconcile } from './reconcile';
import { IngestRun } from './run';
import type { IngestOptions, IngestResult } from './types';

/** Articles per transaction. */
const BATCH = 500;
const PROGRESS_EVERY = 5_000;

function progress(label: string, done: number, total: number, started: number) {
  const seconds = (performance.now() - started) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const left = Math.round((total - done) / Math.max(rate, 0.001));
  console.log(strings.content.progress(label, done, total, Math.round(rate), left));
}

/**
 * One ingest into `store`: the files to read found (a full reconcile, or the given few), the
 * other kinds taken first, removed articles deleted, then the articles in batches, pipelined.
 */
export async function ingestInto(
  store: WritableStore,
  root: string,
  options: IngestOptions,
  rebuild = false,
): Promise<IngestResult> {
  const problems: ContentIssue[] = [];
  const full = !options.paths && !options.files;

  // A full reconcile compares every file's time and size; a given few are read regardless.
  const files = full
    ? await reconcile(store, root, rebuild, options.parsing?.listOnWorkerFrom)
    : given(root, options, problems);
  const { pending, removed } = files;
  // The known rows (hash, key) of the files to read and of the removed ones only.
  const state = await store.ingestState([
    ...(rebuild ? [] : pending.map((c) => c.rel)),
    ...removed,
  ]);
  const stored = new Map(state.files.map((f) => [f.path, f]));
  const known = rebuild ? new Map<string, SourceFile>() : stored;

  const run = new IngestRun(
    store,
    state,
    root,
    known,
    stored,
    problems,
    Boolean(options.dryRun),
    options.keepChanges ?? true,
  );
  await run.otherKinds(
    pending.filter((c) => c.kind !== 'article'),
    removed,
  );
  await run.removeArticles(removed);
  const articles = pending.filter((c) => c.kind === 'article');
  const started = performance.now();
  const showProgress = articles.length >= PROGRESS_EVERY;
  const batch = options.parsing?.batch ?? BATCH;
  const parser = await articleParser(articles.length, options.parsing);
  try {
    // Pipelined: while batch k is checked and written here, batch k+1 is read and parsed (by
    // the workers when there are any).
    const prepare = (i: number) => {
      const prepared = run.prepare(articles.slice(i, i + batch), parser);
      prepared.catch(() => {}); // awaited in its turn; not an unhandled rejection meanwhile
      return prepared;
    };
    let next = articles.length ? prepare(0) : undefined;
    for (let i = 0; i < articles.length; i += batch) {
      const prepared = await next!;
      const more = i + batch < articles.length;
      next = more ? prepare(i + batch) : undefined;
      await run.articles(prepared, more);
      const done = Math.min(i + batch, articles.length);
      if (showProgress && (done % PROGRESS_EVERY < batch || done === articles.length))
        progress('ingest', done, articles.length, started);
    }
  } finally {
    await parser.close();
  }
  await run.deferred();
  await run.finish(full);
  // The old addresses the folder records: taken again when their record changed, or all of
  // them into a store filled anew.
  if (full) await takeOldAddresses(store, root, state, rebuild, problems, Boolean(options.dryRun));
  // What was refused, for the newsroom desk's list.
  await keepProblems(store, root, options, files, problems);
  return { problems, changes: options.dryRun ? [] : run.changes };
}
