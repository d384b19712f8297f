/**
 * The editor's live preview: the body as the article page renders it, asked of the desk
 * (`data-pratinjau-url`, a POST checked like every desk form: the page's form token goes with
 * it) a moment after typing stops, and only while the preview is on screen (beside the editor
 * on a wide screen; on a phone, under its tab). The answer is the site's own sanitised HTML.
 */

/** Quiet time after the last change before the preview is asked for. */
export const PREVIEW_DELAY_MS = 400;

export function startPreview(root: HTMLElement, text: () => string, changed: Set<() => void>) {
  const url = root.dataset.pratinjauUrl;
  const form = root.closest('form');
  const pane = root.querySelector<HTMLElement>('[data-penyunting-pratinjau]');
  const output = pane?.querySelector<HTMLElement>('[data-pratinjau-isi]');
  const status = pane?.querySelector<HTMLElement>('[data-pratinjau-status]');
  if (!url || !form || !pane || !output) return;
  pane.hidden = false;

  let shown: string | undefined;
  let timer = 0;
  let asking: AbortController | undefined;
  const visible = () => pane.offsetParent !== null;

  const refresh = async () => {
    const body = text();
    if (body === shown || !visible()) return;
    asking?.abort();
    asking = new AbortController();
    const params = new URLSearchParams();
    params.set('csrf', String(new FormData(form).get('csrf') ?? ''));
    params.set('body', body);
    params.set('dateline', String(new FormData(form).get('dateline') ?? ''));
    try {
      const response = await fetch(url, {
        method: 'POST',
        body: params,
        credentials: 'same-origin',
        signal: asking.signal,
      });
      if (!response.ok) throw new Error(String(response.status));
      output.innerHTML = await response.text();
      shown = body;
      if (status) status.textContent = '';
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      if (status) status.textContent = root.dataset.pratinjauGagal ?? '';
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = window.setTimeout(refresh, PREVIEW_DELAY_MS);
  };
  changed.add(later);
  form.querySelector('[name=dateline]')?.addEventListener('input', () => {
    shown = undefined;
    later();
  });

  // The phone's two tabs: the editor or the preview, one at a time.
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-tampil]')];
  const show = (which: string) => {
    root.dataset.tampil = which;
    for (const tab of tabs) tab.setAttribute('aria-pressed', String(tab.dataset.tampil === which));
    if (which === 'pratinjau') void refresh();
  };
  for (const tab of tabs) tab.addEventListener('click', () => show(tab.dataset.tampil ?? 'tulis'));
  tabs[0]?.parentElement?.removeAttribute('hidden');
  show('tulis');
  // A wide screen shows both: the preview follows from the start and on resizing.
  window.addEventListener('resize', later);
  void refresh();
}
