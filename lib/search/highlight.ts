import { tokenize, type Token } from './fold';
import { matchWeight } from './match';
import type { QueryTerm } from './query';
import { stemVariants } from './stemmer';

/** A run of text, marked when it matched the query; the page renders marked runs as <mark>. */
export interface Segment {
  text: string;
  match: boolean;
}

/** The marks an engine's excerpt puts around a matched word (private-use characters). */
export const HEADLINE_START = '\uE000';
export const HEADLINE_STOP = '\uE001';

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

type Range = [start: number, end: number];

/** Ranges in order, overlapping ones and neighbours separated only by spaces made one. */
function joinRanges(text: string, ranges: Range[]): Range[] {
  const joined: Range[] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = joined.at(-1);
    if (last && (start <= last[1] || /^\s*$/u.test(text.slice(last[1], start))))
      last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** Matched words as [start, end) ranges. */
function matchedRanges(text: string, tokens: Token[], isMatch: (t: Token) => boolean) {
  const ranges = tokens.filter(isMatch).map((token): Range => [token.start, token.end]);
  return joinRanges(text, ranges);
}

function toSegments(text: string, ranges: Range[]): Segment[] {
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
  return withEllipses(highlight(window, terms), start > 0, end < text.length);
}

function withEllipses(segments: Segment[], cutBefore: boolean, cutAfter: boolean): Segment[] {
  if (cutBefore) segments.unshift({ text: `${ELLIPSIS} `, match: false });
  if (cutAfter) segments.push({ text: ` ${ELLIPSIS}`, match: false });
  return segments;
}

/**
 * An engine's excerpt of the text (PostgreSQL's ts_headline: its window, its matched words
 * between HEADLINE_START and HEADLINE_STOP) as segments, with the words this module matches
 * marked too (prefixes and the project's stemmer, which the engine's own marks miss), cut like
 * snippet(). Undefined when the excerpt is not a window of the text or nothing in it matches.
 */
export function headlineSnippet(
  headline: string,
  text: string,
  terms: QueryTerm[],
): Segment[] | undefined {
  const [opening = '', ...marked] = headline.split(HEADLINE_START);
  let plain = opening;
  const engineRanges: Range[] = [];
  for (const part of marked) {
    const [word = '', ...rest] = part.split(HEADLINE_STOP);
    engineRanges.push([plain.length, plain.length + word.length]);
    plain += word + rest.join('');
  }
  const lead = plain.length - plain.trimStart().length;
  const window = plain.trim();
  const start = window ? text.indexOf(window) : -1;
  if (start < 0) return undefined;
  const ranges = joinRanges(window, [
    ...engineRanges.map(([s, e]): Range => [Math.max(0, s - lead), e - lead]),
    ...matchedRanges(window, tokenize(window), matcher(terms)),
  ]);
  if (ranges.length === 0) return undefined;
  const wordIn = (part: string) => /[\p{L}\p{N}]/u.test(part);
  return withEllipses(
    toSegments(window, ranges),
    wordIn(text.slice(0, start)),
    wordIn(text.slice(start + window.length)),
  );
}

/** Whether any word of the text matches. */
export function hasMatch(text: string, terms: QueryTerm[]): boolean {
  return tokenize(text).some(matcher(terms));
}
