import type { Element, ElementContent } from 'hast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Options as RehypeRemarkOptions } from 'rehype-remark';
import {
  EMBED_DIRECTIVE,
  EMBED_TITLE_MAX,
  GALLERY_DIRECTIVE,
  PHOTO_DIRECTIVE,
} from '../../content/body-directives';
import { element } from '../../content/embed-html';
import { parseEmbedUrl } from '../../content/embed-urls';
import { strings } from '../../strings';
import type { BodyContext, Note } from './body';
import { absolute, oneLine, text } from './body-tree';

/**
 * Warta's own elements in a converted body's hast tree: an embed (`warta-embed`) and a gallery of
 * photos (`warta-galeri`, `warta-foto`), made here from what shortcodes, blocks and plain HTML
 * give, or a link where no embed fits; `directiveHandlers` turns them into Markdown's directives.
 */

const n = strings.wordpressImport.notes;

export function embed(url: string, title: string, note: Note): ElementContent[] {
  const raw = url.trim();
  if (!raw) {
    note('dropped', n.embedWithoutUrl);
    return [];
  }
  const parsed = parseEmbedUrl(raw);
  if (!parsed.ok) {
    note('approximate', n.embedAsLink(raw));
    return /^https?:\/\//i.test(raw) ? [linkParagraph(raw)] : [];
  }
  const properties: Element['properties'] = { url: parsed.embed.url };
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, EMBED_TITLE_MAX);
  if (cleanTitle) properties.title = cleanTitle;
  return [element('warta-embed', properties, [])];
}

export function gallery(
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

/** Audio or video: an embed when a provider plays it, else a link to the file. */
export function media(src: string, ctx: BodyContext, note: Note): ElementContent[] {
  const raw = src.trim();
  if (!raw) return [];
  if (parseEmbedUrl(raw).ok) return embed(raw, '', note);
  const url = absolute(raw, ctx.siteUrl);
  if (!url) return [];
  note('approximate', n.mediaAsLink(url));
  return [linkParagraph(url)];
}

/** A paragraph that is a link showing its own address. */
function linkParagraph(url: string): Element {
  return element('p', {}, [element('a', { href: url }, [text(url)])]);
}

/** rehype-remark's handlers for the elements above. */
export const directiveHandlers: NonNullable<RehypeRemarkOptions['handlers']> = {
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
};
