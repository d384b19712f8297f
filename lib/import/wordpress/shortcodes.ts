/**
 * WordPress shortcodes found in a post's text: `[name attr="v"]`, `[name /]` and enclosing
 * `[name]…[/name]`. WordPress only expands registered names; an export does not say which were
 * registered, so a bracket counts as a shortcode when its name is a known one, when it closes
 * later, or when it looks like one (a lowercase name with `key=value` attributes or none at all).
 * "[Baca juga: …]" or "[1]" stay text.
 */

export interface Shortcode {
  name: string;
  attrs: Record<string, string>;
  /** Positional attributes (`[embed]`-style URLs, `[youtube https://…]`). */
  positional: string[];
  /** The enclosed text of `[name]…[/name]`; undefined for a self-closing one. */
  inner?: string;
}

export type Segment = { kind: 'text'; text: string } | { kind: 'shortcode'; shortcode: Shortcode };

/** Names handled or known to come from WordPress and its common plugins. */
export const KNOWN_SHORTCODES = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'video',
  'audio',
  'playlist',
  'youtube',
  'vimeo',
  'tweet',
  'twitter',
  'instagram',
  'tiktok',
  'facebook',
  'fb_post',
  'contact-form-7',
  'contact-form',
  'wpforms',
  'ninja_form',
  'gravityform',
  'ads',
  'adsense',
  'toc',
  'related',
  'button',
  'su_button',
  'su_quote',
  'su_note',
  'su_box',
  'su_spoiler',
  'su_youtube',
  'dropcap',
  'column',
  'one_half',
  'one_third',
  'two_third',
  'one_fourth',
]);

/** Page builders whose shortcodes only lay out their content. */
export const LAYOUT_PREFIX = /^(?:vc_|et_pb_|fusion_|av_|cs_|tdc_|td_|mk_)/;

/** An opening bracket: no "[" in its attributes, so an unclosed one never swallows the next. */
const OPEN = /\[(\[?)([a-z][a-z0-9_-]*)(?![\w-])((?:[^\]["']|"[^"]*"|'[^']*')*?)(\/?)\](\]?)/gi;

/** Splits text into plain runs and shortcodes (the outermost ones; inner text is left whole). */
export function splitShortcodes(text: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  let plain = '';
  OPEN.lastIndex = 0;
  for (let match = OPEN.exec(text); match; match = OPEN.exec(text)) {
    const [whole, escapeOpen, rawName = '', rest = '', selfClose, escapeClose = ''] = match;
    const name = rawName.toLowerCase();
    const start = match.index;
    if (escapeOpen && escapeClose) {
      // [[name]] prints "[name]" in WordPress: kept as text.
      plain += text.slice(at, start) + whole.slice(1, -1);
      at = start + whole.length;
      continue;
    }
    const openEnd = start + whole.length - escapeClose.length;
    const closeTag = `[/${rawName}]`;
    const closeAt = selfClose ? -1 : findClose(text, rawName, openEnd);
    const looksLike =
      KNOWN_SHORTCODES.has(name) ||
      LAYOUT_PREFIX.test(name) ||
      closeAt >= 0 ||
      (rawName === name && (rest.trim() === '' || /^\s+[\w-]+\s*=/.test(rest)));
    if (!looksLike || escapeOpen) {
      OPEN.lastIndex = start + 1;
      continue;
    }
    plain += text.slice(at, start);
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
    const { attrs, positional } = parseAttributes(rest);
    if (closeAt >= 0) {
      segments.push({
        kind: 'shortcode',
        shortcode: { name, attrs, positional, inner: text.slice(openEnd, closeAt) },
      });
      at = closeAt + closeTag.length;
    } else {
      segments.push({ kind: 'shortcode', shortcode: { name, attrs, positional } });
      at = openEnd;
    }
    OPEN.lastIndex = at;
  }
  plain += text.slice(at);
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

/** Where `[/name]` closes the shortcode opened before `from`, nested same names counted. */
function findClose(text: string, name: string, from: number): number {
  const lower = text.toLowerCase();
  const open = `[${name.toLowerCase()}`;
  const close = `[/${name.toLowerCase()}]`;
  let depth = 1;
  let at = from;
  for (;;) {
    const nextClose = lower.indexOf(close, at);
    if (nextClose < 0) return -1;
    let nextOpen = lower.indexOf(open, at);
    while (
      nextOpen >= 0 &&
      nextOpen < nextClose &&
      /[\w-]/.test(lower[nextOpen + open.length] ?? '')
    ) {
      nextOpen = lower.indexOf(open, nextOpen + 1);
    }
    if (nextOpen >= 0 && nextOpen < nextClose) {
      depth += 1;
      at = nextOpen + open.length;
      continue;
    }
    depth -= 1;
    if (depth === 0) return nextClose;
    at = nextClose + close.length;
  }
}

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** WordPress's shortcode_parse_atts: named values (names lowercased) and positional ones. */
export function parseAttributes(text: string): {
  attrs: Record<string, string>;
  positional: string[];
} {
  const attrs: Record<string, string> = {};
  const positional: string[] = [];
  const cleaned = text.replace(/[\u00a0\u200b]/g, ' ').trim();
  // "[youtube=https://…]" (Jetpack) names its value with "=" straight after the name.
  const source = cleaned.startsWith('=') ? cleaned.slice(1) : cleaned;
  for (const m of source.matchAll(ATTRIBUTE)) {
    if (m[1]) attrs[m[1].toLowerCase()] = decodeQuotes(m[2] ?? '');
    else if (m[3]) attrs[m[3].toLowerCase()] = decodeQuotes(m[4] ?? '');
    else if (m[5]) attrs[m[5].toLowerCase()] = decodeQuotes(m[6] ?? '');
    else if (m[7] !== undefined) positional.push(decodeQuotes(m[7]));
    else if (m[8] !== undefined) positional.push(decodeQuotes(m[8]));
    else if (m[9] !== undefined && m[9] !== '/') positional.push(decodeQuotes(m[9]));
  }
  return { attrs, positional };
}

/** Quotes as the editor stores them inside attribute values. */
function decodeQuotes(value: string): string {
  return value
    .replace(/&quot;|&#0*34;|&#x0*22;/gi, '"')
    .replace(/&#0*39;|&#x0*27;|&apos;/gi, "'")
    .replace(/&amp;/g, '&')
    .replace(/[\u201c\u201d\u2033]/g, '"');
}
