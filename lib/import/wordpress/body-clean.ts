import type { Element, Root as HastRoot } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { element } from '../../content/embed-html';
import { parseEmbedUrl } from '../../content/embed-urls';
import { strings } from '../../strings';
import type { BodyContext, Note } from './body';
import { embed, media } from './body-elements';
import { absolute, findAll, findByClass, hasClass, oneLine, textOf } from './body-tree';

/**
 * A body's hast tree made safe and plain before it becomes Markdown: comments, scripts, forms and
 * other elements a reader never sees go; player iframes, audio, video and a provider's URL alone
 * on a line become embeds or links; figures become an image with its caption; images point to
 * their copies under /images, links are made absolute (unsafe ones keep only their words).
 */

const n = strings.wordpressImport.notes;

/** Elements whose content never reaches a reader. */
export const REMOVED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'canvas',
  'map',
  'head',
  'title',
]);

export function clean(tree: HastRoot, ctx: BodyContext, note: Note): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'comment') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (REMOVED.has(tag)) {
      if (
        tag === 'script' ||
        tag === 'style' ||
        tag === 'object' ||
        tag === 'embed' ||
        tag === 'form'
      )
        note('dropped', n.elementDropped(tag));
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (tag === 'iframe') {
      const src = String(node.properties.src ?? '');
      const replacement = parseEmbedUrl(src).ok
        ? embed(src, String(node.properties.title ?? ''), note)
        : [];
      if (replacement.length === 0) note('dropped', n.iframeDropped(src || 'iframe'));
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    }
    if (tag === 'audio' || tag === 'video') {
      const source =
        String(node.properties.src ?? '') ||
        findAll(node, 'source')
          .map((s) => String(s.properties.src ?? ''))
          .find(Boolean) ||
        '';
      const replacement = media(source, ctx, note);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    }
    if (tag === 'figure' || (tag === 'div' && hasClass(node, 'wp-caption'))) {
      const img = findAll(node, 'img')[0];
      if (img) {
        const caption = [...findAll(node, 'figcaption'), ...findByClass(node, 'wp-caption-text')]
          .map(textOf)
          .join(' ')
          .trim();
        if (caption) img.properties.title = oneLine(caption);
        const link = findAll(node, 'a').find((a) => findAll(a, 'img').length > 0);
        const kept =
          link && isPageLink(link) ? element('a', { href: link.properties.href }, [img]) : img;
        node.tagName = 'p';
        node.properties = {};
        node.children = [kept];
        return;
      }
      // A pull quote or an embed's box: the figure itself means nothing.
      node.tagName = 'div';
      return;
    }
    if (tag === 'img') {
      const url = String(node.properties.src ?? '');
      const src = url ? ctx.image(absolute(url, ctx.siteUrl) ?? url) : undefined;
      if (!src) {
        note('dropped', n.imageMissing(url || 'img'));
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const alt =
        oneLine(String(node.properties.alt ?? '')) ||
        oneLine(String(node.properties.title ?? '')) ||
        n.defaultAlt;
      node.properties = {
        src,
        alt,
        ...(node.properties.title ? { title: oneLine(String(node.properties.title)) } : {}),
      };
      return;
    }
    if (tag === 'a') {
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      const url = href ? absolute(href, ctx.siteUrl) : undefined;
      if (!url) {
        // An unsafe or empty link keeps its words; an unsafe one ("javascript:") is reported.
        if (href.trim()) note('dropped', n.linkDropped(JSON.stringify(oneLine(href).slice(0, 80))));
        parent.children.splice(index, 1, ...(node.children as typeof parent.children));
        return [SKIP, index];
      }
      node.properties = { href: url };
      return;
    }
    if (tag === 'h1') node.tagName = 'h2';
    if (tag === 'p') {
      // A provider's URL alone on its line is an embed (WordPress's auto-embeds).
      const url = loneUrl(node);
      if (url && parseEmbedUrl(url).ok) {
        const replacement = embed(url, '', note);
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        return [SKIP, index + replacement.length];
      }
    }
  });
}

/** The URL a paragraph holds and nothing else (as text, or as a link showing its own address). */
function loneUrl(p: Element): string | undefined {
  const parts = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (parts.length !== 1) return undefined;
  const only = parts[0]!;
  const value =
    only.type === 'text'
      ? only.value.trim()
      : only.type === 'element' &&
          only.tagName === 'a' &&
          textOf(only).trim() === String(only.properties.href ?? '')
        ? textOf(only).trim()
        : '';
  return /^https?:\/\/\S+$/.test(value) ? value : undefined;
}

function isPageLink(a: Element): boolean {
  const href = String(a.properties.href ?? '');
  return (
    !!href &&
    !/\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:\?.*)?$/i.test(href) &&
    !/attachment_id=|\/attachment\//.test(href)
  );
}
