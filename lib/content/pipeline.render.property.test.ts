import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardText, propertyRuns } from '../test-support/awkward-text';
import { renderMarkdown } from './render-markdown';
import { markdownBody } from './test-support/arbitrary-markdown';
import { scriptableParts } from './test-support/scriptable-parts';

/**
 * A property of the content pipeline over arbitrary input: whatever an editor (or an attacker
 * with the publish secret) writes, no rendered body can run a script; and the check that says so
 * finds what it is meant to find. Seeded (test-support/awkward-text.ts): a failure names its
 * seed and path to replay.
 */

describe('the content pipeline, for any input (properties, seeded)', () => {
  it('rendered body HTML never holds anything that can run a script', () => {
    const lookup = (title: string, url: string) => () => ({ title, url });
    fc.assert(
      fc.property(
        markdownBody,
        awkwardText(20),
        awkwardText(20),
        awkwardText(20),
        (body, dateline, title, url) => {
          const plain = renderMarkdown(body);
          expect(scriptableParts(plain)).toEqual([]);
          const dressed = renderMarkdown(body, {
            dateline,
            resolveArticle: lookup(title, url),
            imageSize: () => ({ width: 10, height: 10 }),
            imageSources: (src) => ({ src, srcSet: `${src} 10w`, sizes: '100vw' }),
          });
          expect(scriptableParts(dressed)).toEqual([]);
        },
      ),
      propertyRuns(250),
    );
  });

  it('the checker finds what it is meant to find', () => {
    expect(scriptableParts('<p>a &#x3C;script> b</p>')).toEqual([]);
    expect(scriptableParts('<p><a href="https://x.id/?a=1&#x26;b=2">x</a></p>')).toEqual([]);
    expect(scriptableParts('<script>x</script>')).toContain('<script>');
    expect(scriptableParts('<p><img src="x" onerror="y"></p>')).toEqual(['onerror=']);
    expect(scriptableParts('<a href="jav&#x09;ascript:alert(1)">x</a>')).toHaveLength(1);
    expect(scriptableParts('<a href=" JAVASCRIPT:x">x</a>')).toHaveLength(1);
    expect(scriptableParts('<img srcset="/a.jpg 1x, javascript:x 2x">')).toHaveLength(1);
    expect(scriptableParts('<p style="x">y</p>')).toEqual(['style']);
    expect(scriptableParts('<p>a < b</p>')).toHaveLength(1);
    expect(scriptableParts('<iframe src="https://x.id"></iframe>')).toContain('<iframe>');
  });
});
