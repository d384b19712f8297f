import type { z } from 'zod';

/** One problem in one content file, in words an editor understands. */
export interface ContentIssue {
  file: string;
  /** Field path such as "image.alt" or "sources[1].url"; "isi" for the body. */
  field: string;
  message: string;
  line?: number;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.field}: ${issue.message}`;
}

export class ContentValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      [
        `Konten tidak valid: ${issues.length} masalah ditemukan.`,
        ...issues.map((issue) => `  - ${formatIssue(issue)}`),
      ].join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Turns zod's issues into one ContentIssue per problem, unknown keys one per key. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  knownKeys: (path: readonly PropertyKey[]) => string[] = () => [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys(issue.path));
        out.push({
          file,
          field: fieldPath([...issue.path, key]),
          message: `kolom tidak dikenal${suggestion ? ` (maksudnya "${suggestion}"?)` : ''}`,
        });
      }
      continue;
    }
    out.push({ file, field: fieldPath(issue.path) || '(frontmatter)', message: issue.message });
  }
  return out;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
