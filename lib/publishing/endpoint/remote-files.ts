import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestFn } from '../ingest-port';

export interface KeepFilesDeps {
  /** The content folder this server watches. */
  contentDir: string;
  /** Runs a task alone in the publisher's queue; undefined when no watcher runs here. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/** Written beside the target under a dot name (the ingest ignores dotfiles), then renamed. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(
    /* turbopackIgnore: true */ path.dirname(file),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * The ingest of the publish endpoint on a server that watches its content folder: files that
 * were accepted are also written there, so the watcher and the periodic reconciliation (which
 * trust the disk) keep them instead of undoing them half a minute later. Store and disk change
 * in the publisher's queue, so no reconciliation runs between the two. A rejected file is
 * never written; without a watcher (several instances on one store) nothing is written.
 */
export function ingestKeepingFiles(ingest: IngestFn, deps: KeepFilesDeps): IngestFn {
  const { exclusive } = deps;
  return (options = {}) => {
    const files = options.files;
    if (!files || options.dryRun || !exclusive) return ingest(options);
    return exclusive(async () => {
      const result = await ingest(options);
      const rejected = (p: string) =>
        result.problems.some((problem) => problem.file === p || problem.file.endsWith(`/${p}`));
      for (const file of files) {
        if (!rejected(file.path)) {
          await writeAtomically(
            path.join(/* turbopackIgnore: true */ deps.contentDir, file.path),
            file.text,
          );
        }
      }
      return result;
    });
  };
}
