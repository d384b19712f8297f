import { valuesFromForm } from '../article-form';
import { findArticle, mayEdit } from '../articles';
import { ARTICLE_FORM_MAX_BYTES, DESK_HEADERS } from '../http';
import { type DeskDeps, gate, revisionsIdOf } from './shared';

// ---- /ruang-redaksi/artikel/<id>/autosimpan, /ruang-redaksi/artikel/baru/autosimpan ----

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...DESK_HEADERS },
  });
}

/** The article of /ruang-redaksi/artikel/<id>/autosimpan; undefined for the new article's. */
function autosaveIdOf(request: Request): string | undefined {
  const id = revisionsIdOf(request);
  return id === 'baru' ? undefined : id;
}

/**
 * What the editor's script sends a few seconds after typing stops and when the page is hidden:
 * the form as typed, kept as this person's autosave of the article (one per article and
 * person, replaced each time). Checked like a press of the form's buttons (origin, form token,
 * session, the right to this article), answered in JSON; not a revision, not audited, never
 * published.
 */
export async function autosaveSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts', ARTICLE_FORM_MAX_BYTES);
  if (checked.kind === 'answer') {
    const { status } = await checked.response;
    // Signed out: the page's session has ended (the sign-in page is for a browser, not a script).
    const refused = status === 303 ? 401 : status;
    return json({ ok: false, status: refused }, refused);
  }
  const { signedIn } = checked;
  const given = autosaveIdOf(request);
  const found = given === undefined ? undefined : await findArticle(deps, given);
  if (given !== undefined && !found) return json({ ok: false, status: 404 }, 404);
  if (!mayEdit(signedIn.user, found)) return json({ ok: false, status: 403 }, 403);
  const savedAt = deps.now();
  await deps.autosaves.putAutosave({
    articleId: given ?? '',
    userId: signedIn.user.id,
    fields: valuesFromForm(checked.form ?? new Map(), given ?? ''),
    savedAt,
  });
  return json({ ok: true, savedAt: savedAt.toISOString() });
}
