import { FIELD_LENGTH_NORMALISATION, FIELD_WEIGHTS, FIELDS, type SearchIndex } from './build-index';
import { matchWeight } from './match';
import type { QueryTerm } from './query';

// BM25's usual saturation constant, and the recency blend.
const K1 = 1.2;
/** A story published just now scores up to this much more than an old one... */
const RECENCY_BOOST = 0.5;
/** ...and the boost halves every this many days. */
const RECENCY_HALF_LIFE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface RankedDocument {
  doc: number;
  score: number;
}

export interface Ranking {
  ranked: RankedDocument[];
  /** True when no article holds every word and those holding some are shown instead. */
  partial: boolean;
}

/** Field-weighted term frequency of one query word in each document (BM25F's pseudo-tf). */
function weightedFrequencies(index: SearchIndex, term: QueryTerm): Map<number, number> {
  const frequencies = new Map<number, number>();
  for (const [word, entry] of index.words) {
    const weight = matchWeight(term, word, entry.roots);
    if (!weight) continue;
    for (const [doc, counts] of entry.postings) {
      const { lengths } = index.documents[doc]!;
      let tf = 0;
      for (const field of FIELDS) {
        const count = counts[field];
        if (!count) continue;
        const b = FIELD_LENGTH_NORMALISATION[field];
        const norm = 1 - b + (b * lengths[field]) / index.averageLengths[field];
        tf += (FIELD_WEIGHTS[field] * weight * count) / norm;
      }
      frequencies.set(doc, (frequencies.get(doc) ?? 0) + tf);
    }
  }
  return frequencies;
}

function recencyFactor(publishedAt: Date, at: Date): number {
  const ageDays = Math.max(0, (at.getTime() - publishedAt.getTime()) / DAY_MS);
  return 1 + RECENCY_BOOST * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
}

/**
 * Documents holding every query word, by BM25F relevance blended with recency. When none holds
 * them all, those holding most of them, scaled by the share of words they hold.
 */
export function rankDocuments(index: SearchIndex, terms: QueryTerm[], at: Date): Ranking {
  const total = index.documents.length;
  const relevance = new Map<number, { score: number; matched: number }>();
  for (const term of terms) {
    const frequencies = weightedFrequencies(index, term);
    const idf = Math.log(1 + (total - frequencies.size + 0.5) / (frequencies.size + 0.5));
    for (const [doc, tf] of frequencies) {
      const entry = relevance.get(doc) ?? { score: 0, matched: 0 };
      entry.score += (idf * tf * (K1 + 1)) / (K1 + tf);
      entry.matched += 1;
      relevance.set(doc, entry);
    }
  }

  const all = [...relevance].filter(([, r]) => r.matched === terms.length);
  const partial = all.length === 0 && relevance.size > 0;
  const chosen = partial ? [...relevance] : all;
  const ranked = chosen.map(([doc, r]) => {
    const coverage = r.matched / terms.length;
    const { publishedAt } = index.documents[doc]!.article;
    return { doc, score: r.score * coverage * recencyFactor(publishedAt, at) };
  });
  ranked.sort((x, y) => y.score - x.score || newer(index, x.doc, y.doc));
  return { ranked, partial };
}

function newer(index: SearchIndex, a: number, b: number): number {
  const articleA = index.documents[a]!.article;
  const articleB = index.documents[b]!.article;
  return (
    articleB.publishedAt.getTime() - articleA.publishedAt.getTime() ||
    articleA.id.localeCompare(articleB.id)
  );
}
