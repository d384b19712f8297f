import type { QueryTerm } from './query';

/** How well an indexed word answers a query word: the word itself beats its root or a prefix. */
export const MATCH_WEIGHT = { exact: 1, root: 0.9, prefix: 0.8 } as const;

/** A prefix shorter than this would match half the corpus ("di", "me"). */
const MIN_PREFIX_LENGTH = 3;

/** 0 when the word does not match; otherwise its weight. */
export function matchWeight(term: QueryTerm, word: string, wordRoots: readonly string[]): number {
  if (word === term.word) return MATCH_WEIGHT.exact;
  if (wordRoots.some((root) => term.roots.has(root))) return MATCH_WEIGHT.root;
  if (term.word.length >= MIN_PREFIX_LENGTH && word.startsWith(term.word)) {
    return MATCH_WEIGHT.prefix;
  }
  return 0;
}
