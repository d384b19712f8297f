import type { ElementContent } from 'hast';
import { element } from '../../content/embed-html';
import { strings } from '../../strings';
import type { BodyContext, Note } from './body';
import { embed, gallery, media } from './body-elements';
import { findAll, text, textOf } from './body-tree';
import { LAYOUT_PREFIX, type Shortcode } from './shortcodes';

/**
 * What each shortcode of a post (./shortcodes.ts finds them) becomes in the body's tree: a caption
 * becomes an image with its caption, a gallery or an embed Warta's own element (./body-elements.ts),
 * a form or an ad nothing, a page builder's layout its content. `parse` makes the tree of an
 * enclosing shortcode's inner HTML.
 */

const n = strings.wordpressImport.notes;

export function shortcodeContent(
  sc: Shortcode,
  ctx: BodyContext,
  note: Note,
  parse: (html: string) => ElementContent[],
): ElementContent[] {
  const inner = () => (sc.inner ? parse(sc.inner) : []);
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
