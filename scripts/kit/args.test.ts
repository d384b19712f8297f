import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads --name=value options, bare --name as "true", and the rest as positional', () => {
    const { positional, options } = parseArgs('usage', [
      'content',
      '--runs=5',
      '--change',
      '--queries=a=b|"tim nasional"',
    ]);
    expect(positional).toEqual(['content']);
    expect(Object.fromEntries(options)).toEqual({
      runs: '5',
      change: 'true',
      queries: 'a=b|"tim nasional"',
    });
  });
});
