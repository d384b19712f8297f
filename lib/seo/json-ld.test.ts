import type { WithContext, NewsArticle } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  const hostile = `</script><script>alert(1)</script> <img src=x onerror=alert(1)> "q" 'a' & &amp; \u2028\u2029`;
  const data: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: hostile,
  };

  it('escapes everything an HTML parser could act on', () => {
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
  });

  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
