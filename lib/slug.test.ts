import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Korea Utara', 'korea-utara'],
    ['  Piala AFF 2024! ', 'piala-aff-2024'],
    ['Café Ñoño', 'cafe-nono'],
    ['PPN 12%', 'ppn-12'],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
