import type { Article, Section } from '../content';
import { tokenize } from './fold';
import { stemVariants } from './stemmer';

/** Where a word was found; a hit in the headline counts most, one in the body least. */
export const FIELD_WEIGHTS = { title: 4, tags: 2.5, summary: 2, section: 1.5, body: 1 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;

/**
 * BM25's length normalisation per field: full for the body, little for a headline, none for
 * tags and the section name, where a longer list is no dilution.
 */
export const FIELD_LENGTH_NORMALISATION: Record<Field, number> = {
  title: 0.3,
  tags: 0,
  summary: 0.5,
  section: 0,
  body: 0.75,
};
export const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

export type FieldCounts = Partial<Record<Field, number>>;

export interface IndexedWord {
  roots: string[];
  /** Document number → occurrences per field. */
  postings: Map<number, FieldCounts>;
}

export interface SearchDocument {
  article: Article;
  sectionName: string;
  lengths: Record<Field, number>;
}

export interface SearchIndex {
  documents: SearchDocument[];
  words: Map<string, IndexedWord>;
  averageLengths: Record<Field, number>;
}

const zeroes = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;

function fieldTexts(article: Article, sectionName: string): Record<Field, string> {
  return {
    title: article.title,
    tags: article.tags.map((t) => t.name).join(' '),
    summary: article.summary,
    section: sectionName,
    body: article.text,
  };
}

/** An inverted index over the articles given: every folded word, its roots and its postings. */
export function buildSearchIndex(articles: Article[], sections: Section[]): SearchIndex {
  const sectionNames = new Map(sections.map((s) => [s.id, s.name]));
  const words = new Map<string, IndexedWord>();
  const totals = zeroes();

  const documents = articles.map((article, doc): SearchDocument => {
    const sectionName = sectionNames.get(article.section) ?? article.section;
    const texts = fieldTexts(article, sectionName);
    const lengths = zeroes();
    for (const field of FIELDS) {
      const tokens = tokenize(texts[field]);
      lengths[field] = tokens.length;
      totals[field] += tokens.length;
      for (const { folded } of tokens) {
        let entry = words.get(folded);
        if (!entry) {
          entry = { roots: stemVariants(folded), postings: new Map() };
          words.set(folded, entry);
        }
        const counts = entry.postings.get(doc) ?? {};
        counts[field] = (counts[field] ?? 0) + 1;
        entry.postings.set(doc, counts);
      }
    }
    return { article, sectionName, lengths };
  });

  const count = Math.max(1, documents.length);
  const averageLengths = Object.fromEntries(
    FIELDS.map((f) => [f, Math.max(1, totals[f] / count)]),
  ) as Record<Field, number>;
  return { documents, words, averageLengths };
}
