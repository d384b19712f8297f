import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describeReadError } from '../content/load';
import { displayPath } from '../content/paths';
import { strings } from '../strings';
import type { SourceFile } from '../store/writer-port';
import type { Loaded, Pending } from './types';

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A pending file read and hashed against `known` (the last ingest's row of its path): changed
 * (with its text), the same (its row with the new time and size), or unreadable (a problem).
 */
export async function loadFile(c: Pending, known: Map<string, SourceFile>): Promise<Loaded> {
  if (c.text !== undefined) {
    const hash = hashOf(c.text);
    return known.get(c.rel)?.hash === hash ? {} : { changed: { ...c, text: c.text, hash } };
  }
  let text: string;
  try {
    text = await readFile(c.abs, 'utf8');
  } catch (error) {
    return {
      problem: {
        file: displayPath(c.abs),
        field: strings.content.fileField,
        message: describeReadError(error),
      },
    };
  }
  const hash = hashOf(text);
  const before = known.get(c.rel);
  if (before?.hash === hash) return { same: { ...before, mtime_ms: c.mtimeMs, size: c.size } };
  return { changed: { ...c, text, hash } };
}
