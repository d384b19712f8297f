import type { ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as RemarkStringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { GALLERY_DIRECTIVE } from '../../content/body-directives';
import { bodyText } from '../../content/body-text';
import { autop } from './autop';
import { blockContent } from './body-blocks';
import { clean, REMOVED } from './body-clean';
import { toMarkdownTree } from './body-markdown';
import { shortcodeContent } from './body-shortcodes';
import { text, textOf } from './body-tree';
import { hasBlocks, transformBlocks } from './blocks';
import { splitShortcodes } from './shortcodes';

/**
 * A WordPress post's content as a Warta Markdown body (docs/writing-articles.md,
 * docs/writing-embeds.md): classic-editor HTML (with wpautop's paragraphs), block markup and
 * shortcodes are parsed into a tree, rewritten there (./body-shortcodes.ts, ./body-blocks.ts,
 * ./body-clean.ts), turned into Markdown's tree (./body-markdown.ts) and printed by
 * remark-stringify. Nothing the body check refuses is printed: no raw HTML, no remote image, no
 * script or frame, no shortcode or block comment. What could not be carried over as it was is
 * said in `notes`.
 */

export interface Attachment {
  id: number;
  url: string;
  title: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface BodyContext {
  /** The old site's address, for relative links. */
  siteUrl: string;
  attachment(id: number): Attachment | undefined;
  /** The "/images/…" path of an image of the old site, or undefined when it is not available. */
  image(url: string): string | undefined;
}

export interface BodyNote {
  /** approximate: carried over in another form; dropped: not carried over. */
  kind: 'approximate' | 'dropped';
  message: string;
}

/** Says what could not be carried over as it was (each note once). */
export type Note = (kind: BodyNote['kind'], message: string) => void;

export interface ConvertedBody {
  /** The body printed (on first use). */
  readonly markdown: string;
  /** The body's Markdown tree (what `markdown` prints). */
  tree: MdastRoot;
  notes: BodyNote[];
  /** The body's plain text (for a summary). */
  text: string;
}

const htmlParser = unified().use(rehypeParse, { fragment: true });
/** How Warta Markdown is printed (the article files use the same). */
export const printOptions = {
  bullet: '-',
  emphasis: '_',
  rule: '-',
  fences: true,
  // A gallery's photos are consecutive lines (docs/writing-embeds.md).
  join: [
    (_left, _right, parent) =>
      parent.type === 'containerDirective' && parent.name === GALLERY_DIRECTIVE ? 0 : undefined,
  ],
} satisfies RemarkStringifyOptions;

const printer = unified().use(remarkStringify, printOptions).use(remarkGfm).use(remarkDirective);

const MARKER = /\uE000(\d+)\uE001/g;

export function convertBody(html: string, ctx: BodyContext): ConvertedBody {
  const notes: BodyNote[] = [];
  const note: Note = (kind, message) => {
    if (!notes.some((x) => x.kind === kind && x.message === message)) notes.push({ kind, message });
  };
  const tree = toHast(html, ctx, note, true);
  const mdast = toMarkdownTree(tree, note);
  let markdown: string | undefined;
  return {
    // Printed when asked: the importer prints the tree once, inside its file (./map.ts).
    get markdown() {
      if (markdown === undefined) {
        const printed = String(printer.stringify(mdast)).trim();
        markdown = printed ? `${printed}\n` : '';
      }
      return markdown;
    },
    tree: mdast,
    notes,
    text: bodyText(mdast),
  };
}

/** HTML with shortcodes, as a cleaned hast tree (blocks resolved, paragraphs made). */
function toHast(html: string, ctx: BodyContext, note: Note, top: boolean): HastRoot {
  const blocks = hasBlocks(html);
  const replacements: ElementContent[][] = [];
  const parseInner = (inner: string) =>
    toHast(inner, ctx, note, false).children as ElementContent[];
  const withMarkers = splitShortcodes(html)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text.replace(/[\uE000\uE001]/g, '');
      replacements.push(shortcodeContent(segment.shortcode, ctx, note, parseInner));
      return `\uE000${replacements.length - 1}\uE001`;
    })
    .join('');
  const tree = htmlParser.parse(withMarkers);
  placeMarkers(tree, replacements);
  if (!blocks && top) autop(tree);
  if (blocks) transformBlocks(tree, (block, content) => blockContent(block, content, ctx, note));
  // Shortcodes' contents are cleaned once, with the tree they end up in.
  if (top) clean(tree, ctx, note);
  return tree;
}

/** Puts each shortcode's replacement where its marker is; markers in attributes go. */
function placeMarkers(tree: HastRoot, replacements: ElementContent[][]): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && value.includes('\uE000'))
          node.properties[key] = value.replace(MARKER, '');
      }
      return;
    }
    if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('\uE000'))
      return;
    const parts: ElementContent[] = [];
    let at = 0;
    for (const match of node.value.matchAll(MARKER)) {
      if (match.index > at) parts.push(text(node.value.slice(at, match.index)));
      parts.push(...(replacements[Number(match[1])] ?? []));
      at = match.index + match[0].length;
    }
    if (at < node.value.length) parts.push(text(node.value.slice(at)));
    parent.children.splice(index, 1, ...(parts as typeof parent.children));
    return [SKIP, index + parts.length];
  });
}

/**
 * The words of an HTML fragment (a title, an excerpt, a caption), entities decoded; what a
 * reader never sees (a script's or a style's text) is not among them.
 */
export function htmlText(html: string): string {
  // Without markup, references or NULs (which the parser drops) the text is the words as given.
  if (!/[<&\0]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const tree = htmlParser.parse(html);
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !REMOVED.has(node.tagName)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return textOf(tree).replace(/\s+/g, ' ').trim();
}

/** Whether a title or name holds markup (a tag or a comment), which only its words survive. */
export function hasMarkup(html: string): boolean {
  return /<[a-z!/?]/i.test(html);
}
