/**
 * The blocks authors write in article bodies (docs/writing-embeds.md), read and checked:
 *
 *   ::embed{url="https://www.youtube.com/watch?v=…" title="…"}
 *
 *   :::galeri{title="…"}
 *   ::foto{src="/images/…" alt="…" caption="…" credit="…"}
 *   :::
 *
 * An embed's URL is checked per provider by ./embed-urls.ts; what an editor must fix comes back
 * as problems, in the words of lib/strings/content.ts. ./embed-html.ts renders what passes.
 */
import { strings } from '../strings';
import {
  EMBED_PROVIDER_NAMES,
  EMBED_URL_EXAMPLES,
  EMBED_URL_MAX,
  parseEmbedUrl,
  type Embed,
  type EmbedUrlResult,
} from './embed-urls';
import { imagePathEscapes } from './image-path';

/** `::baca-juga{id=…}`, a read-also link: checked with the body (./body-check.ts), resolved when rendered. */
export const READ_ALSO_DIRECTIVE = 'baca-juga';
export const EMBED_DIRECTIVE = 'embed';
export const GALLERY_DIRECTIVE = 'galeri';
export const PHOTO_DIRECTIVE = 'foto';

export const EMBED_TITLE_MAX = 300;

/** A directive as remark-directive parses it (the fields these checks read). */
export interface DirectiveNode {
  type: string;
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  children: unknown[];
  position?: { start: { line: number } };
}

const messages = strings.content;

/** The message for an embed URL that did not pass parseEmbedUrl. */
export function embedUrlProblem(
  raw: string,
  result: Extract<EmbedUrlResult, { ok: false }>,
): string {
  const shown = raw.length > 120 ? `${raw.slice(0, 117)}…` : raw;
  switch (result.reason) {
    case 'too-long':
      return messages.embedUrlTooLong(EMBED_DIRECTIVE, EMBED_URL_MAX);
    case 'unsafe':
      return messages.embedUnsafeUrl(EMBED_DIRECTIVE, shown);
    case 'not-url':
      return messages.embedNotUrl(EMBED_DIRECTIVE, shown);
    case 'provider':
      return messages.embedUnknownProvider(
        EMBED_DIRECTIVE,
        result.host ?? shown,
        Object.values(EMBED_PROVIDER_NAMES),
      );
    case 'format': {
      const provider = result.provider ?? 'youtube';
      return messages.embedBadUrl(
        EMBED_DIRECTIVE,
        EMBED_PROVIDER_NAMES[provider],
        shown,
        EMBED_URL_EXAMPLES[provider],
      );
    }
  }
}

/** Problems with a directive's attributes: unknown names, labels, overlong values. */
function attributeProblems(
  node: DirectiveNode,
  allowed: Record<string, number>,
  prefix: string,
): string[] {
  const problems: string[] = [];
  if (node.children.length) problems.push(messages.directiveLabel(prefix));
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    const max = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (max === undefined) {
      problems.push(messages.directiveAttribute(prefix, name, Object.keys(allowed)));
    } else if ((value ?? '').length > max) {
      problems.push(messages.directiveValueTooLong(prefix, name, max));
    }
  }
  return problems;
}

const attribute = (node: DirectiveNode, name: string) => {
  const value = node.attributes?.[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

export interface EmbedDirective {
  embed?: Embed;
  title?: string;
  problems: string[];
}

/** `::embed{url=… title=…}` read and checked. */
export function readEmbedDirective(node: DirectiveNode): EmbedDirective {
  const prefix = `::${EMBED_DIRECTIVE}`;
  const problems = attributeProblems(node, { url: EMBED_URL_MAX, title: EMBED_TITLE_MAX }, prefix);
  const raw = node.attributes?.url?.trim();
  const title = attribute(node, 'title');
  if (!raw) {
    problems.push(messages.embedWithoutUrl(EMBED_DIRECTIVE));
    return { problems };
  }
  const result = parseEmbedUrl(raw);
  if (!result.ok) {
    // An overlong URL is already reported by the attribute check.
    if (result.reason !== 'too-long') problems.push(embedUrlProblem(raw, result));
    return { problems };
  }
  return problems.length
    ? { problems }
    : { embed: result.embed, ...(title ? { title } : {}), problems };
}

export interface GalleryPhoto {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  line: number;
}

export interface GalleryDirective {
  title?: string;
  photos: GalleryPhoto[];
  problems: { line: number; message: string }[];
}

export const GALLERY_TITLE_MAX = 200;
const PHOTO_LIMITS = { src: 300, alt: 300, caption: 600, credit: 120 };
export const GALLERY_MAX_PHOTOS = 60;
/** A local image path with no way out of /images/. */
const PHOTO_SRC =
  /^\/images\/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:jpe?g|png|webp)$/i;

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;

/** `:::galeri` read and checked: it holds `::foto` lines only, each with src and alt. */
export function readGalleryDirective(node: DirectiveNode): GalleryDirective {
  const line = lineOf(node);
  const prefix = `:::${GALLERY_DIRECTIVE}`;
  const problems: GalleryDirective['problems'] = [];
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (name !== 'title') {
      problems.push({ line, message: messages.directiveAttribute(prefix, name, ['title']) });
    } else if ((value ?? '').length > GALLERY_TITLE_MAX) {
      problems.push({
        line,
        message: messages.directiveValueTooLong(prefix, name, GALLERY_TITLE_MAX),
      });
    }
  }
  const photos: GalleryPhoto[] = [];
  for (const child of node.children as DirectiveNode[]) {
    if (child.type !== 'leafDirective' || child.name !== PHOTO_DIRECTIVE) {
      problems.push({
        line: lineOf(child),
        message: messages.galleryChild(GALLERY_DIRECTIVE, PHOTO_DIRECTIVE),
      });
      continue;
    }
    const photoLine = lineOf(child);
    const found = attributeProblems(child, PHOTO_LIMITS, `::${PHOTO_DIRECTIVE}`);
    const src = attribute(child, 'src');
    const alt = attribute(child, 'alt');
    if (!src) found.push(messages.photoWithoutSrc(PHOTO_DIRECTIVE));
    else if (!PHOTO_SRC.test(src) || imagePathEscapes(src))
      found.push(messages.photoSrc(PHOTO_DIRECTIVE, src.slice(0, 120)));
    if (!alt) found.push(messages.photoWithoutAlt(PHOTO_DIRECTIVE));
    problems.push(...found.map((message) => ({ line: photoLine, message })));
    if (found.length || !src || !alt) continue;
    const caption = attribute(child, 'caption');
    const credit = attribute(child, 'credit');
    photos.push({
      src,
      alt,
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
      line: photoLine,
    });
  }
  if (!node.children.length) {
    problems.push({ line, message: messages.galleryEmpty(GALLERY_DIRECTIVE, PHOTO_DIRECTIVE) });
  } else if (node.children.length > GALLERY_MAX_PHOTOS) {
    problems.push({ line, message: messages.galleryTooBig(GALLERY_DIRECTIVE, GALLERY_MAX_PHOTOS) });
  }
  const title = attribute(node, 'title');
  return { ...(title ? { title } : {}), photos, problems };
}
