/**
 * A Markdown body rendered to sanitised HTML: read-also blocks, embeds and galleries turned into
 * their markup, lone images into figures, headings demoted, the dateline, the sanitiser's schema,
 * then scrollable tables and responsive image sources. lib/content/render-body.ts is its caller.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import {
  EMBED_DIRECTIVE,
  GALLERY_DIRECTIVE,
  READ_ALSO_DIRECTIVE,
  readEmbedDirective,
  readGalleryDirective,
  type DirectiveNode,
} from './body-directives';
import { parseDocument } from './document';
import { embedFacade, embedLink, galleryFigure } from './embed-html';
import { EMBED_PROVIDER_NAMES } from './embed-urls';

export interface RenderOptions {
  /** Opening words of the first paragraph, e.g. "RIAU24.COM". */
  dateline?: string;
  /** Resolves a read-also id to its headline and URL; unknown ids render nothing. */
  resolveArticle?: (id: string) => { title: string; url: string } | undefined;
  /** Pixel size of a body image ("/images/…"), so its box is reserved before it loads. */
  imageSize?: (src: string) => { width: number; height: number } | undefined;
  /** Responsive sources for a body image of that size (the site's image optimiser). */
  imageSources?: (
    src: string,
    size: { width: number; height: number },
    layout: 'column' | 'gallery',
  ) => { src: string; srcSet: string; sizes: string };
  /**
   * How embeds render: "facade" (pages: provider, title and link, the player only after a
   * click, client/enhance.js) or "link" (feeds: a paragraph linking the original).
   */
  embeds?: 'facade' | 'link';
}

/** The values embedFacade writes, and nothing else, pass the sanitiser. */
const EMBED_PROVIDER_VALUES = Object.keys(EMBED_PROVIDER_NAMES);

/**
 * Only what article bodies need. Everything else (script, style, iframe, event handlers,
 * javascript: URLs) is removed, whatever the Markdown says.
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'isi-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'button'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'read-also'], 'ariaLabel'],
    span: [['className', 'dateline', 'read-also-label', 'gallery__credit']],
    figure: [
      [
        'className',
        'body-figure',
        'embed',
        'embed--landscape',
        'embed--portrait',
        'embed--post',
        'gallery',
        'gallery__item',
      ],
      ['dataEmbed', ...EMBED_PROVIDER_VALUES],
      ['dataEmbedId', /^[A-Za-z0-9_.\-/?=&]{1,200}$/],
      ['dataEmbedKind', /^[a-z]{1,8}$/],
      ['dataEmbedStart', /^\d{1,6}$/],
      ['dataEmbedHash', /^[0-9a-f]{1,20}$/],
      'ariaLabel',
    ],
    figcaption: [['className', 'embed__caption', 'gallery__title']],
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'embed__frame']],
    p: [['className', 'embed__provider', 'embed__title', 'embed-link']],
    button: [['className', 'embed__load'], ['type', 'button'], 'hidden'],
    img: [
      ...(defaultSchema.attributes?.img ?? []),
      'loading',
      'decoding',
      ['className', 'gallery__image'],
    ],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};

/** Renders a parsed body to sanitised HTML. */
export function renderBody(body: MdastRoot, options: RenderOptions = {}): string {
  const tree = structuredClone(body);
  transformDirectives(tree, options);
  const hast = unified()
    .use(remarkRehype)
    .use(rehypeFigures, options.imageSize)
    .use(rehypeDemoteHeadings)
    .use(rehypeDateline, options.dateline)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeScrollableTables)
    .use(rehypeResponsiveImages, options)
    .runSync(tree) as HastRoot;
  return unified().use(rehypeStringify).stringify(hast);
}

/** Parses and renders a Markdown string in one go (used for standing pages and tests). */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return renderBody(parseDocument(source).body, options);
}

