import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as yamlStringify } from 'yaml';
import { z } from 'zod';
import {
  articleFrontmatterSchema,
  authorSchema,
  pageFrontmatterSchema,
  type ArticleFrontmatter,
} from '../../content/schema';
import { slugify } from '../../slug';
import { strings } from '../../strings';
import {
  convertBody,
  hasMarkup,
  htmlText,
  printOptions,
  type BodyContext,
  type BodyNote,
} from './body';
import type { WxrAuthor, WxrItem } from './wxr-records';

/**
 * A WordPress post, page or author as Warta content, checked by the same zod schemas as every
 * content file (lib/content/schema.ts) before anything is written.
 */

const m = strings.wordpressImport;

export interface SiteSettings {
  /** The old site's address ("https://lama.example/"). */
  siteUrl: string;
  siteName: string;
  /** The site's UTC offset, "+07:00": WordPress's post_date is in the site's time. */
  utcOffset: string;
  dateline: string;
  /** The image of posts without a featured image (a file under public/images/). */
  defaultImage: { src: string; alt: string; credit: string };
}

/** WordPress category (slug) → Warta section id; `default` for posts with none of them. */
export const sectionMapSchema = z.strictObject({
  default: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  categories: z.record(z.string(), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default({}),
});
export type SectionMap = z.infer<typeof sectionMapSchema>;

export interface MapContext extends BodyContext {
  site: SiteSettings;
  sections: SectionMap;
  /** The Warta author id of a WordPress login (dc:creator). */
  authorOf(login: string): string;
}

export type Outcome = 'imported' | 'approximate' | 'skipped';

export interface MappedFile {
  kind: 'article' | 'page';
  wpId: number;
  /** Content-relative path ("articles/wp-12.md"). */
  path: string;
  id?: string;
  slug: string;
  section?: string;
  tags: string[];
  text: string;
  notes: BodyNote[];
  status: 'published' | 'scheduled' | 'draft';
  /** The key of what it was made from (./reuse.ts). */
  source?: string;
  /** Taken from the last run's record (./reuse.ts): not converted again, `text` is empty. */
  reused?: boolean;
}

export type MapResult = { ok: true; file: MappedFile } | { ok: false; reason: string };

const ZERO_WIDTH_AND_BIDI = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Whether a post_name (percent-encoded or not) holds zero-width or bidi characters. */
export function hasInvisible(postName: string): boolean {
  let decoded = postName;
  try {
    decoded = decodeURIComponent(postName);
  } catch {
    decoded = postName;
  }
  return new RegExp(ZERO_WIDTH_AND_BIDI.source).test(decoded);
}

/** What a title and a slug lost on the way: markup in the title, invisible characters in the slug. */
function nameNotes(item: WxrItem, slug: string): BodyNote[] {
  const notes: BodyNote[] = [];
  if (hasMarkup(item.title)) notes.push({ kind: 'approximate', message: m.titleMarkup });
  if (hasInvisible(item.postName))
    notes.push({ kind: 'approximate', message: m.slugInvisible(slug) });
  return notes;
}

/** post_name as a Warta slug: percent-decoded, invisible characters gone, ASCII, ≤ 120. */
export function slugFrom(postName: string, title: string, fallback: string): string {
  let decoded = postName;
  try {
    decoded = decodeURIComponent(postName);
  } catch {
    decoded = postName;
  }
  // The title only when the name gives nothing.
  const candidates = [() => decoded.replace(ZERO_WIDTH_AND_BIDI, ''), () => htmlText(title)];
  for (const candidate of candidates) {
    const slug = cut(slugify(candidate().replace(ZERO_WIDTH_AND_BIDI, '')), 120);
    if (slug) return slug;
  }
  return fallback;
}

function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  return head.slice(0, head.lastIndexOf('-') > 0 ? head.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** "2024-05-01 10:00:00" as an instant with the site's offset; the GMT field wins when set. */
export function wpInstant(local: string, gmt: string, utcOffset: string): string | undefined {
  const parts = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
    if (!match || match[1] === '0000') return undefined;
    return match.slice(1).map(Number) as [number, number, number, number, number, number];
  };
  const offsetMinutes = (() => {
    const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
    if (!match) return 0;
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  })();
  const fromGmt = parts(gmt);
  let utc: number;
  if (fromGmt) {
    const [y, mo, d, h, mi, s] = fromGmt;
    utc = Date.UTC(y, mo - 1, d, h, mi, s);
  } else {
    const fromLocal = parts(local);
    if (!fromLocal) return undefined;
    const [y, mo, d, h, mi, s] = fromLocal;
    utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  }
  const shown = new Date(utc + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${shown}${utcOffset}`;
}

/** Text cut at a word to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,.;:]+$/, '')}…`;
}

const fileProcessor = unified()
  .use(remarkStringify, printOptions)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective);

/** A content file: the frontmatter (YAML) and the body's tree, printed by remark. */
export function contentFile(frontmatter: Record<string, unknown>, body: MdastRoot): string {
  const yaml = yamlStringify(frontmatter, { lineWidth: 0 }).trimEnd();
  const root: MdastRoot = {
    type: 'root',
    children: [{ type: 'yaml', value: yaml }, ...body.children],
  };
  return String(fileProcessor.stringify(root));
}

/** Where a post is headed, from its WordPress status. */
export function statusOf(
  item: WxrItem,
): { status: MappedFile['status']; reason?: string; note?: string } | undefined {
  if (item.password) return { status: 'draft', note: m.passwordProtected };
  switch (item.status) {
    case 'publish':
      return { status: 'published' };
    case 'future':
      return { status: 'scheduled' };
    case 'draft':
    case 'pending':
      return { status: 'draft' };
    case 'private':
      return { status: 'draft', note: m.privatePost };
    default:
      return undefined;
  }
}

/** Whether mapping the item as an article or a page converts its body (else it is refused first). */
export function converts(item: WxrItem, kind: 'article' | 'page'): boolean {
  return kind === 'article'
    ? !!statusOf(item) && item.truncated.length === 0
    : item.status === 'publish' && !item.password;
}

/** `slug`: the slug to take instead of post_name's (when that one is held by another file). */
export function mapPost(item: WxrItem, ctx: MapContext, slug?: string): MapResult {
  const where = statusOf(item);
  if (!where) return { ok: false, reason: m.statusNotImported(item.status || '?') };
  if (item.truncated.length) return { ok: false, reason: m.truncated(item.truncated.join(', ')) };
  const body = convertBody(item.content, ctx);
  const notes = [...body.notes];
  if (where.note) notes.push({ kind: 'approximate', message: where.note });
  const id = `wp-${item.postId}`;
  const title = clip(htmlText(item.title), 160) || m.untitled(item.postId);
  const publishedAt = wpInstant(item.postDate, item.postDateGmt, ctx.site.utcOffset);
  if (!publishedAt) return { ok: false, reason: m.noDate };
  const modified = wpInstant(item.postModified, item.postModifiedGmt, ctx.site.utcOffset);
  const categories = item.terms.filter((t) => t.domain === 'category');
  const chosen = categories.find((t) => Object.hasOwn(ctx.sections.categories, t.nicename));
  const section = chosen ? ctx.sections.categories[chosen.nicename]! : ctx.sections.default;
  const tagNames: string[] = [];
  for (const term of item.terms) {
    if (term === chosen) continue;
    if (term.domain === 'category' && term.nicename === 'uncategorized') continue;
    if (term.domain !== 'category' && term.domain !== 'post_tag' && term.domain !== 'tag') continue;
    const name = htmlText(term.name).trim();
    if (name && !tagNames.some((t) => slugify(t) === slugify(name))) tagNames.push(name);
  }
  if (tagNames.length > 12)
    notes.push({ kind: 'approximate', message: m.tooManyTags(tagNames.length) });
  const summary = blurb(item, body.text, title);
  const image = featuredImage(item, ctx, title);
  if (image.note) notes.push({ kind: 'approximate', message: image.note });
  const frontmatter: Record<string, unknown> = {
    id,
    slug: slug ?? wantedSlug(item),
    title,
    summary,
    section,
    tags: tagNames.slice(0, 12),
    authors: [ctx.authorOf(item.creator)],
    publishedAt,
    ...(modified && modified > publishedAt ? { updatedAt: modified } : {}),
    image: image.value,
    dateline: ctx.site.dateline,
    status: where.status === 'draft' ? 'draft' : 'published',
  };
  const checked = articleFrontmatterSchema.safeParse(frontmatter);
  if (!checked.success) return { ok: false, reason: describeIssues(checked.error) };
  notes.push(...nameNotes(item, checked.data.slug));
  return {
    ok: true,
    file: {
      kind: 'article',
      wpId: item.postId,
      path: `articles/${id}.md`,
      id,
      slug: checked.data.slug,
      section,
      tags: checked.data.tags,
      text: contentFile(frontmatter, body.tree),
      notes,
      status: where.status,
    },
  };
}

/** The slug a post or page takes from its WordPress name (or title) when nothing else holds it. */
export function wantedSlug(item: WxrItem): string {
  return slugFrom(item.postName, item.title, `wp-${item.postId}`);
}

/** The slug a post or page takes when the one it wanted is held: its WordPress id added. */
export function slugWithId(taken: string, postId: number): string {
  return `${taken.slice(0, 100)}-${postId}`;
}

export function mapPage(item: WxrItem, ctx: MapContext, slug?: string): MapResult {
  if (item.status !== 'publish' || item.password)
    return { ok: false, reason: m.pageNotPublic(item.password ? 'password' : item.status) };
  const body = convertBody(item.content, ctx);
  const title = htmlText(item.title).trim() || m.untitled(item.postId);
  const updatedAt =
    wpInstant(item.postModified, item.postModifiedGmt, ctx.site.utcOffset) ??
    wpInstant(item.postDate, item.postDateGmt, ctx.site.utcOffset);
  const frontmatter: Record<string, unknown> = {
    slug: slug ?? wantedSlug(item),
    title,
    description: blurb(item, body.text, title),
    updatedAt,
    order: item.menuOrder || 100,
  };
  const checked = pageFrontmatterSchema.safeParse(frontmatter);
  if (!checked.success) return { ok: false, reason: describeIssues(checked.error) };
  const notes = [...body.notes, ...nameNotes(item, checked.data.slug)];
  return {
    ok: true,
    file: {
      kind: 'page',
      wpId: item.postId,
      path: `pages/${checked.data.slug}.md`,
      slug: checked.data.slug,
      tags: [],
      text: contentFile(frontmatter, body.tree),
      notes,
      status: 'published',
    },
  };
}

/** The Warta author id of a WordPress login. */
export function authorIdOf(login: string): string {
  return slugify(login) || 'redaksi';
}

export function authorFile(
  author: WxrAuthor,
  siteName: string,
): { id: string; text: string } | undefined {
  const id = authorIdOf(author.login);
  const name =
    htmlText(author.displayName).trim() ||
    [author.firstName, author.lastName].join(' ').trim() ||
    author.login;
  const record = { id, name, role: m.authorRole, bio: m.authorBio(name, siteName) };
  if (!authorSchema.safeParse(record).success) return undefined;
  return { id, text: yamlStringify(record, { lineWidth: 0 }) };
}

function featuredImage(
  item: WxrItem,
  ctx: MapContext,
  title: string,
): { value: ArticleFrontmatter['image']; note?: string } {
  const thumbnail = Number(item.meta.get('_thumbnail_id') ?? NaN);
  const attachment = Number.isSafeInteger(thumbnail) ? ctx.attachment(thumbnail) : undefined;
  const src = attachment ? ctx.image(attachment.url) : undefined;
  if (!attachment || !src) {
    return {
      value: { ...ctx.site.defaultImage },
      note: attachment ? m.featuredUnavailable(attachment.url) : m.noFeaturedImage,
    };
  }
  const value: ArticleFrontmatter['image'] = {
    src,
    alt: clip(attachment.alt || attachment.title || title, 250),
    credit: attachment.credit || ctx.site.defaultImage.credit,
  };
  if (attachment.caption) value.caption = htmlText(attachment.caption).trim();
  return { value };
}

/** An article's summary or a page's description: the excerpt, else the body's first sentences. */
function blurb(item: WxrItem, bodyText: string, title: string): string {
  return (
    clip(htmlText(item.excerpt), 300) || clip(firstSentences(bodyText), 300) || clip(title, 300)
  );
}

function firstSentences(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 300) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(?:\s|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).length > 300) break;
    out += sentence;
  }
  return out.trim() || clean;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '-'}: ${issue.message}`).join('; ');
}
