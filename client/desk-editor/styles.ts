/**
 * CodeMirror writes its own styles (layout, `white-space: pre-wrap`, selection, the highlighting)
 * into a <style> element of the document, which the site's policy refuses (`style-src 'self'`,
 * nothing inline; lib/http/security-headers.ts). The same rules, adopted as a constructed
 * stylesheet, are not inline markup and apply: this keeps one such sheet equal to that
 * element's text, now and whenever CodeMirror adds rules. The desk's stylesheet (gaya.css) has
 * the editor's look; it is written to outrank these rules where it differs.
 */
export function adoptEditorStyles(document: Document) {
  const written = [...document.head.querySelectorAll('style')];
  if (!written.length || typeof CSSStyleSheet !== 'function') return;
  const sheet = new CSSStyleSheet();
  const copy = () => sheet.replaceSync(written.map((style) => style.textContent ?? '').join('\n'));
  copy();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const watch = new MutationObserver(copy);
  for (const style of written)
    watch.observe(style, { childList: true, characterData: true, subtree: true });
}
