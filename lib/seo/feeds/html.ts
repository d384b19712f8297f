import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Article } from '../../content';
import { strings } from '../../strings';
import { absoluteUrl } from '../../urls';

/** Plain text as HTML (feed readers render RSS descriptions as HTML, so text must be escaped). */
export function summaryHtml(summary: string): string {
  return toHtml({ type: 'text', value: summary });
}

function heroFigure(article: Article): Element {
  const { image } = article;
  const caption = [image.caption, strings.photoCredit(image.credit)].filter(Boolean).join(' ');
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'img',
        properties: {
          src: absoluteUrl(image.src),
          alt: image.alt,
          width: image.width,
          height: image.height,
        },
        children: [],
      },
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: caption }],
      },
    ],
  };
}

/**
 * The full article for feed readers: hero image, then the body render-body.ts has already
 * sanitised. Relative links in the body resolve against the feed's xml:base (the site origin).
 */
export function contentHtml(article: Article, bodyHtml: string): string {
  const hero: Root = { type: 'root', children: [heroFigure(article)] };
  return toHtml(hero) + bodyHtml;
}
