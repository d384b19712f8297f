import type { Html, Image, Link, Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { strings } from '../strings';
import {
  EMBED_DIRECTIVE,
  GALLERY_DIRECTIVE,
  PHOTO_DIRECTIVE,
  READ_ALSO_DIRECTIVE,
  readEmbedDirective,
  readGalleryDirective,
  type DirectiveNode,
} from './body-directives';
import { imagePathEscapes } from './image-path';

const messages = strings.content;

/** A paragraph that opens like an embed, gallery or photo block but did not parse as one. */
const brokenBlock = new RegExp(
  `^:{2,3}(?:${EMBED_DIRECTIVE}|${GALLERY_DIRECTIVE}|${PHOTO_DIRECTIVE})\\b`,
);

/** The blocks an author may write, as the unknown-block message lists them. */
const AVAILABLE_BLOCKS = [
  `::${READ_ALSO_DIRECTIVE}{id=…}`,
  `::${EMBED_DIRECTIVE}{url=…}`,
  `:::${GALLERY_DIRECTIVE}`,
];

export interface BodyReference {
  id: string;
  line: number;
}

export interface BodyCheck {
  problems: { line: number; message: string }[];
  readAlso: BodyReference[];
  images: { src: string; line: number }[];
}

const unsafeHtml =
  /<\s*\/?\s*(script|style|iframe|object|embed|frame|frameset|link|meta|base|form)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:text\/html/i;
const unsafeUrl = /^\s*(?:javascript|vbscript|data|file):/i;

/**
 * Finds what an editor must fix in a body: raw HTML (unsafe or merely unsupported), unsafe URLs,
 * unknown directives and malformed read-also blocks. The renderer sanitises anyway; this makes
 * the mistake visible at build time instead of silently dropping it.
 */
export function checkBody(body: MdastRoot): BodyCheck {
  const result: BodyCheck = { problems: [], readAlso: [], images: [] };
  const line = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

  visit(body, (node) => {
    if (node.type === 'html') {
      const value = (node as Html).value;
      const match = unsafeHtml.exec(value);
      result.problems.push({
        line: line(node),
        message: match ? messages.unsafeHtml(match[0].trim()) : messages.rawHtml,
      });
    } else if (node.type === 'link' || node.type === 'definition') {
      const url = (node as Link).url;
      if (unsafeUrl.test(url)) {
        result.problems.push({ line: line(node), message: messages.unsafeLink(url) });
      }
    } else if (node.type === 'image') {
      const url = (node as Image).url;
      if (!url.startsWith('/images/')) {
        result.problems.push({
          line: line(node),
          message: messages.remoteImage(url),
        });
      } else if (imagePathEscapes(url)) {
        result.problems.push({
          line: line(node),
          message: messages.imagePathEscapes(messages.bodyImage(url)),
        });
      } else {
        result.images.push({ src: url, line: line(node) });
      }
      if (!(node as Image).alt?.trim()) {
        result.problems.push({ line: line(node), message: messages.imageWithoutAlt });
      }
    } else if (node.type === 'paragraph' && brokenBlock.test(toString(node))) {
      // An unclosed quote or brace leaves the line as prose: say so rather than print it.
      const shown = toString(node).split('\n')[0] ?? '';
      result.problems.push({
        line: line(node),
        message: messages.brokenBlock(shown.length > 80 ? `${shown.slice(0, 77)}…` : shown),
      });
    } else if (node.type === 'leafDirective' && node.name === EMBED_DIRECTIVE) {
      for (const message of readEmbedDirective(node as DirectiveNode).problems) {
        result.problems.push({ line: line(node), message });
      }
      return SKIP;
    } else if (node.type === 'containerDirective' && node.name === GALLERY_DIRECTIVE) {
      const gallery = readGalleryDirective(node as DirectiveNode);
      result.problems.push(...gallery.problems);
      for (const photo of gallery.photos) result.images.push({ src: photo.src, line: photo.line });
      // The gallery's lines were all checked there.
      return SKIP;
    } else if (node.type === 'leafDirective' && node.name === PHOTO_DIRECTIVE) {
      result.problems.push({
        line: line(node),
        message: messages.photoOutsideGallery(PHOTO_DIRECTIVE, GALLERY_DIRECTIVE),
      });
    } else if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      if (node.name !== READ_ALSO_DIRECTIVE || node.type !== 'leafDirective') {
        result.problems.push({
          line: line(node),
          message: messages.unknownBlock(node.name, AVAILABLE_BLOCKS),
        });
        return;
      }
      const id = node.attributes?.id?.trim();
      if (!id) {
        result.problems.push({
          line: line(node),
          message: messages.readAlsoWithoutId(READ_ALSO_DIRECTIVE),
        });
      } else {
        result.readAlso.push({ id, line: line(node) });
      }
    }
  });
  return result;
}
