import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import type { ContentProblemFound, ContentProblemScope } from '../store/content-problems-port';
import type { WritableStore } from '../store/writer-port';
import type { Reconciled } from './reconcile';
import type { IngestOptions } from './types';

/**
 * The problems an ingest leaves in the store for the newsroom desk (the refused files of the
 * folder, in content:check's words):
 *
 * - a full reconcile replaces them all with what it found;
 * - an ingest of some files (the watcher's) replaces those of exactly these files: a file fixed
 *   or deleted loses its problems, another file's stay as they were;
 * - content given directly (the publish endpoint, the desk) is no file of the folder: its
 *   problems go back to whoever sent it, and an accepted one clears what its path had;
 * - a dry run writes nothing.
 */

/** A problem's file relative to the content root (forward slashes), as the store keeps paths. */
export function contentPath(root: string, file: string): string {
  const inside = path.relative(root, path.resolve(/* turbopackIgnore: true */ file));
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return file;
  return inside.split(path.sep).join('/');
}

/** What to replace and with what, for an ingest of `options` that read `files` and found `problems`. */
export function problemsToKeep(
  root: string,
  options: IngestOptions,
  files: Reconciled,
  problems: readonly ContentIssue[],
): { scope: ContentProblemScope; found: ContentProblemFound[] } | undefined {
  if (options.dryRun) return undefined;
  const found = problems.map((issue) => ({
    path: contentPath(root, issue.file),
    field: issue.field,
    ...(issue.line !== undefined && { line: issue.line }),
    message: issue.message,
  }));
  if (!options.paths && !options.files) return { scope: 'all', found };
  const refused = new Set(found.map((p) => p.path));
  const scope = [
    ...files.pending.filter((c) => c.text === undefined).map((c) => c.rel),
    ...files.removed,
    ...files.pending.filter((c) => c.text !== undefined && !refused.has(c.rel)).map((c) => c.rel),
  ];
  const ofFolder = new Set(files.pending.filter((c) => c.text === undefined).map((c) => c.rel));
  return { scope, found: found.filter((p) => ofFolder.has(p.path)) };
}

/** The problems of this ingest kept in the store (one transaction; nothing when unchanged). */
export async function keepProblems(
  store: WritableStore,
  root: string,
  options: IngestOptions,
  files: Reconciled,
  problems: readonly ContentIssue[],
  at = new Date(),
): Promise<void> {
  const kept = problemsToKeep(root, options, files, problems);
  if (!kept) return;
  await store.write((w) => w.replaceContentProblems(kept.scope, kept.found, at));
}
