/**
 * Byte budgets per template, the one place they are declared (issue 4, section 7): gzipped KB
 * (1 KB = 1024 bytes) for HTML, CSS and JavaScript, raw KB for preloaded fonts (woff2 is
 * compressed already). Measured on the production build first, then set a little above,
 * within the limits. The README shows the measured figures (npm run bench).
 *
 * "JS beyond framework" is what a page loads besides Next's own chunks (the build manifest's
 * rootMainFiles, 128.4 KB with Next 16.4.6). An empty App Router page loads 131.7 KB: 3.3 KB
 * beyond them (its error boundaries). The issue lets the article add 5 KB to that floor, so
 * article: 3.3 + 5 ≈ 8 KB; the front page adds nothing, so 4 KB.
 */
export interface Budget {
  html: number;
  css: number;
  js: number;
  jsBeyondFramework: number;
  fonts: number;
}

export type TemplateName =
  'front' | 'article' | 'section' | 'tag' | 'author' | 'search' | 'standing' | 'not-found';

const fonts = 100;
const css = 8;

export const budgets: Record<TemplateName, Budget> = {
  front: { html: 20, css, js: 136, jsBeyondFramework: 4, fonts },
  article: { html: 20, css, js: 140, jsBeyondFramework: 8, fonts },
  // Listings and the rest: measured + a margin; they load next/link and next/image's client
  // components (11 KB), tighten to the front page's figures once those leave.
  section: { html: 15, css, js: 145, jsBeyondFramework: 16, fonts },
  tag: { html: 15, css, js: 145, jsBeyondFramework: 16, fonts },
  author: { html: 15, css, js: 145, jsBeyondFramework: 16, fonts },
  search: { html: 10, css, js: 140, jsBeyondFramework: 10, fonts },
  standing: { html: 10, css, js: 140, jsBeyondFramework: 10, fonts },
  'not-found': { html: 6, css, js: 140, jsBeyondFramework: 10, fonts },
};

/**
 * The article's inline RSC payload repeats its markup; it may not outweigh it (gzipped), which
 * would more than double the page.
 */
export const maxRscPayloadShareOfMarkup = 1;
