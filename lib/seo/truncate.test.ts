import { describe, expect, it } from 'vitest';
import { truncateAtWord } from './truncate';

describe('truncateAtWord', () => {
  it('leaves short text alone, whitespace tidied', () => {
    expect(truncateAtWord('  Gempa   guncang Vanuatu ', 70)).toBe('Gempa guncang Vanuatu');
  });

  it('keeps text of exactly the limit', () => {
    const text = 'a'.repeat(70);
    expect(truncateAtWord(text, 70)).toBe(text);
  });

  it('cuts at a word boundary and ends with an ellipsis within the limit', () => {
    const text =
      'Tentara Korea Utara di Rusia Diberi Dokumen Palsu, 1.100 Tewas atau Terluka Parah';
    const short = truncateAtWord(text, 70);
    expect(Array.from(short).length).toBeLessThanOrEqual(70);
    expect(short).toBe('Tentara Korea Utara di Rusia Diberi Dokumen Palsu, 1.100 Tewas atau…');
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateAtWord('Satu dua, tiga empat lima', 11)).toBe('Satu dua…');
  });

  it('cuts a single overlong word hard rather than returning nothing', () => {
    const short = truncateAtWord('x'.repeat(300), 200);
    expect(Array.from(short)).toHaveLength(200);
    expect(short.endsWith('…')).toBe(true);
  });

  it('counts code points, not UTF-16 units', () => {
    const text = 'Maranhão 🇮🇩 '.repeat(30);
    const short = truncateAtWord(text, 50);
    expect(Array.from(short).length).toBeLessThanOrEqual(50);
    expect(short).not.toMatch(/\uFFFD/);
  });
});
