import type { Element, ElementContent } from 'hast';
import { strings } from '../../strings';
import type { BodyContext, Note } from './body';
import { embed, gallery, media } from './body-elements';
import { findAll, textOf } from './body-tree';
import type { BlockComment } from './blocks';

/**
 * What each Gutenberg block of a post (./blocks.ts finds them) becomes in the body's tree: an
 * embed, gallery or media block Warta's own element, a plain block its HTML, a page break nothing;
 * a reusable or dynamic block is dropped and an unknown one keeps its content, both reported.
 */

const n = strings.wordpressImport.notes;

/** Blocks whose HTML is carried over as it is. */
const PLAIN_BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'list-item',
  'quote',
  'pullquote',
  'table',
  'code',
  'preformatted',
  'verse',
  'image',
  'separator',
  'freeform',
  'html',
  'shortcode',
  'group',
  'columns',
  'column',
  'media-text',
  'cover',
  'details',
  'buttons',
  'button',
  'missing',
  'footnotes',
  'text-columns',
  'subhead',
]);

/** Blocks that leave nothing: page breaks, "read more", spacing. */
const SILENT_BLOCKS = new Set(['more', 'nextpage', 'spacer', 'page-break']);

export function blockContent(
  block: BlockComment,
  content: ElementContent[],
  ctx: BodyContext,
  note: Note,
): ElementContent[] {
  const name = block.name;
  const attrs = block.attrs;
  if (SILENT_BLOCKS.has(name)) return [];
  if (name === 'embed' || name.startsWith('core-embed/')) {
    const url = typeof attrs.url === 'string' ? attrs.url : firstUrl(content);
    const caption = content
      .flatMap((node) => findAll(node, 'figcaption'))
      .map(textOf)
      .join(' ');
    return embed(url, caption, note);
  }
  if (name === 'gallery') {
    const images = content.flatMap((node) => findAll(node, 'img'));
    const ids = Array.isArray(attrs.ids) ? attrs.ids.map(Number) : images.map(imageId);
    const captions = new Map<number, string>();
    for (const figure of content.flatMap((node) => findAll(node, 'figure'))) {
      const img = findAll(figure, 'img')[0];
      const caption = findAll(figure, 'figcaption').map(textOf).join(' ').trim();
      if (img && caption) captions.set(imageId(img), caption);
    }
    const fallback = new Map(images.map((img) => [imageId(img), img]));
    return gallery(
      ids.filter((id) => id > 0),
      undefined,
      ctx,
      note,
      captions,
      fallback,
    );
  }
  if (name === 'audio' || name === 'video') {
    const source = content
      .flatMap((node) => [
        ...findAll(node, 'audio'),
        ...findAll(node, 'video'),
        ...findAll(node, 'source'),
      ])
      .map((el) => String(el.properties.src ?? ''))
      .find(Boolean);
    return media(source ?? '', ctx, note);
  }
  if (name === 'block') {
    note('dropped', n.reusableBlock(String(attrs.ref ?? '')));
    return [];
  }
  if (PLAIN_BLOCKS.has(name)) return content;
  if (content.length === 0 || content.every((node) => node.type === 'text' && !node.value.trim())) {
    note('dropped', n.dynamicBlock(name));
    return [];
  }
  note('approximate', n.unknownBlock(name));
  return content;
}

function imageId(img: Element): number {
  const data = Number(img.properties.dataId ?? NaN);
  if (Number.isSafeInteger(data)) return data;
  const classes = Array.isArray(img.properties.className) ? img.properties.className : [];
  for (const name of classes) {
    const match = /^wp-image-(\d+)$/.exec(String(name));
    if (match) return Number(match[1]);
  }
  return 0;
}

function firstUrl(content: ElementContent[]): string {
  for (const node of content) {
    const match = /https?:\/\/\S+/.exec(textOf(node));
    if (match) return match[0];
  }
  return '';
}
