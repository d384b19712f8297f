import { tokenize } from './fold';
import { stemVariants } from './stemmer';

/** Longer queries are cut, not refused: a pasted paragraph still searches its first words. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

/** Words too common to narrow a search; dropped unless the query has nothing else. */
const STOPWORDS = new Set(
  (
    'ada adalah agar akan antara atau bagi bahwa dalam dan dari dengan di hingga ini itu jika ' +
    'juga karena ke kepada namun oleh pada para saat sebagai secara serta sudah telah tersebut ' +
    'tetapi tidak untuk yang'
  ).split(' '),
);

export interface QueryTerm {
  /** The folded word as typed. */
  word: string;
  /** Its candidate roots (stemmer.ts). */
  roots: Set<string>;
}

/** The query as shown back to the reader: one line, trimmed, at most MAX_QUERY_LENGTH characters. */
export function normaliseQuery(raw: unknown): string {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return '';
  const oneLine = first.replace(/\s+/gu, ' ').trim();
  return Array.from(oneLine).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The distinct words worth searching for; empty for "", "!!!" or "🙂". */
export function parseQuery(query: string): QueryTerm[] {
  const words = [...new Set(tokenize(query).map((t) => t.folded))];
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  return (meaningful.length ? meaningful : words)
    .slice(0, MAX_TERMS)
    .map((word) => ({ word, roots: new Set(stemVariants(word)) }));
}
