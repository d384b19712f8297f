/**
 * Byte budgets per template, the one place they are declared: gzipped KB
 * (1 KB = 1024 bytes) for HTML, CSS and JavaScript, raw KB for preloaded fonts (woff2 is
 * compressed already). Measured on the production build first, then set a little above. The
 * measured figures are in docs/budgets.md (npm run bench).
 *
 * Reader pages ship no framework runtime (docs/architecture.md): "framework JS" (anything under /_next/)
 * is 0 on every template, and all of a page's JavaScript is the one enhancement script,
 * at most 2 KB gzipped. No inline script either, except JSON-LD data blocks (maxInlineScripts).
 */
export interface Budget {
  html: number;
  css: number;
  js: number;
  frameworkJs: number;
  fonts: number;
}

export type TemplateName =
  'front' | 'article' | 'section' | 'tag' | 'author' | 'search' | 'standing' | 'not-found';

const fonts = 100;
const css = 8;
const js = 2;
const frameworkJs = 0;

export const budgets: Record<TemplateName, Budget> = {
  front: { html: 10, css, js, frameworkJs, fonts },
  article: { html: 10, css, js, frameworkJs, fonts },
  section: { html: 6, css, js, frameworkJs, fonts },
  tag: { html: 6, css, js, frameworkJs, fonts },
  author: { html: 6, css, js, frameworkJs, fonts },
  search: { html: 4, css, js, frameworkJs, fonts },
  standing: { html: 4, css, js, frameworkJs, fonts },
  'not-found': { html: 3, css, js, frameworkJs, fonts },
};

/** Inline scripts a browser would run (JSON-LD is data, not counted): none, on every page. */
export const maxInlineScripts = 0;

/**
 * The desk's body editor (CodeMirror 6 and the toolbar, desk-assets/penyunting.<hash>.js), loaded
 * on the desk's editor pages only, never a reader page: KB raw and gzipped, as served at
 * /ruang-redaksi/aset/. Measured at 307.3 KB raw, 100.9 KB gzipped (docs/budgets.md).
 */
export const deskEditorBudget = { raw: 315, gzip: 104 };
