import { describe, expect, it } from 'vitest';
import { type DiffLine, LINE_DIFF_CELLS, lineDiff } from './line-diff';

const show = (lines: DiffLine[]) =>
  lines.map((l) => `${{ same: ' ', removed: '-', added: '+' }[l.kind]}${l.text}`);

/** What a diff must always be: `before` from its kept and removed lines, `after` from the rest. */
function expectFaithful(before: string, after: string) {
  const diff = lineDiff(before, after);
  const lines = (text: string) => (text === '' ? [] : text.split('\n'));
  expect(diff.filter((l) => l.kind !== 'added').map((l) => l.text)).toEqual(lines(before));
  expect(diff.filter((l) => l.kind !== 'removed').map((l) => l.text)).toEqual(lines(after));
  return diff;
}

describe('lineDiff', () => {
  it('keeps equal texts as they are', () => {
    expect(show(lineDiff('a\nb', 'a\nb'))).toEqual([' a', ' b']);
    expect(lineDiff('', '')).toEqual([]);
  });

  it('shows a changed line as removed then added, amid the lines kept', () => {
    expect(show(lineDiff('judul\nisi lama\npenutup', 'judul\nisi baru\npenutup'))).toEqual([
      ' judul',
      '-isi lama',
      '+isi baru',
      ' penutup',
    ]);
  });

  it('finds lines added and removed anywhere, keeping the longest common run', () => {
    expect(show(lineDiff('a\nb\nc\nd', 'b\nc\nx\nd\ne'))).toEqual([
      '-a',
      ' b',
      ' c',
      '+x',
      ' d',
      '+e',
    ]);
    expect(show(lineDiff('', 'baru'))).toEqual(['+baru']);
    expect(show(lineDiff('lama', ''))).toEqual(['-lama']);
  });

  it('reads Windows line ends as lines', () => {
    expect(show(lineDiff('a\r\nb', 'a\nb'))).toEqual([' a', ' b']);
  });

  it('is always faithful to both texts, including repeated and shuffled lines', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) % 4;
    for (let round = 0; round < 50; round++) {
      const text = (n: number) => Array.from({ length: n }, () => 'abcd'[random()]).join('\n');
      expectFaithful(text(1 + (round % 9)), text(1 + ((round * 3) % 11)));
    }
  });

  it('texts too long to compare line by line: everything removed, then everything added', () => {
    const side = Math.ceil(Math.sqrt(LINE_DIFF_CELLS)) + 1;
    const before = Array.from({ length: side }, (_, i) => `a${i}`).join('\n');
    const after = Array.from({ length: side }, (_, i) => `b${i}`).join('\n');
    const diff = expectFaithful(`awal\n${before}\nakhir`, `awal\n${after}\nakhir`);
    expect(diff[0]).toEqual({ kind: 'same', text: 'awal' });
    expect(diff[1]).toEqual({ kind: 'removed', text: 'a0' });
    expect(diff[side + 1]).toEqual({ kind: 'added', text: 'b0' });
  });
});
