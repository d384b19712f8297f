import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import inter from '@capsizecss/metrics/inter';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';

/**
 * The two self-hosted variable fonts (latin subset: Indonesian needs no other glyphs) with
 * font-display: swap, and a metric-compatible local fallback for each (capsize's size-adjust
 * and ascent/descent overrides), so the swap moves nothing: CLS stays 0.
 */
export function fontFaceCss(urls: { sans: string; serif: string }): string {
  const sans = createFontStack([inter, arial]);
  const serif = createFontStack([sourceSerif4, timesNewRoman]);
  return `
@font-face {
  font-family: "${inter.familyName}";
  src: url(${urls.sans}) format("woff2");
  font-weight: 100 900;
  font-style: normal;
  font-display: swap;
}
@font-face {
  font-family: "${sourceSerif4.familyName}";
  src: url(${urls.serif}) format("woff2");
  font-weight: 200 900;
  font-style: normal;
  font-display: swap;
}
${sans.fontFaces}
${serif.fontFaces}
:root {
  --font-sans: ${sans.fontFamily};
  --font-serif: ${serif.fontFamily};
}
`;
}
