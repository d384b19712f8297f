/**
 * The records a WordPress export (WXR) is read into (./wxr-reader.ts reads them): the site, its
 * authors and terms, and its items, each made from the fields of its element (keys with
 * WordPress's namespace prefixes: `wp:post_id`, `content:encoded`, `dc:creator`).
 */
import { createHash } from 'node:crypto';

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

/** An element's fields: its direct children's text by key. */
type Fields = Map<string, string>;

const fieldOf = (fields: Fields) => (key: string) => (fields.get(key) ?? '').trim();

export function siteOf(fields: Fields): WxrSite {
  const f = fieldOf(fields);
  return {
    title: f('title'),
    link: f('link'),
    description: f('description'),
    language: f('language'),
    wxrVersion: f('wp:wxr_version'),
    baseSiteUrl: f('wp:base_site_url'),
    baseBlogUrl: f('wp:base_blog_url'),
  };
}

export function authorOf(fields: Fields): WxrAuthor {
  const f = fieldOf(fields);
  return {
    id: f('wp:author_id'),
    login: f('wp:author_login'),
    email: f('wp:author_email'),
    displayName: f('wp:author_display_name'),
    firstName: f('wp:author_first_name'),
    lastName: f('wp:author_last_name'),
  };
}

/** A term from `<wp:category>`, `<wp:tag>` or `<wp:term>` (any taxonomy). */
export function termOf(element: 'category' | 'tag' | 'term', fields: Fields): WxrTerm {
  const f = fieldOf(fields);
  switch (element) {
    case 'category':
      return {
        taxonomy: 'category',
        id: f('wp:term_id'),
        slug: f('wp:category_nicename'),
        name: f('wp:cat_name'),
        parent: f('wp:category_parent'),
        description: f('wp:category_description'),
      };
    case 'tag':
      return {
        taxonomy: 'post_tag',
        id: f('wp:term_id'),
        slug: f('wp:tag_slug'),
        name: f('wp:tag_name'),
        parent: '',
        description: f('wp:tag_description'),
      };
    case 'term':
      return {
        taxonomy: f('wp:term_taxonomy'),
        id: f('wp:term_id'),
        slug: f('wp:term_slug'),
        name: f('wp:term_name'),
        parent: f('wp:term_parent'),
        description: f('wp:term_description'),
      };
  }
}

/** An item; its terms and meta are gathered from child elements of their own. */
export function itemOf(
  fields: Fields,
  terms: WxrItemTerm[],
  meta: Map<string, string>,
  truncated: string[],
): WxrItem {
  const f = fieldOf(fields);
  const raw = (key: string) => fields.get(key) ?? '';
  return {
    title: f('title'),
    link: f('link'),
    guid: f('guid'),
    creator: f('dc:creator'),
    content: raw('content:encoded'),
    excerpt: raw('excerpt:encoded').trim(),
    postId: postIdOf(f('wp:post_id'), f('guid'), f('link'), f('title'), f('wp:post_date')),
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
    terms,
    meta,
    truncated,
  };
}

/**
 * An item's WordPress id: `wp:post_id`; where an export leaves it out (hand-made or trimmed
 * exports do), the `?p=` or `?page_id=` of its guid or link, which WordPress's default guid
 * carries; failing both, a stable number from its guid, link, title and date above any id
 * WordPress hands out, so each item keeps a file of its own and a re-run finds it again.
 */
function postIdOf(given: string, guid: string, link: string, title: string, date: string): number {
  const id = wholeNumber(given);
  if (id > 0) return id;
  for (const address of [guid, link]) {
    const found = /[?&](?:p|page_id)=(\d{1,15})(?:&|#|$)/.exec(address);
    if (found) return Number(found[1]);
  }
  const digest = createHash('sha256').update([guid, link, title, date].join('\n')).digest();
  return MADE_UP_IDS_FROM + digest.readUIntBE(0, 5);
}

/** Where the numbers postIdOf makes up start: past any WordPress site's own ids. */
const MADE_UP_IDS_FROM = 1e13;

function wholeNumber(text: string): number {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : 0;
}
