import { SaxesParser, type SaxesTagNS } from 'saxes';
import { strings } from '../../strings';
import { authorOf, itemOf, siteOf, termOf, type WxrItemTerm, type WxrRecord } from './wxr-records';

const r = strings.wordpressImport.reader;

/**
 * A WordPress export (WXR 1.0, 1.1 or 1.2) read as a stream: the site's details, its authors,
 * categories and tags, then its items (posts, pages, attachments) one at a time, each handed
 * over as soon as its closing tag is read (./wxr-records.ts makes each record from its fields).
 * Memory holds one item, never the file.
 *
 * The parser (saxes) is strict XML. It knows the five predefined entities and character
 * references only; a document type declaration is refused outright, so no entity is ever
 * declared, expanded ("billion laughs") or fetched from a file or URL (XXE).
 */

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
        // Detached: a term's domain and slug are kept for the old addresses (./old-addresses.ts).
        attributes[attribute.local] = detach(attribute.value);
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
    out.push({ kind: 'site', site: siteOf(channel.fields) });
  }

  function finish(record: OpenRecord) {
    switch (record.kind) {
      case 'channel':
        sendSite();
        return;
      case 'author':
        out.push({ kind: 'author', author: authorOf(record.fields) });
        return;
      case 'category':
      case 'tag':
      case 'term':
        out.push({ kind: 'term', term: termOf(record.kind, record.fields) });
        return;
      case 'postmeta': {
        const key = (record.fields.get('wp:meta_key') ?? '').trim();
        if (key) itemMeta.set(key, record.fields.get('wp:meta_value') ?? '');
        return;
      }
      case 'item':
        out.push({
          kind: 'item',
          item: itemOf(record.fields, itemTerms, itemMeta, record.truncated),
        });
        return;
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
