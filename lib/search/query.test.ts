import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import { foldWord, tokenize } from './fold';
import { matchWeight, MATCH_WEIGHT } from './match';
import { MAX_QUERY_LENGTH, normaliseQuery, parseQuery } from './query';
import { stemVariants } from './stemmer';

const words = (query: string) => parseQuery(query).map((t) => t.word);

function weight(query: string, word: string): number {
  const [term] = parseQuery(query);
  return term ? matchWeight(term, word, stemVariants(word)) : 0;
}

describe('folding', () => {
  it('ignores case and diacritics', () => {
    expect(foldWord('KORÉA')).toBe('korea');
    expect(foldWord('Perancis')).toBe('perancis');
    expect(tokenize('Café, Ñusa-Tenggara 2024').map((t) => t.folded)).toEqual([
      'cafe',
      'nusa',
      'tenggara',
      '2024',
    ]);
  });

  it('leaves letters and digits only, whatever a compatibility form decomposes into', () => {
    expect(foldWord('⑴')).toBe('1');
    expect(foldWord('a⑴b')).toBe('a1b');
    expect(foldWord('⒈')).toBe('1');
    expect(foldWord('İSTANBUL')).toBe('istanbul');
    expect(foldWord('ﬁrma')).toBe('firma');
    expect(tokenize('⑴ a⑴b').map((t) => t.folded)).toEqual(['1', 'a1b']);
  });

  it('every folded word is letters and digits, for any text (property, seeded)', () => {
    fc.assert(
      fc.property(awkwardText(80), (text) => {
        for (const token of tokenize(text)) {
          expect(token.folded).toMatch(/^[\p{L}\p{N}]+$/u);
          expect(token.end).toBeGreaterThan(token.start);
        }
        for (const term of parseQuery(normaliseQuery(text))) {
          expect(term.word).toMatch(/^[\p{L}\p{N}]+$/u);
          for (const root of term.roots) expect(root).toMatch(/^[\p{L}\p{N}]+$/u);
        }
      }),
      propertyRuns(300),
    );
  });

  it('keeps positions in the original text, combining marks included', () => {
    const text = 'Cafe\u0301 Bali';
    const [first] = tokenize(text);
    expect(text.slice(first!.start, first!.end)).toBe('Cafe\u0301');
  });
});

describe('normaliseQuery', () => {
  it('trims, joins lines and takes the first of repeated parameters', () => {
    expect(normaliseQuery('  korea \n utara ')).toBe('korea utara');
    expect(normaliseQuery(['riau', 'jambi'])).toBe('riau');
    expect(normaliseQuery(undefined)).toBe('');
  });

  it(`cuts at ${MAX_QUERY_LENGTH} characters without splitting an emoji`, () => {
    const query = normaliseQuery('🙂'.repeat(300));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.isWellFormed()).toBe(true);
  });
});

describe('parseQuery', () => {
  it('folds, de-duplicates and drops stopwords', () => {
    expect(words('Tentara KOREA di Rusia dan korea')).toEqual(['tentara', 'korea', 'rusia']);
  });

  it('keeps stopwords when there is nothing else', () => {
    expect(words('yang di')).toEqual(['yang', 'di']);
  });

  it.each(['', '   ', '!!! ??? %', '🙂🙂', '<>'])('has no terms for %j', (query) => {
    expect(parseQuery(query)).toEqual([]);
  });

  it('reads the words out of markup', () => {
    expect(words('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
  });
});

describe('matchWeight', () => {
  it('prefers the word itself, then its root, then a prefix', () => {
    expect(weight('korea', 'korea')).toBe(MATCH_WEIGHT.exact);
    expect(weight('tempat', 'penempatan')).toBe(MATCH_WEIGHT.root);
    expect(weight('penempatan', 'tempat')).toBe(MATCH_WEIGHT.root);
    expect(weight('penem', 'penempatan')).toBe(MATCH_WEIGHT.prefix);
    expect(weight('Korea', 'koreanya')).toBe(MATCH_WEIGHT.root);
  });

  it('needs three letters for a prefix', () => {
    expect(weight('ko', 'korea')).toBe(0);
    expect(weight('kor', 'korea')).toBe(MATCH_WEIGHT.prefix);
  });

  it('does not match inside a word', () => {
    expect(weight('rea', 'korea')).toBe(0);
    expect(weight('utara', 'selatan')).toBe(0);
  });
});
