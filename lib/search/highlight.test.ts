import { describe, expect, it } from 'vitest';
import { HEADLINE_START as A, HEADLINE_STOP as Z } from './highlight';
import { headlineSnippet, highlight, snippet, type Segment } from './highlight';
import { parseQuery } from './query';

/** Segments as a string with the marked runs in [brackets]. */
const show = (segments: Segment[]) =>
  segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('highlight', () => {
  it('marks whole words, across case, diacritics, prefixes and roots', () => {
    expect(show(highlight('Tentara KORÉA Utara dikirim ke Rusia', parseQuery('korea kirim')))).toBe(
      'Tentara [KORÉA] Utara [dikirim] ke Rusia',
    );
    expect(show(highlight('Penempatan tambahan tentara', parseQuery('penem')))).toBe(
      '[Penempatan] tambahan tentara',
    );
  });

  it('joins neighbouring matches into one mark', () => {
    expect(
      show(highlight('Tentara Korea Utara, lalu Korea Selatan', parseQuery('korea utara'))),
    ).toBe('Tentara [Korea Utara], lalu [Korea] Selatan');
  });

  it('returns the text untouched when nothing matches', () => {
    expect(highlight('<b>teks</b>', parseQuery('korea'))).toEqual([
      { text: '<b>teks</b>', match: false },
    ]);
  });
});

describe('snippet', () => {
  const words = Array.from({ length: 80 }, (_, i) => `kata${i}`);

  it('is a window around the first match, with ellipses where cut', () => {
    const text = [...words.slice(0, 40), 'penempatan', ...words.slice(40)].join(' ');
    const result = show(snippet(text, parseQuery('tempat')));
    expect(result.startsWith('… kata28 ')).toBe(true);
    expect(result).toContain('kata39 [penempatan] kata40');
    expect(result.endsWith(' …')).toBe(true);
  });

  it('centres on the best match: the word as typed before an earlier root match', () => {
    const text = ['tempat', ...words.slice(0, 40), 'penempatan', ...words.slice(40)].join(' ');
    expect(show(snippet(text, parseQuery('penempatan')))).toContain('[penempatan]');
  });

  it('starts at the beginning when the match is early or missing', () => {
    expect(show(snippet('Tentara Korea Utara.', parseQuery('korea')))).toBe(
      'Tentara [Korea] Utara.',
    );
    expect(show(snippet(words.join(' '), parseQuery('korea'))).startsWith('kata0 ')).toBe(true);
  });
});

describe('headlineSnippet (an engine excerpt: PostgreSQL ts_headline)', () => {
  const text =
    'Hujan deras turun sejak pagi. Tentara Korea Utara dikirim ke Rusia. Penempatan tentara berlanjut.';

  it("keeps the engine's marks, adds ours, joins neighbours and cuts with ellipses", () => {
    const headline = ` Tentara ${A}Korea${Z} ${A}Utara${Z} dikirim ke Rusia. Penempatan`;
    expect(show(headlineSnippet(headline, text, parseQuery('korea utara penem'))!)).toBe(
      '… Tentara [Korea Utara] dikirim ke Rusia. [Penempatan] …',
    );
  });

  it('no ellipsis where the window reaches an end of the text (punctuation aside)', () => {
    expect(show(headlineSnippet(`${A}Hujan${Z} deras`, text, parseQuery('hujan'))!)).toBe(
      '[Hujan] deras …',
    );
    expect(
      show(headlineSnippet(`${A}Penempatan${Z} tentara berlanjut`, text, parseQuery('tempat'))!),
    ).toBe('… [Penempatan] tentara berlanjut');
  });

  it('undefined when the excerpt is not from the text or nothing in it matches', () => {
    expect(headlineSnippet(`${A}Banjir${Z} besar`, text, parseQuery('banjir'))).toBeUndefined();
    expect(headlineSnippet('Hujan deras turun', text, parseQuery('rusia'))).toBeUndefined();
  });
});
