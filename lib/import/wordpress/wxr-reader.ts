import { SaxesParser, type SaxesTagNS } from 'saxes';
import { strings } from '../../strings';

const r = strings.wordpressImport.reader;

/**
 * A WordPress export (WXR 1.0, 1.1 or 1.2) read as a stream: the site's details, its authors,
 * categories and tags, then its items (posts, pages, attachments) one at a time, each handed
 * over as soon as its closing tag is read. Memory holds one item, never the file.
 *
 * The parser (saxes) is strict XML. It knows the five predefined entities and character
 * references only; a document type declaration is refused outright, so no entity is ever
 * declared, expanded ("billion laughs") or fetched from a file or URL (XXE).
 */

export interface WxrSite {
  title: string;
  link: string;
  description: string;
  language: string;
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  id: string;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrTerm {
  taxonomy: 'category' | 'post_tag' | string;
  id: string;
  slug: string;
  name: string;
  parent: string;
  description: string;
}

export interface WxrItemTerm {
  /** "category", "post_tag", or a custom taxonomy. */
  domain: string;
  /** The term's slug. */
  nicename: string;
  name: string;
}

export interface WxrItem {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: number;
  postDate: string;
  postDateGmt: string;
  postModified: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  postType: string;
  postParent: number;
  menuOrder: number;
  password: string;
  sticky: boolean;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** Post meta by key (the last value of a repeated key). */
  meta: Map<string, string>;
  /** Fields cut at the reader's limit: the item must not be trusted whole. */
  truncated: string[];
}

export type WxrRecord =
  | { kind: 'site'; site: WxrSite }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; term: WxrTerm }
  | { kind: 'item'; item: WxrItem };

export class WxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'WxrError';
  }
}

export interface WxrLimits {
  /** Characters kept of one field (a post's content, a meta value); the rest is cut and reported. */
  maxFieldChars?: number;
  /** Deepest nesting of elements accepted. */
  maxDepth?: number;
}

const WP_NS = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;
const EXCERPT_NS = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/;
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** An element's name with its namespace reduced to the prefix WordPress uses, whatever it was. */
function keyOf(tag: SaxesTagNS): string {
  const uri = tag.uri;
  if (!uri) return tag.local;
  if (WP_NS.test(uri)) return `wp:${tag.local}`;
  if (EXCERPT_NS.test(uri)) return `excerpt:${tag.local}`;
  if (uri === CONTENT_NS) return `content:${tag.local}`;
  if (uri === DC_NS) return `dc:${tag.local}`;
  return `{${uri}}${tag.local}`;
}

/** Elements whose direct children are captured as fields, by where they sit. */
type RecordKind = 'channel' | 'item' | 'author' | 'category' | 'tag' | 'term' | 'postmeta';

interface OpenRecord {
  kind: RecordKind;
  depth: number;
  fields: Map<string, string>;
  truncated: string[];
}

interface OpenField {
  key: string;
  depth: number;
  chunks: string[];
  length: number;
  truncated: boolean;
  attributes: Record<string, string>;
}

const CHANNEL_RECORDS: Record<string, RecordKind> = {
  'wp:author': 'author',
  'wp:category': 'category',
  'wp:tag': 'tag',
  'wp:term': 'term',
  item: 'item',
};

/** Subtrees nobody reads (comments, term meta): skipped without keeping their text. */
const SKIPPED = new Set(['wp:comment', 'wp:termmeta', 'wp:commentmeta']);

