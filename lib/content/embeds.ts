/**
 * Embeds and galleries in article bodies (docs/writing-embeds.md):
 *
 *   ::embed{url="https://www.youtube.com/watch?v=…" title="…"}
 *
 *   :::galeri{title="…"}
 *   ::foto{src="/images/…" alt="…" caption="…" credit="…"}
 *   :::
 *
 * An embed's URL is checked here, per provider, and reduced to what the player needs (an id,
 * sometimes a kind, a start or a hash). Pages render a facade: the provider's name, the title and
 * a plain link to the original, with no request to the provider. client/enhance.js swaps in the
 * player after a click, building its address from a fixed template per provider.
 */
import type { Element, ElementContent } from 'hast';
import { strings } from '../strings';
import { imagePathEscapes } from './image-path';

export const EMBED_DIRECTIVE = 'embed';
export const GALLERY_DIRECTIVE = 'galeri';
export const PHOTO_DIRECTIVE = 'foto';

export type EmbedProvider = 'youtube' | 'vimeo' | 'x' | 'instagram' | 'tiktok' | 'facebook';

/** The box reserved for the player: 16:9 video, 9:16 vertical video, or a social post. */
export type EmbedShape = 'landscape' | 'portrait' | 'post';

export interface Embed {
  provider: EmbedProvider;
  /** The video or post as the player names it (data-embed-id). */
  id: string;
  /** YouTube "short"; Instagram "p", "reel" or "tv"; Facebook "post" or "video". */
  kind?: string;
  /** Seconds into a YouTube video. */
  start?: number;
  /** The private hash of an unlisted Vimeo video. */
  hash?: string;
  shape: EmbedShape;
  /** The original, rebuilt from the parts above: the link readers follow. */
  url: string;
}

export const EMBED_PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  x: 'X (Twitter)',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  facebook: 'Facebook',
  vimeo: 'Vimeo',
};

/** What an editor is shown as the right form of a provider's URL. */
const EXAMPLES: Record<EmbedProvider, string> = {
  youtube: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
  x: 'https://x.com/akun/status/1870000000000000000',
  instagram: 'https://www.instagram.com/p/C1a2B3c4D5e/',
  tiktok: 'https://www.tiktok.com/@akun/video/7450000000000000000',
  facebook: 'https://www.facebook.com/akun/posts/1234567890',
  vimeo: 'https://vimeo.com/123456789',
};

const HOSTS: Record<string, EmbedProvider> = {
  'youtube.com': 'youtube',
  'www.youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'www.youtube-nocookie.com': 'youtube',
  'vimeo.com': 'vimeo',
  'www.vimeo.com': 'vimeo',
  'player.vimeo.com': 'vimeo',
  'x.com': 'x',
  'www.x.com': 'x',
  'mobile.x.com': 'x',
  'twitter.com': 'x',
  'www.twitter.com': 'x',
  'mobile.twitter.com': 'x',
  'instagram.com': 'instagram',
  'www.instagram.com': 'instagram',
  'tiktok.com': 'tiktok',
  'www.tiktok.com': 'tiktok',
  'm.tiktok.com': 'tiktok',
  // Short links name no video until followed: known, so the editor is told the full form.
  'vm.tiktok.com': 'tiktok',
  'vt.tiktok.com': 'tiktok',
  'facebook.com': 'facebook',
  'www.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'fb.watch': 'facebook',
};

export const EMBED_URL_MAX = 500;
export const EMBED_TITLE_MAX = 300;

export type EmbedUrlResult =
  | { ok: true; embed: Embed }
  | { ok: false; reason: 'too-long' | 'unsafe' | 'not-url' | 'provider' | 'format'; host?: string; provider?: EmbedProvider };

