import { DESK_AUTOSAVE_JS } from '../autosave-script';
import { DESK_HEADERS } from '../http';
import { DESK_CSS } from '../stylesheet';

// ---- /ruang-redaksi/gaya.css ----

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
