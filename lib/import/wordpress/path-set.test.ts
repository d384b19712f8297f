import { describe, expect, it } from 'vitest';
import { HashedStringSet } from './path-set';

describe('HashedStringSet', () => {
  it('says whether a string was added, and counts each once', () => {
    const set = new HashedStringSet(2);
    expect(set.add('/2024/05/banjir/')).toBe(true);
    expect(set.add('/2024/05/banjir')).toBe(true);
    expect(set.add('/2024/05/banjir/')).toBe(false);
    expect(set.has('/2024/05/banjir/')).toBe(true);
    expect(set.has('/2024/05/banjir/feed/')).toBe(false);
    expect(set.has('')).toBe(false);
    expect(set.add('')).toBe(true);
    expect(set.has('')).toBe(true);
    expect(set.size).toBe(3);
  });

  it('tells apart a million old addresses of an archive, growing as it goes', () => {
    const set = new HashedStringSet();
    const forms = ['/', '/feed/', '/amp/', '', '/2/'];
    let added = 0;
    for (let id = 0; id < 200_000; id++)
      for (const form of forms)
        if (set.add(`/20${10 + (id % 15)}/0${1 + (id % 9)}/berita-${id}-kabar${form}`)) added += 1;
    expect(added).toBe(1_000_000);
    expect(set.size).toBe(1_000_000);
    expect(set.has('/2010/01/berita-0-kabar/amp/')).toBe(true);
    expect(set.has('/2010/01/berita-0-kabar/3/')).toBe(false);
    // Strings that differ only in where two characters are, or in case.
    expect(set.add('/?p=12')).toBe(true);
    expect(set.add('/?p=21')).toBe(true);
    expect(set.add('/%E2%80%AE')).toBe(true);
    expect(set.add('/%e2%80%ae')).toBe(true);
  });
});
