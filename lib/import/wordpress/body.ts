import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as RemarkStringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import {
  EMBED_DIRECTIVE,
  EMBED_TITLE_MAX,
  GALLERY_DIRECTIVE,
  PHOTO_DIRECTIVE,
} from '../../content/body-directives';
import { bodyText } from '../../content/body-text';
import { element } from '../../content/embed-html';
import { parseEmbedUrl } from '../../content/embed-urls';
import { strings } from '../../strings';
import { autop } from './autop';
import { hasBlocks, transformBlocks, type BlockComment } from './blocks';
import { LAYOUT_PREFIX, splitShortcodes, type Shortcode } from './shortcodes';

/**
 * A WordPress post's content as a Warta Markdown body (docs/writing-articles.md,
 * docs/writing-embeds.md): classic-editor HTML (with wpautop's paragraphs), block markup and
 * shortcodes are parsed into a tree, rewritten there, turned into Markdown's tree (rehype-remark)
 * and printed by remark-stringify. Nothing the body check refuses is printed: no raw HTML, no
 * remote image, no script or frame, no shortcode or block comment. What could not be carried over
 * as it was is said in `notes`.
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

export interface ConvertedBody {
  markdown: string;
  /** The body's Markdown tree (what `markdown` prints). */
  tree: MdastRoot;
  notes: BodyNote[];
  /** The body's plain text (for a summary). */
  text: string;
}

const n = strings.wordpressImport.notes;

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

