import { describe, expect, it } from 'vitest';
import { createLocalEntries } from './local-entries.mjs';

const copy = (value: string, bytes = 10) => ({ value, version: `v-${value}`, bytes });

describe('local copies', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const entries = createLocalEntries<string>({ maxEntries: 2 });
    entries.set('a', copy('a'));
    entries.set('b', copy('b'));
    expect(entries.get('a')?.value).toBe('a'); // a is now the most recently used
    entries.set('c', copy('c'));
    expect(entries.get('b')).toBeUndefined();
    expect(entries.get('a')?.version).toBe('v-a');
    expect(entries.get('c')?.value).toBe('c');
    expect(entries.size).toBe(2);
  });

  it('keeps at most maxBytes, and never keeps a copy larger than that', () => {
    const entries = createLocalEntries<string>({ maxBytes: 100 });
    entries.set('a', copy('a', 60));
    entries.set('b', copy('b', 60));
    expect(entries.get('a')).toBeUndefined();
    expect(entries.bytes).toBe(60);
    entries.set('huge', copy('huge', 101));
    expect(entries.get('huge')).toBeUndefined();
    expect(entries.get('b')?.value).toBe('b');
  });

  it('replacing or deleting a key frees its bytes', () => {
    const entries = createLocalEntries<string>({ maxBytes: 100 });
    entries.set('a', copy('a', 40));
    entries.set('a', copy('a2', 50));
    expect(entries.bytes).toBe(50);
    expect(entries.get('a')?.value).toBe('a2');
    entries.delete('a');
    expect(entries.bytes).toBe(0);
    expect(entries.size).toBe(0);
  });
});
