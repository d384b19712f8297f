import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import {
  EMBED_DIRECTIVE,
  GALLERY_DIRECTIVE,
  readEmbedDirective,
  readGalleryDirective,
  type DirectiveNode,
  type GalleryPhoto,
} from './body-directives';

/**
 * Plain text of a body, for reading time, feeds' summaries, search excerpts and the search index:
 * top-level blocks one a line; blocks inside a block (list items, quoted paragraphs, table cells)
 * apart by a space, so "petani;" and "pengendalian" of two list items stay two words. An embed
 * counts by its title, a gallery by its title and captions.
 */
export function bodyText(body: MdastRoot): string {
  return body.children
    .flatMap((node) => {
      if (node.type === 'leafDirective') {
        const title =
          node.name === EMBED_DIRECTIVE
            ? readEmbedDirective(node as DirectiveNode).title
            : undefined;
        return title ? [title] : [];
      }
      if (node.type === 'containerDirective' && node.name === GALLERY_DIRECTIVE) {
        const gallery = readGalleryDirective(node as DirectiveNode);
        const words = [gallery.title, ...gallery.photos.map((photo) => photo.caption)].filter(
          Boolean,
        );
        return words.length ? [words.join('\n')] : [];
      }
      return [blockText(node)];
    })
    .join('\n');
}

/** Nodes whose children are blocks (or cells) of their own rather than one run of text. */
const HOLDS_BLOCKS = new Set([
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'containerDirective',
  'footnoteDefinition',
]);

function blockText(node: RootContent): string {
  if (!HOLDS_BLOCKS.has(node.type) || !('children' in node)) return toString(node);
  return (node.children as RootContent[]).map(blockText).filter(Boolean).join(' ');
}

/** The photos of a body's galleries, in order (JSON-LD lists them). */
export function galleryPhotos(body: MdastRoot): GalleryPhoto[] {
  const photos: GalleryPhoto[] = [];
  visit(body, 'containerDirective', (node) => {
    if (node.name !== GALLERY_DIRECTIVE) return;
    photos.push(...readGalleryDirective(node as DirectiveNode).photos);
    return SKIP;
  });
  return photos;
}
