import { createHash } from 'node:crypto';

/**
 * The desk's one script, served at /ruang-redaksi/autosimpan.js on the article editor only
 * (never a reader page; `script-src 'self'` allows it, nothing inline): a few seconds after
 * typing stops, and when the page is hidden or left (`visibilitychange`, `pagehide`), it posts
 * the form to the editor's autosave address (`data-autosave`) with the session's form token,
 * and keeps a copy in `localStorage` in case that fails. On load, a copy newer than the page's
 * newest save (`data-saved-at`) that differs from the form is offered back (a button that fills
 * the form in; nothing is saved until a button of the form is pressed). Without it the editor
 * works as before: every save is a press of `Simpan`.
 */

/** Quiet time after the last keystroke before the form is sent. */
export const AUTOSAVE_DELAY_MS = 3_000;

export const DESK_AUTOSAVE_JS = `(() => {
  'use strict';
  const form = document.querySelector('form[data-autosave]');
  if (!form) return;
  const url = form.dataset.autosave;
  const savedAt = Number(form.dataset.savedAt || '0');
  const key = 'warta-ketikan:' + url;
  const status = document.getElementById('desk-autosave-status');
  const say = (text) => { if (status) status.textContent = text; };
  const fields = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && name !== 'aksi') params.append(name, value);
    }
    return params;
  };
  const typed = (params) => {
    const copy = new URLSearchParams(params);
    copy.delete('csrf');
    copy.delete('basis');
    return copy.toString();
  };
  let last = typed(fields());
  let timer = 0;
  const keepLocal = (params) => {
    try {
      localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: typed(params) }));
    } catch {}
  };
  const send = () => {
    clearTimeout(timer);
    const params = fields();
    const text = typed(params);
    if (text === last) return;
    keepLocal(params);
    const body = params.toString();
    fetch(url, {
      method: 'POST',
      body: params,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      keepalive: body.length < 60000,
    })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then(() => {
        last = text;
        say(form.dataset.savedText || '');
      })
      .catch(() => say(form.dataset.failedText || ''));
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(send, ${AUTOSAVE_DELAY_MS});
  });
  form.addEventListener('change', () => {
    clearTimeout(timer);
    timer = setTimeout(send, ${AUTOSAVE_DELAY_MS});
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') send();
  });
  window.addEventListener('pagehide', send);
  form.addEventListener('submit', (event) => {
    // A preview opens in another tab and saves nothing: what is typed is still unsaved.
    if (event.submitter && event.submitter.hasAttribute('formtarget')) return;
    clearTimeout(timer);
    last = typed(fields());
    try { localStorage.removeItem(key); } catch {}
  });
  // The browser's copy, when the server's autosave did not get through.
  let kept;
  try { kept = JSON.parse(localStorage.getItem(key) || 'null'); } catch {}
  if (!kept || typeof kept.fields !== 'string' || !(kept.at > savedAt) || kept.fields === last) return;
  const offer = document.createElement('p');
  offer.className = 'desk-notice';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = form.dataset.restoreText || 'Pulihkan';
  button.addEventListener('click', () => {
    const values = new URLSearchParams(kept.fields);
    for (const element of form.elements) {
      if (!element.name || element.name === 'csrf' || element.name === 'basis') continue;
      if (element.type === 'checkbox') element.checked = values.getAll(element.name).includes(element.value);
      else if (values.has(element.name) && 'value' in element) element.value = values.get(element.name);
    }
    offer.remove();
  });
  offer.append(button);
  form.before(offer);
})();
`;

export const DESK_AUTOSAVE_JS_VERSION = createHash('sha256')
  .update(DESK_AUTOSAVE_JS)
  .digest('hex')
  .slice(0, 12);
