import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Small helpers the body converter's steps share: finding elements in a hast tree, reading their
 * words, one-line text, and an old site's links made absolute.
 */

export function findAll(node: ElementContent | HastRoot, tagName: string): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (el.tagName === tagName) found.push(el);
  });
  return found;
}

export function findByClass(node: Element, className: string): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (hasClass(el, className)) found.push(el);
  });
  return found;
}

export function hasClass(el: Element, className: string): boolean {
  const classes = el.properties.className;
  return Array.isArray(classes) && classes.map(String).includes(className);
}

export function textOf(node: ElementContent | HastRoot): string {
  let out = '';
  visit(node, 'text', (t: Text) => {
    out += t.value;
  });
  return out;
}

export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function text(value: string): Text {
  return { type: 'text', value };
}

/** An http(s) URL, relative ones resolved against the old site; undefined for anything else. */
export function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base || undefined);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}