/** Reads a WXR stream; records come out in document order. */
export async function* readWxr(
  source: AsyncIterable<string | Uint8Array>,
  limits: WxrLimits = {},
): AsyncGenerator<WxrRecord> {
  const maxField = limits.maxFieldChars ?? 16 * 1024 * 1024;
  const maxDepth = limits.maxDepth ?? 128;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const out: WxrRecord[] = [];
  const records: OpenRecord[] = [];
  let field: OpenField | undefined;
  let depth = 0;
  let skipUntil = -1;
  let rootSeen = false;
  let channelSeen = false;
  let siteSent = false;
  let channel: OpenRecord | undefined;
  let itemTerms: WxrItemTerm[] = [];
  let itemMeta = new Map<string, string>();

  const fail = (message: string): never => {
    throw new WxrError(message, parser.line);
  };

  parser.on('error', (error) => fail(r.invalidXml(error.message)));
  parser.on('doctype', () => fail(r.doctype));
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > maxDepth) fail(r.tooDeep(maxDepth));
    if (skipUntil >= 0) return;
    const key = keyOf(tag);
    if (depth === 1) {
      if (key !== 'rss') fail(r.notWxr(`<${tag.name}>`));
      rootSeen = true;
      return;
    }
    if (depth === 2) {
      if (key === 'channel') {
        channelSeen = true;
        channel = { kind: 'channel', depth, fields: new Map(), truncated: [] };
        records.push(channel);
      }
      return;
    }
    const top = records.at(-1);
    if (!top) return;
    if (SKIPPED.has(key)) {
      skipUntil = depth;
      return;
    }
    if (top.kind === 'channel' && depth === top.depth + 1 && key in CHANNEL_RECORDS) {
      const kind = CHANNEL_RECORDS[key]!;
      if (kind === 'item') {
        sendSite();
        itemTerms = [];
        itemMeta = new Map();
      }
      records.push({ kind, depth, fields: new Map(), truncated: [] });
      return;
    }
    if (top.kind === 'item' && depth === top.depth + 1 && key === 'wp:postmeta') {
      records.push({ kind: 'postmeta', depth, fields: new Map(), truncated: [] });
      return;
    }
    if (depth === top.depth + 1) {
      const attributes: Record<string, string> = {};
      for (const attribute of Object.values(tag.attributes)) {
        attributes[attribute.local] = attribute.value;
      }
      field = { key, depth, chunks: [], length: 0, truncated: false, attributes };
    }
  });
  const onText = (text: string) => {
    if (skipUntil >= 0 || !field || depth !== field.depth) return;
    if (field.truncated) return;
    const room = maxField - field.length;
    if (text.length > room) {
      field.chunks.push(text.slice(0, room));
      field.length = maxField;
      field.truncated = true;
      return;
    }
    field.chunks.push(text);
    field.length += text.length;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const closing = depth;
    depth -= 1;
    if (skipUntil >= 0) {
      if (closing === skipUntil) skipUntil = -1;
      return;
    }
    if (field && closing === field.depth) {
      const top = records.at(-1);
      const value = detach(field.chunks.join(''));
      if (top?.kind === 'item' && field.key === 'category') {
        itemTerms.push({
          domain: field.attributes.domain ?? 'category',
          nicename: field.attributes.nicename ?? '',
          name: value.trim(),
        });
      } else if (top) {
        top.fields.set(field.key, value);
        if (field.truncated) top.truncated.push(field.key);
      }
      field = undefined;
      return;
    }
    const top = records.at(-1);
    if (!top || closing !== top.depth) return;
    records.pop();
    finish(top);
  });

  function sendSite() {
    if (siteSent || !channel) return;
    siteSent = true;
    const f = (key: string) => (channel!.fields.get(key) ?? '').trim();
    out.push({
      kind: 'site',
      site: {
        title: f('title'),
        link: f('link'),
        description: f('description'),
        language: f('language'),
        wxrVersion: f('wp:wxr_version'),
        baseSiteUrl: f('wp:base_site_url'),
        baseBlogUrl: f('wp:base_blog_url'),
      },
    });
  }

  function finish(record: OpenRecord) {
    const f = (key: string) => (record.fields.get(key) ?? '').trim();
    switch (record.kind) {
      case 'channel':
        sendSite();
        return;
      case 'author':
        out.push({
          kind: 'author',
          author: {
            id: f('wp:author_id'),
            login: f('wp:author_login'),
            email: f('wp:author_email'),
            displayName: f('wp:author_display_name'),
            firstName: f('wp:author_first_name'),
            lastName: f('wp:author_last_name'),
          },
        });
        return;
      case 'category':
        out.push({
          kind: 'term',
          term: {
            taxonomy: 'category',
            id: f('wp:term_id'),
            slug: f('wp:category_nicename'),
            name: f('wp:cat_name'),
            parent: f('wp:category_parent'),
            description: f('wp:category_description'),
          },
        });
        return;
      case 'tag':
        out.push({
          kind: 'term',
          term: {
            taxonomy: 'post_tag',
            id: f('wp:term_id'),
            slug: f('wp:tag_slug'),
            name: f('wp:tag_name'),
            parent: '',
            description: f('wp:tag_description'),
          },
        });
        return;
      case 'term':
        out.push({
          kind: 'term',
          term: {
            taxonomy: f('wp:term_taxonomy'),
            id: f('wp:term_id'),
            slug: f('wp:term_slug'),
            name: f('wp:term_name'),
            parent: f('wp:term_parent'),
            description: f('wp:term_description'),
          },
        });
        return;
      case 'postmeta': {
        const key = f('wp:meta_key');
        if (key) itemMeta.set(key, record.fields.get('wp:meta_value') ?? '');
        return;
      }
      case 'item': {
        const raw = (key: string) => record.fields.get(key) ?? '';
        out.push({
          kind: 'item',
          item: {
            title: f('title'),
            link: f('link'),
            guid: f('guid'),
            creator: f('dc:creator'),
            content: raw('content:encoded'),
            excerpt: raw('excerpt:encoded').trim(),
            postId: wholeNumber(f('wp:post_id')),
            postDate: f('wp:post_date'),
            postDateGmt: f('wp:post_date_gmt'),
            postModified: f('wp:post_modified'),
            postModifiedGmt: f('wp:post_modified_gmt'),
            postName: f('wp:post_name'),
            status: f('wp:status'),
            postType: f('wp:post_type'),
            postParent: wholeNumber(f('wp:post_parent')),
            menuOrder: wholeNumber(f('wp:menu_order')),
            password: f('wp:post_password'),
            sticky: f('wp:is_sticky') === '1',
            attachmentUrl: f('wp:attachment_url'),
            terms: itemTerms,
            meta: itemMeta,
            truncated: record.truncated,
          },
        });
        return;
      }
    }
  }

  const decoder = new TextDecoder('utf-8');
  /** Feeds the parser; what was complete before an error is handed over before the error. */
  function* feed(text: string | undefined): Generator<WxrRecord> {
    let failure: unknown;
    try {
      if (text === undefined) parser.close();
      else parser.write(text);
    } catch (error) {
      failure = error;
    }
    while (out.length) yield out.shift()!;
    if (failure) throw failure;
  }
  for await (const chunk of source) {
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  const rest = decoder.decode();
  if (rest) yield* feed(rest);
  yield* feed(undefined);
  if (!rootSeen || !channelSeen) fail(r.notWxr('<rss><channel>'));
  sendSite();
  while (out.length) yield out.shift()!;
}

/**
 * A copy of a string that holds no reference to the text it was cut from: the parser's values
 * are slices of the chunk they were read in, and a kept title or link would keep its whole chunk
 * (and, over a long export, every chunk) alive.
 */
function detach(value: string): string {
  return value.length === 0 ? '' : Buffer.from(value, 'utf8').toString('utf8');
}

function wholeNumber(text: string): number {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : 0;
}
