/**
 * The problems of the content files the ingest refused, as the store keeps them for the newsroom
 * desk: which file (relative to the content root), which field, which line, and why, in the
 * words `npm run content:check` prints. The ingest replaces them through its writer
 * (StoreWriter.replaceContentProblems, ./writer-port.ts); lib/desk reads them through this
 * interface only; lib/store/kysely/content-problems.ts implements both for both engines. Reader
 * pages never read them.
 */

/** One problem of one file, as an ingest reports it. */
export interface ContentProblemFound {
  /** Relative to the content root with forward slashes ("articles/x.md"). */
  path: string;
  /** "title", "image.alt", "isi" for the body, "berkas" for the file as a whole… */
  field: string;
  /** The file's line, when the problem has one. */
  line?: number;
  message: string;
}

/** A problem as kept: with the moment it was first seen (unchanged since). */
export interface ContentProblem extends ContentProblemFound {
  seenAt: Date;
}

/** Which problems an ingest replaces: every one, or those of these paths. */
export type ContentProblemScope = 'all' | readonly string[];

export interface ContentProblemsPage {
  /** By path, then line, then field. */
  problems: ContentProblem[];
  /** Problems kept in all. */
  total: number;
  /** Files with at least one problem. */
  files: number;
}

export interface ContentProblemsStore {
  /** `limit` of them after skipping `offset`. */
  contentProblems(page: { offset: number; limit: number }): Promise<ContentProblemsPage>;
}
