import { tokenize, type Token } from './fold';
import { matchWeight } from './match';
import type { QueryTerm } from './query';
import { stemVariants } from './stemmer';

/** A run of text, marked when it matched the query; the page renders marked runs as <mark>. */
export interface Segment {
  text: string;
  match: boolean;
}

const SNIPPET_WORDS_BEFORE = 12;
const SNIPPET_WORDS = 36;
const ELLIPSIS = '…';

/** The best weight any query word gives a token; 0 when none matches. */
function scorer(terms: QueryTerm[]): (token: Token) => number {
  const seen = new Map<string, number>();
  return ({ folded }) => {
    let weight = seen.get(folded);
    if (weight === undefined) {
      const roots = stemVariants(folded);
      weight = Math.max(0, ...terms.map((term) => matchWeight(term, folded, roots)));
      seen.set(folded, weight);
    }
    return weight;
  };
}

function matcher(terms: QueryTerm[]): (token: Token) => boolean {
  const score = scorer(terms);
  return (token) => score(token) > 0;
}

/** The first of the best-matching tokens: "penempatan" before an earlier "tempat". */
function bestMatch(tokens: Token[], terms: QueryTerm[]): number {
  const score = scorer(terms);
  let best = -1;
  let bestWeight = 0;
  tokens.forEach((token, index) => {
    const weight = score(token);
    if (weight > bestWeight) [best, bestWeight] = [index, weight];
  });
  return best;
}

/** Matched words as [start, end) ranges; neighbours separated only by spaces become one range. */
function matchedRanges(text: string, tokens: Token[], isMatch: (t: Token) => boolean) {
  const ranges: [number, number][] = [];
  for (const token of tokens) {
    if (!isMatch(token)) continue;
    const last = ranges.at(-1);
    if (last && /^\s*$/u.test(text.slice(last[1], token.start))) last[1] = token.end;
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}

function toSegments(text: string, ranges: [number, number][]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

/** The whole text, its matching words marked. */
export function highlight(text: string, terms: QueryTerm[]): Segment[] {
  return toSegments(text, matchedRanges(text, tokenize(text), matcher(terms)));
}

/**
 * A window of the text around its best match (or its opening when nothing matches), with an
 * ellipsis where it was cut.
 */
export function snippet(text: string, terms: QueryTerm[]): Segment[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const first = Math.max(0, bestMatch(tokens, terms));
  const from = Math.max(0, first - SNIPPET_WORDS_BEFORE);
  const to = Math.min(tokens.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length ? text.length : tokens[to - 1]!.end;
  const window = text.slice(start, end).trim();
  const segments = highlight(window, terms);
  if (start > 0) segments.unshift({ text: `${ELLIPSIS} `, match: false });
  if (end < text.length) segments.push({ text: ` ${ELLIPSIS}`, match: false });
  return segments;
}

/** Whether any word of the text matches. */
export function hasMatch(text: string, terms: QueryTerm[]): boolean {
  return tokenize(text).some(matcher(terms));
}
