import type { Article } from '../content/types';
import { tokenize } from '../search/fold';
import { stemVariants } from '../search/stemmer';
import type { SearchRequest } from './port';

/**
 * The text a full-text index holds for a field: each folded word followed by its Indonesian
 * roots (lib/search/stemmer.ts), so "pemerintahan" is found by "pemerintah" and "perintah".
 */
export function stemmedText(text: string): string {
  return tokenize(text)
    .map(({ folded }) => stemmedWord(folded))
    .join(' ');
}

/** Words repeat across an archive: each one's roots are worked out once (bounded memo). */
const stemmed = new Map<string, string>();
const STEM_MEMO_SIZE = 200_000;

function stemmedWord(folded: string): string {
  let text = stemmed.get(folded);
  if (text === undefined) {
    text = [folded, ...stemVariants(folded).filter((root) => root !== folded)].join(' ');
    if (stemmed.size >= STEM_MEMO_SIZE) stemmed.clear();
    stemmed.set(folded, text);
  }
  return text;
}

export function searchFields(article: Article, sectionName: string) {
  return {
    title: article.title,
    tags: article.tags.map((t) => t.name).join(' '),
    summary: article.summary,
    section: sectionName,
    body: article.text,
  };
}

/** An article's fields as a full-text index files them: each one's stemmedText. */
export type StemmedFields = ReturnType<typeof searchFields>;

export function stemmedFields(article: Article, sectionName: string): StemmedFields {
  const fields = searchFields(article, sectionName);
  return {
    title: stemmedText(fields.title),
    tags: stemmedText(fields.tags),
    summary: stemmedText(fields.summary),
    section: stemmedText(fields.section),
    body: stemmedText(fields.body),
  };
}

/** Recency blend shared by both engines: up to 1.5× for a story published now, halving weekly. */
export const RECENCY = { boost: 0.5, halfLifeDays: 7 } as const;

export function recencyFactor(publishedAtIso: string, nowMs: number): number {
  const ageDays = Math.max(0, (nowMs - Date.parse(publishedAtIso)) / 86_400_000);
  return 1 + RECENCY.boost * 0.5 ** (ageDays / RECENCY.halfLifeDays);
}

/** At most this many characters of a word are searched (a reader's query is 200 at most). */
const MAX_TERM_LENGTH = 100;

/**
 * A search's terms as the engines take them: letters and digits only (what lib/search/fold.ts
 * makes of a reader's words), at most MAX_TERM_LENGTH characters, words left empty dropped. A
 * caller that passes anything else gets a search, never an engine's syntax error.
 */
export function searchableTerms(terms: SearchRequest['terms']): SearchRequest['terms'] {
  const clean = (word: string) =>
    Array.from(word.replace(/[^\p{L}\p{N}]+/gu, ''))
      .slice(0, MAX_TERM_LENGTH)
      .join('');
  return terms.flatMap(({ word, roots }) => {
    const kept = clean(word);
    if (!kept) return [];
    return [{ word: kept, roots: [...new Set(roots.map(clean).filter(Boolean))] }];
  });
}
