import { describe, expect, it } from 'vitest';
import { tagVerdict } from './tag-state.mjs';

describe('tagVerdict', () => {
  const written = 1_000;

  it('keeps an entry whose tags were revalidated before it was written', () => {
    expect(tagVerdict([{ stale: written - 1, expired: written - 1 }], written, written + 5)).toBe(
      'fresh',
    );
    expect(tagVerdict([undefined], written, written + 5)).toBe('fresh');
  });

  it('expires an entry whose tag was revalidated in the same millisecond it was written', () => {
    expect(tagVerdict([{ stale: written, expired: written }], written, written)).toBe('expired');
  });

  it('serves an entry stale until a tag’s expiry time has come', () => {
    const state = { stale: written + 1, expired: written + 60_000 };
    expect(tagVerdict([state], written, written + 2)).toBe('stale');
    expect(tagVerdict([state], written, written + 60_000)).toBe('expired');
  });
});
