import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import { restore } from '../article-actions';
import { baseFromForm, findArticle, type Found, mayEdit, valuesOf } from '../articles';
import type { SignedIn } from '../auth';
import { seeOther } from '../http';
import { lineDiff } from '../line-diff';
import { revisionText } from '../revision-text';
import { can } from '../roles';
import { csrfToken } from '../tokens';
import { deskDocument, type RevisionRow, RevisionsView } from '../views';
import { type DeskDeps, gate, namesById, problem, revisionNumber, revisionsIdOf } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi/artikel/<id>/revisi ----

const REVISIONS_LISTED = 200;

async function revisionsView(
  deps: DeskDeps,
  signedIn: SignedIn,
  id: string,
  found: Found,
  options: { from?: number; to?: number; notice?: string; problem?: string; status?: number },
): Promise<Response> {
  const [listed, names] = await Promise.all([
    deps.revisions.revisions(id, REVISIONS_LISTED),
    namesById(deps),
  ]);
  const rows = listed.map((revision): RevisionRow => ({
    number: revision.number,
    action: revision.action,
    who: names.get(revision.authorId) ?? t.revisions.unknownPerson,
    at: revision.at,
    restoredFrom: revision.restoredFrom,
  }));
  let compared: { from: number; to: number; lines: ReturnType<typeof lineDiff> } | undefined;
  const { from, to } = options;
  let problem = options.problem;
  let status = options.status;
  if (from !== undefined && to !== undefined) {
    const [before, after] = await Promise.all([
      deps.revisions.revision(id, from),
      deps.revisions.revision(id, to),
    ]);
    if (before && after) {
      compared = {
        from,
        to,
        lines: lineDiff(revisionText(before.fields), revisionText(after.fields)),
      };
    } else {
      problem = t.revisions.notFound;
      status = 404;
    }
  }
  const values = valuesOf(id, found);
  return deskDocument(
    t.revisions.heading,
    <RevisionsView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      title={values.title || t.untitled}
      editorHref={deskPaths.article(id)}
      action={deskPaths.revisions(id)}
      rows={rows}
      base={rows[0]?.number ?? 0}
      compared={compared}
      canRestore={can(signedIn.user.role, 'edit-own-drafts')}
      notice={options.notice}
      problem={problem}
    />,
    status,
  );
}

/**
 * An article's revisions: who saved what and when, the line diff of two (`?dari=1&ke=3`), a
 * button to restore each. Open to whoever may edit the article.
 */
export async function revisionsPage(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const id = revisionsIdOf(request);
  const found = id ? await findArticle(deps, id) : undefined;
  if (!found) return problem(t.article.notFound, 404, signedIn);
  if (!mayEdit(signedIn.user, found)) return problem(t.refusedRole, 403, signedIn);
  const params = new URL(request.url).searchParams;
  const restored = revisionNumber(params.get('dipulihkan'));
  return revisionsView(deps, signedIn, id, found, {
    from: revisionNumber(params.get('dari')),
    to: revisionNumber(params.get('ke')),
    notice: restored === undefined ? undefined : t.revisions.restored(restored),
  });
}

/**
 * Restores a revision (`pulihkan`) as the article's new draft and newest revision, on the base
 * the page was opened from (`basis`; else 409). Never publishes. Whoever may edit the article
 * may restore it: an editor any article, a writer their own draft.
 */
export async function revisionsSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const id = revisionsIdOf(request);
  const found = id ? await findArticle(deps, id) : undefined;
  if (!found) return problem(t.article.notFound, 404, signedIn);
  if (!mayEdit(signedIn.user, found)) return problem(t.refusedRole, 403, signedIn);
  const from = revisionNumber(form.get('pulihkan'));
  const outcome =
    from === undefined
      ? ({ kind: 'not-found' } as const)
      : await restore(deps, signedIn.user, id, found, from, baseFromForm(form.get('basis')));
  switch (outcome.kind) {
    case 'restored':
      return seeOther(`${deskPaths.article(id)}?ok=dipulihkan&revisi=${from}`);
    case 'not-found':
      return revisionsView(deps, signedIn, id, found, {
        problem: t.revisions.notFound,
        status: 404,
      });
    case 'conflict':
      return revisionsView(deps, signedIn, id, found, {
        problem: t.revisions.conflict,
        status: 409,
      });
  }
}
