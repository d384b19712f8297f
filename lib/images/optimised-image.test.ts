import { describe, expect, it } from 'vitest';
import { ARTICLE_COLUMN_SIZES, optimisedSources } from './optimised-image';

describe('optimisedSources', () => {
  const sources = optimisedSources(
    '/images/articles/abc.jpg',
    { width: 1800, height: 1200 },
    ARTICLE_COLUMN_SIZES,
  );

  it('points every width at the image optimiser, never at the original file', () => {
    const candidates = sources.srcSet.split(', ');
    expect(candidates.length).toBeGreaterThan(2);
    for (const candidate of candidates) {
      expect(candidate).toMatch(
        /^\/_next\/image\?url=%2Fimages%2Farticles%2Fabc\.jpg&w=\d+&q=75 \d+w$/,
      );
    }
    expect(sources.src).toMatch(/^\/_next\/image\?url=%2Fimages%2Farticles%2Fabc\.jpg&w=\d+&q=75$/);
  });

  it('lists widths from small to large and keeps the sizes it was given', () => {
    const widths = sources.srcSet.split(', ').map((c) => Number(c.split(' ')[1]!.slice(0, -1)));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(sources.sizes).toBe(ARTICLE_COLUMN_SIZES);
  });
});
