import { describe, expect, it } from 'vitest';
import { laterPages, pageWindow, parsePageNumber } from './pagination';

describe('parsePageNumber', () => {
  it('reads canonical page numbers', () => {
    expect(parsePageNumber('2')).toEqual({ kind: 'page', page: 2 });
    expect(parsePageNumber('120')).toEqual({ kind: 'page', page: 120 });
  });

  it('sends page 1 to the base URL', () => {
    expect(parsePageNumber('1')).toEqual({ kind: 'first' });
  });

  it.each(['0', '01', '-1', '2.0', 'dua', '', '1e3', '9999999'])('rejects %j', (raw) => {
    expect(parsePageNumber(raw)).toEqual({ kind: 'invalid' });
  });
});

describe('pageWindow', () => {
  it('prints every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('leaves gaps in a long list, never for a single page', () => {
    expect(pageWindow(1, 10)).toEqual([1, 2, 'gap', 10]);
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, 'gap', 10]);
    expect(pageWindow(10, 10)).toEqual([1, 'gap', 9, 10]);
  });
});

describe('laterPages', () => {
  it('lists pages after the first', () => {
    expect(laterPages(1)).toEqual([]);
    expect(laterPages(3)).toEqual(['2', '3']);
  });
});
