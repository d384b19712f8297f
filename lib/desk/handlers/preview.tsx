import { renderBodyHtml } from '../../content/render-body';
import { articlePath } from '../../urls';
import { stageOf } from '../articles';
import { ARTICLE_FORM_MAX_BYTES, DESK_HEADERS } from '../http';
import { type DeskDeps, gate } from './shared';

// ---- /ruang-redaksi/pratinjau/isi ----

const lines = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The editor's live preview: the posted body (`body`, with the form's `dateline`) rendered by
 * the article page's own pipeline and sanitiser (lib/content/render-body.ts), answered as an
 * HTML fragment. Checked like every press of the editor (origin, form token, session, a role
 * that writes); a read-also block links what a reader would see now: a live article.
 */
export async function bodyPreviewSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts', ARTICLE_FORM_MAX_BYTES);
  if (checked.kind === 'answer') {
    const { status } = await checked.response;
    // Signed out: the page's session has ended (the sign-in page is for a browser, not a script).
    return new Response(null, { status: status === 303 ? 401 : status, headers: DESK_HEADERS });
  }
  const form = checked.form ?? new Map<string, string>();
  const now = deps.siteNow();
  const html = await renderBodyHtml(
    {
      body: lines(form.get('body') ?? ''),
      dateline: (form.get('dateline') ?? '').trim(),
      bodyImages: {},
    },
    async (id) => {
      const target = await deps.content.article(id);
      return target && stageOf(target, now) === 'live'
        ? { title: target.title, url: articlePath(target) }
        : undefined;
    },
  );
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...DESK_HEADERS },
  });
}
