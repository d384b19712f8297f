import { ContentValidationError } from '../content/errors';
import { contentRoot, displayPath } from '../content/paths';
import { describeStore, openStore } from '../store';
import type { ContentStore } from '../store/port';
import { strings } from '../strings';
import { ingestContent } from './index';

/**
 * Kept on globalThis: Next bundles instrumentation.ts and the route handlers separately, and a
 * module-level map would make the first request ingest again behind the watcher's back (its
 * changes then stored without a revalidation, and stale pages kept for their 300 s).
 */
const KEY = Symbol.for('warta.ingest.ready');
const holder = globalThis as { [KEY]?: Map<string, Promise<ContentStore>> };
const ready = (holder[KEY] ??= new Map<string, Promise<ContentStore>>());

function duringBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * The store the getters read, brought up to date with the Markdown files once per process (the
 * build, each server start). Problems are printed the way `npm run content:check` prints them;
 * during a build they fail it, on a running server the last good version of each file is served.
 */
export function readyStore(root = contentRoot()): Promise<ContentStore> {
  let pending = ready.get(root);
  if (!pending) {
    pending = prepare(root);
    ready.set(root, pending);
    pending.catch(() => ready.delete(root));
  }
  return pending;
}

async function prepare(root: string): Promise<ContentStore> {
  const opened = await openStore(root);
  const started = performance.now();
  if (opened.rebuild) {
    console.log(
      `${opened.rebuild}: memuat semua berkas dari ${displayPath(root)} ke ${describeStore(opened.config)} …`,
    );
  }
  const { problems, changes } = await ingestOnce(root);
  if (changes.length && opened.store.engine) {
    const ms = Math.round(performance.now() - started);
    console.log(
      `Konten dimuat ke ${describeStore(opened.config)}: ${changes.length} perubahan (${ms} ms).`,
    );
  }
  if (problems.length) {
    const error = new ContentValidationError(problems);
    if (duringBuild()) throw error;
    console.error(`${error.message}\nVersi terakhir yang valid tetap ditayangkan.`);
  }
  return opened.store;
}

/**
 * Several instances starting together on one empty PostgreSQL store ingest the same files at
 * once; the slower one's insert meets the faster one's row (unique violation). Its next pass
 * finds the rows in place and has nothing left to write, so it tries again instead of dying.
 */
async function ingestOnce(root: string, attempts = 3): ReturnType<typeof ingestContent> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ingestContent({ contentDir: root });
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
      console.log(strings.content.concurrentIngest);
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** Forget prepared stores (tests that switch content folders). */
export function resetReadyStores(): void {
  ready.clear();
}