/** Elements whose content never reaches a reader. */
const REMOVED = new Set([
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

const MARKER = /\uE000(\d+)\uE001/g;

export function convertBody(html: string, ctx: BodyContext): ConvertedBody {
  const notes: BodyNote[] = [];
  const note = (kind: BodyNote['kind'], message: string) => {
    if (!notes.some((x) => x.kind === kind && x.message === message)) notes.push({ kind, message });
  };
  const tree = toHast(html, ctx, note, true);
  const mdast = toMarkdownTree(tree, ctx, note);
  const markdown = String(printer.stringify(mdast)).trim();
  return { markdown: markdown ? `${markdown}\n` : '', tree: mdast, notes, text: bodyText(mdast) };
}

type Note = (kind: BodyNote['kind'], message: string) => void;

/** HTML with shortcodes, as a cleaned hast tree (blocks resolved, paragraphs made). */
function toHast(html: string, ctx: BodyContext, note: Note, top: boolean): HastRoot {
  const blocks = hasBlocks(html);
  const replacements: ElementContent[][] = [];
  const withMarkers = splitShortcodes(html)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text.replace(/[\uE000\uE001]/g, '');
      replacements.push(shortcode(segment.shortcode, ctx, note));
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

/** The words of an HTML fragment (a title, an excerpt, a caption), entities decoded. */
export function htmlText(html: string): string {
  return textOf(htmlParser.parse(html)).replace(/\s+/g, ' ').trim();
}

// ---- Shortcodes ----

function shortcode(sc: Shortcode, ctx: BodyContext, note: Note): ElementContent[] {
  const inner = () =>
    sc.inner ? (toHast(sc.inner, ctx, note, false).children as ElementContent[]) : [];
  switch (sc.name) {
    case 'caption':
    case 'wp_caption': {
      const content = inner();
      const caption = sc.attrs.caption ?? captionText(content);
      const images = content.flatMap((node) => findAll(node, 'img'));
      if (images.length === 0) return content;
      return [element('figure', {}, [images[0]!, element('figcaption', {}, [text(caption)])])];
    }
    case 'gallery':
      return gallery(galleryIds(sc.attrs.ids ?? sc.attrs.include ?? ''), sc.attrs.title, ctx, note);
    case 'embed':
      return embed(sc.inner?.trim() || sc.attrs.src || sc.positional[0] || '', '', note);
    case 'youtube':
    case 'vimeo':
    case 'tweet':
    case 'twitter':
    case 'instagram':
    case 'tiktok':
    case 'facebook':
    case 'fb_post':
    case 'su_youtube': {
      const url =
        sc.attrs.url ?? sc.attrs.src ?? sc.attrs.id ?? sc.positional[0] ?? sc.inner?.trim() ?? '';
      return embed(embedUrlOf(sc.name, url), sc.attrs.title ?? '', note);
    }
    case 'video':
    case 'audio': {
      const src =
        sc.attrs.src ??
        ['mp4', 'm4v', 'webm', 'ogv', 'mp3', 'm4a', 'ogg', 'wav', 'wmv', 'flv']
          .map((ext) => sc.attrs[ext])
          .find(Boolean) ??
        '';
      return media(src, ctx, note);
    }
    case 'playlist':
    case 'contact-form-7':
    case 'contact-form':
    case 'wpforms':
    case 'ninja_form':
    case 'gravityform':
    case 'ads':
    case 'adsense':
    case 'toc':
    case 'related':
      note('dropped', n.shortcodeDropped(sc.name));
      return [];
    default:
      if (LAYOUT_PREFIX.test(sc.name) || /^(?:su_|one_|two_|column|dropcap|button)/.test(sc.name)) {
        note('approximate', n.layoutShortcode(sc.name));
        return inner();
      }
      note(sc.inner ? 'approximate' : 'dropped', n.unknownShortcode(sc.name));
      return inner();
  }
}

/** Jetpack's forms: `[youtube ID]`, `[tweet 123]`, `[vimeo 123]` name only the id. */
function embedUrlOf(name: string, value: string): string {
  const v = value.trim();
  if (/^https?:\/\//i.test(v)) return v;
  if (!v) return '';
  if (name === 'youtube' || name === 'su_youtube') return `https://www.youtube.com/watch?v=${v}`;
  if (name === 'vimeo') return `https://vimeo.com/${v}`;
  if ((name === 'tweet' || name === 'twitter') && /^\d+$/.test(v))
    return `https://x.com/i/web/status/${v}`;
  return v;
}

function galleryIds(value: string): number[] {
  return value
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}

// ---- Blocks ----

function blockContent(
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

// ---- What both make: embeds, galleries, media links ----

function embed(url: string, title: string, note: Note): ElementContent[] {
  const raw = url.trim();
  if (!raw) {
    note('dropped', n.embedWithoutUrl);
    return [];
  }
  const parsed = parseEmbedUrl(raw);
  if (!parsed.ok) {
    note('approximate', n.embedAsLink(raw));
    return /^https?:\/\//i.test(raw)
      ? [element('p', {}, [element('a', { href: raw }, [text(raw)])])]
      : [];
  }
  const properties: Element['properties'] = { url: parsed.embed.url };
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, EMBED_TITLE_MAX);
  if (cleanTitle) properties.title = cleanTitle;
  return [element('warta-embed', properties, [])];
}

function gallery(
  ids: number[],
  title: string | undefined,
  ctx: BodyContext,
  note: Note,
  captions = new Map<number, string>(),
  fallback = new Map<number, Element>(),
): ElementContent[] {
  const photos: Element[] = [];
  for (const id of ids.slice(0, 60)) {
    const attachment = ctx.attachment(id);
    const url = attachment?.url ?? String(fallback.get(id)?.properties.src ?? '');
    const src = url ? ctx.image(url) : undefined;
    if (!src) {
      note('dropped', n.imageMissing(url || `#${id}`));
      continue;
    }
    const alt =
      attachment?.alt ||
      String(fallback.get(id)?.properties.alt ?? '') ||
      attachment?.title ||
      n.defaultAlt;
    const properties: Element['properties'] = { src, alt: oneLine(alt) };
    const caption = captions.get(id) ?? attachment?.caption;
    if (caption) properties.caption = oneLine(caption);
    if (attachment?.credit) properties.credit = oneLine(attachment.credit);
    photos.push(element('warta-foto', properties, []));
  }
  if (photos.length === 0) {
    note('dropped', n.galleryEmpty);
    return [];
  }
  return [element('warta-galeri', title ? { title: oneLine(title) } : {}, photos)];
}

function media(src: string, ctx: BodyContext, note: Note): ElementContent[] {
  const raw = src.trim();
  if (!raw) return [];
  if (parseEmbedUrl(raw).ok) return embed(raw, '', note);
  const url = absolute(raw, ctx.siteUrl);
  if (!url) return [];
  note('approximate', n.mediaAsLink(url));
  return [element('p', {}, [element('a', { href: url }, [text(url)])])];
}

// ---- The tree made safe and plain ----

function clean(tree: HastRoot, ctx: BodyContext, note: Note): void {
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
        // An unsafe or empty link keeps its words.
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

/** An http(s) URL, relative ones resolved against the old site; undefined for anything else. */
function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base || undefined);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}

// ---- hast → mdast ----

const toMdast = unified().use(rehypeRemark, {
  handlers: {
    'warta-embed'(_state, node): LeafDirective {
      const attributes: Record<string, string> = { url: String(node.properties.url) };
      if (node.properties.title) attributes.title = String(node.properties.title);
      return { type: 'leafDirective', name: EMBED_DIRECTIVE, attributes, children: [] };
    },
    'warta-galeri'(_state, node): ContainerDirective {
      const attributes: Record<string, string> = {};
      if (node.properties.title) attributes.title = String(node.properties.title);
      const children = node.children.flatMap((child): LeafDirective[] => {
        if (child.type !== 'element') return [];
        const photo: Record<string, string> = {};
        for (const key of ['src', 'alt', 'caption', 'credit']) {
          const value = child.properties[key];
          if (value) photo[key] = String(value);
        }
        return [{ type: 'leafDirective', name: PHOTO_DIRECTIVE, attributes: photo, children: [] }];
      });
      return { type: 'containerDirective', name: GALLERY_DIRECTIVE, attributes, children };
    },
  },
});

function toMarkdownTree(tree: HastRoot, _ctx: BodyContext, note: Note): MdastRoot {
  const mdast = toMdast.runSync(tree) as MdastRoot;
  hoistBlocks(mdast);
  visit(mdast, (node, index, parent) => {
    if (node.type === 'html') {
      parent?.children.splice(index!, 1);
      return [SKIP, index!];
    }
    if (node.type === 'text') {
      const cleaned = withoutResidue(node.value);
      if (cleaned !== node.value) {
        note('dropped', n.residue);
        node.value = cleaned;
      }
    }
  });
  return mdast;
}

/**
 * Embeds and galleries are blocks: one that ended up inside a paragraph (a shortcode in a line of
 * text) splits the paragraph around it.
 */
function hoistBlocks(root: MdastRoot): void {
  const isDirective = (node: unknown): node is LeafDirective | ContainerDirective =>
    !!node &&
    typeof node === 'object' &&
    'type' in node &&
    (node.type === 'leafDirective' || node.type === 'containerDirective');
  visit(root, 'paragraph', (paragraph: Paragraph, index, parent) => {
    if (!parent || index === undefined || !paragraph.children.some(isDirective)) return;
    const out: RootContent[] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((c) => c.type !== 'break' && toString(c).trim() !== ''))
        out.push({ type: 'paragraph', children: run });
      run = [];
    };
    for (const child of paragraph.children as unknown[]) {
      if (isDirective(child)) {
        flush();
        out.push(child);
      } else run.push(child as PhrasingContent);
    }
    flush();
    (parent.children as RootContent[]).splice(index, 1, ...out);
    return [SKIP, index + out.length];
  });
}

/** Shortcode brackets and block comments that survived as text (unbalanced, escaped). */
const RESIDUE =
  /<!--\s*\/?wp:[^>]*?(?:-->|$)|\[\/?(?:caption|wp_caption|gallery|embed|video|audio|playlist|vc_\w+|et_pb_\w+)\b[^\]]*\]?/gi;

function withoutResidue(value: string): string {
  return value.replace(RESIDUE, '');
}

// ---- Small tree helpers ----

function findAll(node: ElementContent | HastRoot, tagName: string): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (el.tagName === tagName) found.push(el);
  });
  return found;
}

function findByClass(node: Element, className: string): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (el: Element) => {
    if (hasClass(el, className)) found.push(el);
  });
  return found;
}

function hasClass(el: Element, className: string): boolean {
  const classes = el.properties.className;
  return Array.isArray(classes) && classes.map(String).includes(className);
}

function textOf(node: ElementContent | HastRoot): string {
  let out = '';
  visit(node, 'text', (t: Text) => {
    out += t.value;
  });
  return out;
}

/** A caption shortcode's words: its content without the image. */
function captionText(content: ElementContent[]): string {
  return content
    .filter(
      (node) =>
        !(
          node.type === 'element' &&
          (node.tagName === 'img' || (node.tagName === 'a' && findAll(node, 'img').length))
        ),
    )
    .map(textOf)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function text(value: string): Text {
  return { type: 'text', value };
}
