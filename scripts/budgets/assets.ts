/**
 * What a page makes the browser fetch, read from its server HTML: scripts (tags, preloads and
 * any chunk an inline RSC payload would name for hydration), stylesheets and preloaded fonts;
 * and its inline scripts, of which only JSON-LD data blocks are allowed. Measuring only;
 * nothing here builds HTML.
 */

export interface PageAssets {
  scripts: string[];
  stylesheets: string[];
  fonts: string[];
  /** Inline scripts the browser would execute (anything but a JSON-LD or other data block). */
  inlineExecutable: string[];
  /** Inline `self.__next_f.push(…)` scripts: an RSC payload (none expected). */
  rscPayload: string[];
}

/** Types a browser runs as script; any other type (application/ld+json) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const isPayload = (script: string) => script.includes('self.__next_f');
// Chunk paths as they appear in markup or, JSON-escaped, in the RSC payload.
const CHUNK_PATH = /\/_next\/static\/[\w/.~-]+?\.(?:js|css)\b/g;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

const decodeEntities = (value: string) => value.replaceAll('&amp;', '&');

export function extractAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const fonts = new Set<string>();
  const legacy = new Set<string>();

  for (const [, tag, source] of html.matchAll(TAG)) {
    const attrs = attributes(source!);
    const rel = attrs.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    const as = attrs.get('as')?.toLowerCase();
    if (tag!.toLowerCase() === 'script' && attrs.has('src')) {
      // Modern browsers skip nomodule scripts (Next's polyfills).
      (attrs.has('nomodule') ? legacy : scripts).add(decodeEntities(attrs.get('src')!));
    } else if (rel.includes('stylesheet') && attrs.has('href')) {
      stylesheets.add(decodeEntities(attrs.get('href')!));
    } else if (rel.includes('preload') && as === 'font' && attrs.has('href')) {
      fonts.add(decodeEntities(attrs.get('href')!));
    } else if ((rel.includes('modulepreload') || as === 'script') && attrs.has('href')) {
      scripts.add(decodeEntities(attrs.get('href')!));
    }
  }

  const inline = [...html.matchAll(INLINE_SCRIPT)].map(([, attrs, body]) => ({
    type: attributes(attrs!).get('type')?.trim().toLowerCase() ?? '',
    body: body!,
  }));
  const inlineExecutable = inline.filter((s) => EXECUTABLE_TYPES.has(s.type)).map((s) => s.body);
  const rscPayload = inline.map((s) => s.body).filter(isPayload);
  for (const path of rscPayload.join('\n').match(CHUNK_PATH) ?? []) {
    (path.endsWith('.css') ? stylesheets : scripts).add(path);
  }
  for (const path of legacy) scripts.delete(path);

  return {
    scripts: [...scripts],
    stylesheets: [...stylesheets],
    fonts: [...fonts],
    inlineExecutable,
    rscPayload,
  };
}

/**
 * Fonts preloaded by the HTTP Link header, which is where Next puts them for pages rendered
 * on request (the search page, the 404) rather than in the HTML.
 */
export function linkHeaderFonts(header: string | null): string[] {
  if (!header) return [];
  return header.split(/,\s*(?=<)/).flatMap((entry) => {
    const url = /^<([^>]+)>/.exec(entry.trim())?.[1];
    const params = entry.toLowerCase();
    const isFontPreload = /;\s*rel="?preload"?/.test(params) && /;\s*as="?font"?/.test(params);
    return url && isFontPreload ? [url] : [];
  });
}
