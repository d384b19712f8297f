import { DESK_AUTOSAVE_JS } from '../autosave-script';
import { deskAssetBytes } from '../editor-asset';
import { DESK_HEADERS } from '../http';
import { DESK_CSS } from '../stylesheet';

// ---- /ruang-redaksi/gaya.css, /ruang-redaksi/autosimpan.js, /ruang-redaksi/aset/<name> ----

export function deskAutosaveScript(): Response {
  return new Response(DESK_AUTOSAVE_JS, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', ...DESK_HEADERS },
  });
}

export function deskStylesheet(): Response {
  return new Response(DESK_CSS, {
    headers: { 'Content-Type': 'text/css; charset=utf-8', ...DESK_HEADERS },
  });
}

/** A file's name carries its content's hash: a browser keeps it a year and never asks again. */
export const DESK_ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * A file of the desk's asset build (the body editor), by the name the build gave it; 404 for
 * any other name. Not personal and not secret (the same for everyone), so kept by any cache.
 */
export function deskAsset(request: Request): Response {
  let name = '';
  try {
    name = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? '');
  } catch {
    // A name that does not decode is no file of ours.
  }
  const bytes = name.endsWith('.js') ? deskAssetBytes(name) : undefined;
  if (!bytes) {
    return new Response(null, { status: 404, headers: DESK_HEADERS });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': DESK_ASSET_CACHE_CONTROL,
      'X-Robots-Tag': DESK_HEADERS['X-Robots-Tag'],
    },
  });
}
