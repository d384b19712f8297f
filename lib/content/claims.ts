import { strings } from '../strings';
import type { ContentIssue } from './errors';

/**
 * The rule for ids and slugs: each is held by one file. A file claiming an id or a slug that
 * another file holds is reported (the holder named) and not taken. `content:check` (./load.ts)
 * holds the corpus's files against each other; the ingest (lib/ingest) holds a changed file
 * against the store and against what the same ingest decided before it.
 */
export interface Claim {
  field: 'id' | 'slug';
  value: string;
  /** The file holding `value` now, if any. */
  heldBy: string | undefined;
}

/** The problems of `file` claiming these ids and slugs; none when every one is free or its own. */
export function clashes(file: string, claims: Claim[]): ContentIssue[] {
  return claims.flatMap(({ field, value, heldBy }) => {
    if (heldBy === undefined || heldBy === file) return [];
    const message =
      field === 'id'
        ? strings.content.idTaken(value, heldBy)
        : strings.content.slugTaken(value, heldBy);
    return [{ file, field, message }];
  });
}