function transformDirectives(tree: MdastRoot, options: RenderOptions) {
  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective' && parent && index !== undefined) {
      // "pukul 10:15" or "Catatan:Ini" is prose, not a directive: give the text back.
      const label = node.children.length ? `[${toString(node)}]` : '';
      parent.children.splice(index, 1, { type: 'text', value: `:${node.name}${label}` });
      return [SKIP, index];
    }
    if (
      node.type === 'leafDirective' &&
      node.name === EMBED_DIRECTIVE &&
      parent &&
      index !== undefined
    ) {
      const { embed, title } = readEmbedDirective(node as DirectiveNode);
      if (!embed) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const hast = options.embeds === 'link' ? embedLink(embed, title) : embedFacade(embed, title);
      parent.children.splice(index, 1, asMdast(hast));
      return [SKIP, index + 1];
    }
    if (
      node.type === 'containerDirective' &&
      node.name === GALLERY_DIRECTIVE &&
      parent &&
      index !== undefined
    ) {
      const gallery = readGalleryDirective(node as DirectiveNode);
      if (!gallery.photos.length) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      parent.children.splice(index, 1, asMdast(galleryFigure(gallery, options.imageSize)));
      return [SKIP, index + 1];
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      const target =
        node.name === READ_ALSO_DIRECTIVE && node.attributes?.id
          ? options.resolveArticle?.(node.attributes.id)
          : undefined;
      if (!parent || index === undefined) return;
      if (!target) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const link: Link = {
        type: 'link',
        url: target.url,
        children: [{ type: 'text', value: target.title }],
      };
      const label: PhrasingContent = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['read-also-label'] } },
        children: [{ type: 'text', value: 'Baca Juga: ' }],
      };
      const aside: Paragraph = {
        type: 'paragraph',
        data: { hName: 'aside', hProperties: { className: ['read-also'], ariaLabel: 'Baca juga' } },
        children: [label, link],
      };
      parent.children.splice(index, 1, aside);
      return [SKIP, index + 1];
    }
  });
}

/** A hast element carried through remark-rehype as is (then sanitised like everything else). */
function asMdast(element: Element): Paragraph {
  return {
    type: 'paragraph',
    children: [],
    data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children },
  };
}

/** A paragraph that holds only an image becomes a figure; the image title is its caption. */
function rehypeFigures(imageSize?: RenderOptions['imageSize']) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      const meaningful = node.children.filter(
        (child) => !(child.type === 'text' && !child.value.trim()),
      );
      const img = meaningful[0];
      if (meaningful.length !== 1 || img?.type !== 'element' || img.tagName !== 'img') return;
      const caption = typeof img.properties.title === 'string' ? img.properties.title : '';
      delete img.properties.title;
      const size =
        typeof img.properties.src === 'string' ? imageSize?.(img.properties.src) : undefined;
      if (size) Object.assign(img.properties, size);
      img.properties.loading = 'lazy';
      img.properties.decoding = 'async';
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['body-figure'] },
        children: caption
          ? [
              img,
              {
                type: 'element',
                tagName: 'figcaption',
                properties: {},
                children: [{ type: 'text', value: caption }],
              },
            ]
          : [img],
      };
      parent.children.splice(index, 1, figure);
    });
  };
}

/**
 * A wide table scrolls sideways inside its own box on a phone. The box takes keyboard focus and
 * is a named region, so keyboard users can scroll it too (WCAG 2.1.1; axe
 * scrollable-region-focusable). Runs after sanitising: it only adds this fixed wrapper.
 */
function rehypeScrollableTables() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          role: 'region',
          ariaLabel: 'Tabel',
        },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper);
      return SKIP;
    });
  };
}

/**
 * A body image of known size gets the optimiser's srcset, sizes and src. Runs after sanitising:
 * the values come from the site's own code, and the author's src was checked first.
 */
function rehypeResponsiveImages({ imageSize, imageSources }: RenderOptions) {
  return (tree: HastRoot) => {
    if (!imageSize || !imageSources) return;
    visit(tree, 'element', (node) => {
      const src = node.tagName === 'img' ? node.properties.src : undefined;
      const size = typeof src === 'string' ? imageSize(src) : undefined;
      if (typeof src !== 'string' || !size) return;
      const className = node.properties.className;
      const layout =
        Array.isArray(className) && className.includes('gallery__image') ? 'gallery' : 'column';
      Object.assign(node.properties, imageSources(src, size, layout));
    });
  };
}

/** The page's h1 is the headline, so body headings start at h2. */
function rehypeDemoteHeadings() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level === '1') node.tagName = 'h2';
    });
  };
}

/** Datelines open the body: "RIAU24.COM - Tentara Korea Utara …". */
function rehypeDateline(dateline?: string) {
  return (tree: HastRoot) => {
    if (!dateline) return;
    // A feed's embed link is a paragraph of its own, not the story's first words.
    const first = tree.children.find(
      (node): node is Element =>
        node.type === 'element' && node.tagName === 'p' && !node.properties.className,
    );
    if (!first) return;
    first.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { className: ['dateline'] },
      children: [{ type: 'text', value: `${dateline} - ` }],
    });
  };
}
