/**
 * Embed URLs per provider (docs/writing-embeds.md): the hosts each provider answers on, the forms
 * of its URLs that name a video or post, and the parts the player needs (an id, sometimes a kind,
 * a start or a hash), with the original rebuilt from them. The `::embed` directive is read in
 * ./body-directives.ts; pages render the facade of ./embed-html.ts.
 */
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
export const EMBED_URL_EXAMPLES: Record<EmbedProvider, string> = {
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

export type EmbedUrlResult =
  | { ok: true; embed: Embed }
  | {
      ok: false;
      reason: 'too-long' | 'unsafe' | 'not-url' | 'provider' | 'format';
      host?: string;
      provider?: EmbedProvider;
    };

const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data|file|blob):/i;
/** Whitespace, control characters, quotes and angle brackets have no place in these URLs. */
const STRAY_CHARACTERS = /[\u0000-\u0020\u007f-\u009f"'<>\\`{}|^]/;

/** An embed URL checked against its provider's forms; only the parts the player needs are kept. */
export function parseEmbedUrl(raw: string): EmbedUrlResult {
  if (raw.length > EMBED_URL_MAX) return { ok: false, reason: 'too-long' };
  if (UNSAFE_SCHEME.test(raw)) return { ok: false, reason: 'unsafe' };
  if (STRAY_CHARACTERS.test(raw) || !/^https?:\/\//i.test(raw))
    return { ok: false, reason: 'not-url' };
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
    } else if (
      segments.length === 2 &&
      ['shorts', 'embed', 'live', 'v'].includes(segments[0] ?? '')
    ) {
      id = segments[1];
      short = segments[0] === 'shorts';
    }
    if (!id || !YOUTUBE_ID.test(id)) return undefined;
    if (short) {
      return {
        provider: 'youtube',
        id,
        kind: 'short',
        shape: 'portrait',
        url: `https://www.youtube.com/shorts/${id}`,
      };
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
    } else if (
      second === 'status' &&
      (segments.length === 3 ||
        (segments.length === 5 &&
          /^(photo|video)$/.test(fourth ?? '') &&
          /^[1-4]$/.test(segments[4] ?? '')))
    ) {
      user = first;
      id = third;
    }
    if (!id || !X_ID.test(id) || (user !== undefined && !X_USER.test(user))) return undefined;
    return {
      provider: 'x',
      id,
      shape: 'post',
      url: user ? `https://x.com/${user}/status/${id}` : `https://x.com/i/web/status/${id}`,
    };
  },

  instagram(url) {
    let segments = segmentsOf(url);
    // instagram.com/<user>/p/<code>/ is the same post as instagram.com/p/<code>/.
    if (segments.length === 3 && INSTAGRAM_USER.test(segments[0] ?? ''))
      segments = segments.slice(1);
    const [kind, code] = segments;
    const normalised = kind === 'reels' ? 'reel' : kind;
    if (segments.length !== 2 || !normalised || !['p', 'reel', 'tv'].includes(normalised))
      return undefined;
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
    if (segments.length !== 3 || video !== 'video' || !user || !TIKTOK_USER.test(user))
      return undefined;
    if (!id || !TIKTOK_ID.test(id)) return undefined;
    return {
      provider: 'tiktok',
      id,
      shape: 'portrait',
      url: `https://www.tiktok.com/${user}/video/${id}`,
    };
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
    } else if (
      segments.length === 2 &&
      first === 'reel' &&
      second &&
      FACEBOOK_NUMBER.test(second)
    ) {
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