const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data|file|blob):/i;
/** Whitespace, control characters, quotes and angle brackets have no place in these URLs. */
const STRAY_CHARACTERS = /[\u0000-\u0020\u007f-\u009f"'<>\\`{}|^]/;

/** An embed URL checked against its provider's forms; only the parts the player needs are kept. */
export function parseEmbedUrl(raw: string): EmbedUrlResult {
  if (raw.length > EMBED_URL_MAX) return { ok: false, reason: 'too-long' };
  if (UNSAFE_SCHEME.test(raw)) return { ok: false, reason: 'unsafe' };
  if (STRAY_CHARACTERS.test(raw) || !/^https?:\/\//i.test(raw)) return { ok: false, reason: 'not-url' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'not-url' };
  }
  const host = url.hostname.toLowerCase();
  const provider = Object.hasOwn(HOSTS, host) ? HOSTS[host] : undefined;
  if (!provider) return { ok: false, reason: 'provider', host };
  const embed = url.username || url.password || url.port ? undefined : PARSERS[provider](url, host);
  return embed ? { ok: true, embed } : { ok: false, reason: 'format', provider };
}

const segmentsOf = (url: URL) => url.pathname.split('/').filter(Boolean);

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{1,12}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const X_ID = /^\d{1,20}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const INSTAGRAM_USER = /^[A-Za-z0-9_.]{1,30}$/;
const TIKTOK_USER = /^@[A-Za-z0-9_.]{1,50}$/;
const TIKTOK_ID = /^\d{1,25}$/;
const FACEBOOK_PAGE = /^[A-Za-z0-9.-]{1,80}$/;
const FACEBOOK_POST = /^[A-Za-z0-9]{1,80}$/;
const FACEBOOK_NUMBER = /^\d{1,25}$/;

/** "90", "90s", "1m30s" or "1h2m3s" as seconds; anything else is no start at all. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value);
  if (!match || !value.replace(/[hms]/g, '')) return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 && seconds < 1_000_000 ? seconds : undefined;
}

const PARSERS: Record<EmbedProvider, (url: URL, host: string) => Embed | undefined> = {
  youtube(url, host) {
    const segments = segmentsOf(url);
    let id: string | null | undefined;
    let short = false;
    if (host === 'youtu.be') {
      id = segments.length === 1 ? segments[0] : undefined;
    } else if (segments.length === 1 && segments[0] === 'watch') {
      id = url.searchParams.get('v');
    } else if (segments.length === 2 && ['shorts', 'embed', 'live', 'v'].includes(segments[0] ?? '')) {
      id = segments[1];
      short = segments[0] === 'shorts';
    }
    if (!id || !YOUTUBE_ID.test(id)) return undefined;
    if (short) {
      return { provider: 'youtube', id, kind: 'short', shape: 'portrait', url: `https://www.youtube.com/shorts/${id}` };
    }
    const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
    return {
      provider: 'youtube',
      id,
      ...(start ? { start } : {}),
      shape: 'landscape',
      url: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    };
  },

  vimeo(url, host) {
    const segments = segmentsOf(url);
    let id: string | undefined;
    let hash: string | null | undefined;
    if (host === 'player.vimeo.com') {
      if (segments.length === 2 && segments[0] === 'video') id = segments[1];
      hash = url.searchParams.get('h');
    } else if (segments.length === 1 || segments.length === 2) {
      [id, hash] = segments;
    } else if (segments.length === 3 && segments[0] === 'channels') {
      id = segments[2];
    }
    if (!id || !VIMEO_ID.test(id)) return undefined;
    if (hash && !VIMEO_HASH.test(hash)) return undefined;
    return {
      provider: 'vimeo',
      id,
      ...(hash ? { hash } : {}),
      shape: 'landscape',
      url: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
    };
  },

  x(url) {
    const segments = segmentsOf(url);
    // x.com/<user>/status/<id>, optionally …/photo/1 or …/video/1; x.com/i/web/status/<id>.
    const [first, second, third, fourth] = segments;
    let user: string | undefined;
    let id: string | undefined;
    if (first === 'i' && second === 'web' && third === 'status' && segments.length === 4) {
      id = fourth;
    } else if (second === 'status' && (segments.length === 3 || (segments.length === 5 && /^(photo|video)$/.test(fourth ?? '') && /^[1-4]$/.test(segments[4] ?? '')))) {
      user = first;
      id = third;
    }
    if (!id || !X_ID.test(id) || (user !== undefined && !X_USER.test(user))) return undefined;
    return { provider: 'x', id, shape: 'post', url: user ? `https://x.com/${user}/status/${id}` : `https://x.com/i/web/status/${id}` };
  },

  instagram(url) {
    let segments = segmentsOf(url);
    // instagram.com/<user>/p/<code>/ is the same post as instagram.com/p/<code>/.
    if (segments.length === 3 && INSTAGRAM_USER.test(segments[0] ?? '')) segments = segments.slice(1);
    const [kind, code] = segments;
    const normalised = kind === 'reels' ? 'reel' : kind;
    if (segments.length !== 2 || !normalised || !['p', 'reel', 'tv'].includes(normalised)) return undefined;
    if (!code || !INSTAGRAM_CODE.test(code)) return undefined;
    return {
      provider: 'instagram',
      id: code,
      kind: normalised,
      shape: 'post',
      url: `https://www.instagram.com/${normalised}/${code}/`,
    };
  },

  tiktok(url, host) {
    if (host.startsWith('vm.') || host.startsWith('vt.')) return undefined;
    const segments = segmentsOf(url);
    const [user, video, id] = segments;
    if (segments.length !== 3 || video !== 'video' || !user || !TIKTOK_USER.test(user)) return undefined;
    if (!id || !TIKTOK_ID.test(id)) return undefined;
    return { provider: 'tiktok', id, shape: 'portrait', url: `https://www.tiktok.com/${user}/video/${id}` };
  },

  facebook(url, host) {
    if (host === 'fb.watch') return undefined;
    const segments = segmentsOf(url);
    const [first, second, third] = segments;
    let path: string | undefined;
    let kind: 'post' | 'video' = 'post';
    let shape: EmbedShape = 'post';
    if (segments.length === 3 && first && FACEBOOK_PAGE.test(first) && third) {
      if (second === 'posts' && FACEBOOK_POST.test(third)) path = `${first}/posts/${third}`;
      if (second === 'videos' && FACEBOOK_NUMBER.test(third)) {
        path = `${first}/videos/${third}`;
        kind = 'video';
        shape = 'landscape';
      }
    } else if (segments.length === 1 && first === 'watch') {
      const v = url.searchParams.get('v');
      if (v && FACEBOOK_NUMBER.test(v)) {
        path = `watch/?v=${v}`;
        kind = 'video';
        shape = 'landscape';
      }
    } else if (segments.length === 2 && first === 'reel' && second && FACEBOOK_NUMBER.test(second)) {
      path = `reel/${second}`;
      kind = 'video';
      shape = 'portrait';
    } else if (segments.length === 1 && first === 'permalink.php') {
      const story = url.searchParams.get('story_fbid');
      const id = url.searchParams.get('id');
      if (story && id && FACEBOOK_POST.test(story) && FACEBOOK_NUMBER.test(id)) {
        path = `permalink.php?story_fbid=${story}&id=${id}`;
      }
    }
    if (!path) return undefined;
    return { provider: 'facebook', id: path, kind, shape, url: `https://www.facebook.com/${path}` };
  },
};

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
export function embedUrlProblem(raw: string, result: Extract<EmbedUrlResult, { ok: false }>): string {
  const shown = raw.length > 120 ? `${raw.slice(0, 117)}…` : raw;
  switch (result.reason) {
    case 'too-long':
      return messages.embedUrlTooLong(EMBED_DIRECTIVE, EMBED_URL_MAX);
    case 'unsafe':
      return messages.embedUnsafeUrl(EMBED_DIRECTIVE, shown);
    case 'not-url':
      return messages.embedNotUrl(EMBED_DIRECTIVE, shown);
    case 'provider':
      return messages.embedUnknownProvider(EMBED_DIRECTIVE, result.host ?? shown, Object.values(EMBED_PROVIDER_NAMES));
    case 'format': {
      const provider = result.provider ?? 'youtube';
      return messages.embedBadUrl(EMBED_DIRECTIVE, EMBED_PROVIDER_NAMES[provider], shown, EXAMPLES[provider]);
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
  return problems.length ? { problems } : { embed: result.embed, ...(title ? { title } : {}), problems };
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
const PHOTO_SRC = /^\/images\/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:jpe?g|png|webp)$/i;

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
      problems.push({ line, message: messages.directiveValueTooLong(prefix, name, GALLERY_TITLE_MAX) });
    }
  }
  const photos: GalleryPhoto[] = [];
  for (const child of node.children as DirectiveNode[]) {
    if (child.type !== 'leafDirective' || child.name !== PHOTO_DIRECTIVE) {
      problems.push({ line: lineOf(child), message: messages.galleryChild(GALLERY_DIRECTIVE, PHOTO_DIRECTIVE) });
      continue;
    }
    const photoLine = lineOf(child);
    const found = attributeProblems(child, PHOTO_LIMITS, `::${PHOTO_DIRECTIVE}`);
    const src = attribute(child, 'src');
    const alt = attribute(child, 'alt');
    if (!src) found.push(messages.photoWithoutSrc(PHOTO_DIRECTIVE));
    else if (!PHOTO_SRC.test(src) || imagePathEscapes(src)) found.push(messages.photoSrc(PHOTO_DIRECTIVE, src.slice(0, 120)));
    if (!alt) found.push(messages.photoWithoutAlt(PHOTO_DIRECTIVE));
    problems.push(...found.map((message) => ({ line: photoLine, message })));
    if (found.length || !src || !alt) continue;
    const caption = attribute(child, 'caption');
    const credit = attribute(child, 'credit');
    photos.push({ src, alt, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}), line: photoLine });
  }
  if (!node.children.length) {
    problems.push({ line, message: messages.galleryEmpty(GALLERY_DIRECTIVE, PHOTO_DIRECTIVE) });
  } else if (node.children.length > GALLERY_MAX_PHOTOS) {
    problems.push({ line, message: messages.galleryTooBig(GALLERY_DIRECTIVE, GALLERY_MAX_PHOTOS) });
  }
  const title = attribute(node, 'title');
  return { ...(title ? { title } : {}), photos, problems };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The facade a page shows for an embed: provider, title and a link to the original. The data
 * attributes are all client/enhance.js reads to build the player's address; the load button
 * stays hidden until that script reveals it.
 */
export function embedFacade(embed: Embed, title: string | undefined): Element {
  const name = EMBED_PROVIDER_NAMES[embed.provider];
  const words = strings.embed;
  return element(
    'figure',
    {
      className: ['embed', `embed--${embed.shape}`],
      dataEmbed: embed.provider,
      dataEmbedId: embed.id,
      ...(embed.kind ? { dataEmbedKind: embed.kind } : {}),
      ...(embed.start ? { dataEmbedStart: String(embed.start) } : {}),
      ...(embed.hash ? { dataEmbedHash: embed.hash } : {}),
    },
    [
      element('div', { className: ['embed__frame'] }, [
        element('p', { className: ['embed__provider'] }, [text(name)]),
        element('p', { className: ['embed__title'] }, [text(title ?? words.untitled(name))]),
        element('button', { type: 'button', className: ['embed__load'], hidden: true }, [text(words.load(name))]),
      ]),
      element('figcaption', { className: ['embed__caption'] }, [
        element('a', { href: embed.url }, [text(words.open(name))]),
      ]),
    ],
  );
}

/** An embed where no script runs (feeds): a paragraph linking the original. */
export function embedLink(embed: Embed, title: string | undefined): Element {
  const name = EMBED_PROVIDER_NAMES[embed.provider];
  return element('p', { className: ['embed-link'] }, [
    element('a', { href: embed.url }, [text(strings.embed.feedLink(name, title ?? strings.embed.untitled(name)))]),
  ]);
}

/**
 * A gallery: a figure of figures, each photo with its caption and credit. Sizes make the images
 * reserve their boxes; the responsive sources are added after sanitising, like body images.
 */
export function galleryFigure(
  gallery: Pick<GalleryDirective, 'title' | 'photos'>,
  imageSize?: (src: string) => { width: number; height: number } | undefined,
): Element {
  const items = gallery.photos.map((photo) => {
    const size = imageSize?.(photo.src);
    const img = element(
      'img',
      {
        src: photo.src,
        alt: photo.alt,
        ...(size ?? {}),
        className: ['gallery__image'],
        loading: 'lazy',
        decoding: 'async',
      },
      [],
    );
    const caption: ElementContent[] = [];
    if (photo.caption) caption.push(text(photo.caption));
    if (photo.credit) {
      if (caption.length) caption.push(text(' '));
      caption.push(element('span', { className: ['gallery__credit'] }, [text(strings.photoCredit(photo.credit))]));
    }
    return element('figure', { className: ['gallery__item'] }, caption.length ? [img, element('figcaption', {}, caption)] : [img]);
  });
  const heading = gallery.title
    ? [element('figcaption', { className: ['gallery__title'] }, [text(gallery.title)])]
    : [];
  return element(
    'figure',
    { className: ['gallery'], ...(gallery.title ? {} : { ariaLabel: strings.embed.galleryLabel }) },
    [...heading, ...items],
  );
}
