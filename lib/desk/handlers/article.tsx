import type { ContentIssue } from '../../content/errors';
import { deskPaths } from '../../desk-paths';
import { previewLink } from '../../publishing/preview/links';
import { strings } from '../../strings';
import { articlePath } from '../../urls';
import {
  checkForm,
  emptyValues,
  type FormValues,
  problemsByPlace,
  type StepInputs,
  valuesFromForm,
} from '../article-form';
import { act, refusal } from '../article-actions';
import {
  ARTICLE_ACTIONS,
  type ArticleAction,
  baseFromForm,
  baseOf,
  type Conflict,
  fileOf,
  findArticle,
  type Found,
  freshId,
  mayAct,
  mayEdit,
  stageOf,
  stepInputsFromForm,
  valuesOf,
} from '../articles';
import type { SignedIn } from '../auth';
import { ARTICLE_FORM_MAX_BYTES, seeOther } from '../http';
import { lineDiff } from '../line-diff';
import { revisionText } from '../revision-text';
import { can } from '../roles';
import { deskAssetManifest } from '../editor-asset';
import { csrfToken } from '../tokens';
import { ArticleFormView, type ConflictProps, deskDocument } from '../views';
import { type DeskDeps, gate, namesById, problem, revisionNumber } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi/artikel/baru, /ruang-redaksi/artikel/<id> ----

/** The id of /ruang-redaksi/artikel/<id>; undefined for the new article's path. */
function articleIdOf(request: Request): string | undefined {
  const last = new URL(request.url).pathname.split('/').pop() ?? '';
  let id: string;
  try {
    id = decodeURIComponent(last);
  } catch {
    return '';
  }
  return id === 'baru' ? undefined : id;
}

interface FormState {
  values: FormValues;
  issues: readonly ContentIssue[];
  /** The revision the form is based on (0: none yet). */
  base: number;
  notice?: string;
  problem?: string;
  status?: number;
  conflict?: ConflictProps;
  /** The workflow steps' inputs as typed (a refused schedule, correction or withdrawal). */
  steps?: StepInputs;
  /** This person's autosave, newer than the newest revision and not what the form holds. */
  autosaveOffer?: Date;
}

/** How long after their last page load someone counts as having an article open. */
export const PRESENCE_MINUTES = 5;
/** Presence older than this is forgotten. */
const PRESENCE_KEPT_MS = 24 * 60 * 60_000;

/**
 * Records that the signed-in person has the article open (on every load of its editor and every
 * press of its buttons), and answers who else was seen there in the last PRESENCE_MINUTES.
 */
async function presenceOn(deps: DeskDeps, user: SignedIn['user'], id: string): Promise<string[]> {
  const now = deps.now();
  await deps.presence.seen({ articleId: id, userId: user.id, seenAt: now });
  await deps.presence.forgetBefore(new Date(now.getTime() - PRESENCE_KEPT_MS));
  const since = new Date(now.getTime() - PRESENCE_MINUTES * 60_000);
  const others = (await deps.presence.seenSince(id, since)).filter((p) => p.userId !== user.id);
  if (!others.length) return [];
  const names = await namesById(deps);
  return others.map((p) =>
    t.article.seenAgo(
      names.get(p.userId) ?? t.revisions.unknownPerson,
      Math.floor((now.getTime() - p.seenAt.getTime()) / 60_000),
    ),
  );
}

/** What a conflict shows: the newest version, who saved it and when, and how yours differs. */
async function conflictView(deps: DeskDeps, conflict: Conflict): Promise<ConflictProps> {
  const { theirs } = conflict;
  const editorHref = deskPaths.article(conflict.id);
  if (!theirs) return { diff: [], editorHref };
  const text = revisionText(theirs.fields);
  const names = await namesById(deps);
  return {
    theirs: {
      number: theirs.number,
      action: theirs.action,
      who: names.get(theirs.authorId) ?? t.revisions.unknownPerson,
      at: theirs.at,
      text,
    },
    diff: lineDiff(text, revisionText(conflict.values)),
    editorHref,
  };
}

/** The body editor's script, when the asset build made one (else the body is the textarea). */
function editorScriptHref(): string | undefined {
  const manifest = deskAssetManifest();
  return manifest && deskPaths.asset(manifest.editor);
}

async function articleForm(
  deps: DeskDeps,
  signedIn: SignedIn,
  id: string | undefined,
  found: Found | undefined,
  state: FormState,
): Promise<Response> {
  const [sections, authors, tags, recent] = await Promise.all([
    deps.content.sections(),
    deps.content.authors(),
    deps.content.tags(),
    deps.content.recent(),
  ]);
  const { user } = signedIn;
  const stored = found?.stored;
  const stage = stageOf(stored, deps.siteNow());
  const live = stage === 'live' || stage === 'withdrawn';
  const status = stored
    ? t.articleStatus[stage === 'unpublished' ? 'draft' : stage === 'live' ? 'published' : stage]
    : undefined;
  // The signed preview shows what the store holds: a stored article, whatever its status.
  const previewHref =
    stored && deps.previewSecret
      ? previewLink(stored.id, deps.previewSecret, { now: deps.now().getTime() })
      : undefined;
  const draftState = found?.draft && t.articleStatus[found.draft.state];
  const others = id ? await presenceOn(deps, user, id) : [];
  const newest = id ? (await deps.revisions.revisions(id, 1))[0] : undefined;
  return deskDocument(
    id ? t.article.editHeading : t.article.newHeading,
    <ArticleFormView
      canUpload={can(user.role, 'edit-own-drafts')}
      autosaveHref={deskPaths.autosave(id)}
      editorScriptHref={editorScriptHref()}
      savedAt={newest?.at}
      autosaveOffer={state.autosaveOffer}
      user={user}
      csrf={csrfToken(signedIn.token)}
      action={id ? deskPaths.article(id) : deskPaths.newArticle}
      id={id}
      values={state.values}
      sections={sections}
      authors={authors}
      suggestions={{ tags, recent: recent.filter((article) => article.id !== id) }}
      problems={problemsByPlace(state.issues)}
      state={
        status && draftState
          ? `${status} · ${t.pendingVersion(draftState)}`
          : (status ?? draftState)
      }
      notice={state.notice}
      problem={state.problem}
      readerHref={live && stored ? articlePath(stored) : undefined}
      canSubmit={can(user.role, 'submit-for-review')}
      canPublish={can(user.role, 'publish')}
      steps={{
        schedule: can(user.role, 'schedule') && !live,
        correct: can(user.role, 'correct') && stage === 'live',
        withdraw: can(user.role, 'withdraw') && stage === 'live',
        typed: state.steps ?? {},
      }}
      previewHref={previewHref}
      previewNote={
        !id ? undefined : previewHref ? t.workflow.previewNote : t.workflow.previewUnavailable
      }
      base={state.base}
      others={others}
      revisionsHref={id ? deskPaths.revisions(id) : undefined}
      conflict={state.conflict}
    />,
    state.status,
  );
}

const SAVED_NOTICES: Record<string, string> = {
  disimpan: t.article.saved,
  diajukan: t.article.submitted,
  terbit: t.article.published,
  dijadwalkan: t.article.scheduled,
  diralat: t.article.corrected,
  ditarik: t.article.withdrawn,
};

/** The notice of an editor reached after a press: `?ok=…` (and `revisi=` for a restore). */
function savedNotice(params: URLSearchParams): string | undefined {
  const done = params.get('ok') ?? '';
  if (done === 'dipulihkan') {
    const number = revisionNumber(params.get('revisi'));
    return number === undefined ? undefined : t.revisions.restored(number);
  }
  return SAVED_NOTICES[done];
}

export async function newArticlePage(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts');
  if (checked.kind === 'answer') return checked.response;
  const values = emptyValues('');
  const typed = await typedState(request, deps, checked.signedIn, undefined, values);
  return articleForm(deps, checked.signedIn, undefined, undefined, {
    values,
    issues: [],
    base: 0,
    ...typed,
  });
}

/**
 * This person's autosave of the editor (`id`, or the new article's): restored into the form
 * when asked (`?ketikan=1`), else offered when it is newer than the article's newest revision
 * and differs from what the form would show.
 */
async function typedState(
  request: Request,
  deps: DeskDeps,
  signedIn: SignedIn,
  id: string | undefined,
  values: FormValues,
): Promise<Partial<FormState>> {
  const autosave = await deps.autosaves.autosave(id ?? '', signedIn.user.id);
  if (!autosave) return {};
  const newest = id ? (await deps.revisions.revisions(id, 1))[0] : undefined;
  if (newest && autosave.savedAt <= newest.at) return {};
  const kept: FormValues = { ...values, ...autosave.fields, id: values.id ?? '' };
  if (Object.keys(kept).every((name) => (kept[name] ?? '') === (values[name] ?? ''))) return {};
  if (new URL(request.url).searchParams.get('ketikan') === '1') {
    return { values: kept, notice: t.autosave.restored };
  }
  return { autosaveOffer: autosave.savedAt };
}

export async function articlePage(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const id = articleIdOf(request) ?? '';
  const found = id ? await findArticle(deps, id) : undefined;
  if (!found) return problem(t.article.notFound, 404, signedIn);
  if (!mayEdit(signedIn.user, found)) return problem(t.refusedRole, 403, signedIn);
  const values = valuesOf(id, found);
  // A draft's problems are shown as it is reopened: what to fix before it can go further.
  const issues = found.draft
    ? checkForm(values, 'published', deps.siteNow(), fileOf(id, found.stored)).issues
    : [];
  return articleForm(deps, signedIn, id, found, {
    values,
    issues,
    base: await baseOf(deps, id),
    notice: savedNotice(new URL(request.url).searchParams),
    problem: issues.length ? t.article.stillToFix(issues.length) : undefined,
    ...(await typedState(request, deps, signedIn, id, values)),
  });
}

/**
 * A press of Simpan, Ajukan, Terbitkan, or an editor's Jadwalkan, Terbitkan ralat or Tarik
 * artikel on the new article's form or an article's. The button's
 * permission is checked first (a forged Terbitkan, Jadwalkan, ralat or Tarik from a writer is
 * refused, 403, and changes nothing), then the person's right to this article; a refused check answers the form again with
 * what was typed and each problem beside its field (422). A form opened from a revision that is
 * no longer the newest is refused (409) and answered with what was typed still in the form, now
 * based on the newest revision, and that revision beside it: a second press saves it on top.
 */
export async function articleSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk', ARTICLE_FORM_MAX_BYTES);
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const { user } = signedIn;
  const action = form.get('aksi') as ArticleAction;
  if (!ARTICLE_ACTIONS.includes(action)) return problem(t.article.unknownAction, 400, signedIn);
  if (!mayAct(user, action)) return problem(t.refusedRole, 403, signedIn);
  const given = articleIdOf(request);
  const found = given === undefined ? undefined : await findArticle(deps, given);
  if (given !== undefined && !found) return problem(t.article.notFound, 404, signedIn);
  if (!mayEdit(user, found)) return problem(t.refusedRole, 403, signedIn);
  const id = given ?? (await freshId(deps));
  // The new article's form has no base: nothing can have been saved on a fresh id.
  const base = given === undefined ? 0 : baseFromForm(form.get('basis'));
  const steps = stepInputsFromForm(form);
  const values = valuesFromForm(form, id);
  const outcome = await act(deps, user, action, id, found, values, base, steps);
  if (outcome.kind !== 'invalid' && outcome.kind !== 'conflict') {
    // What was typed is now saved: the autosave has nothing more to offer.
    await deps.autosaves.deleteAutosave(id, user.id);
    if (given === undefined) await deps.autosaves.deleteAutosave('', user.id);
  }
  switch (outcome.kind) {
    case 'saved':
      return seeOther(`${deskPaths.article(id)}?ok=disimpan`);
    case 'submitted':
      return seeOther(`${deskPaths.article(id)}?ok=diajukan`);
    case 'published':
      return seeOther(`${deskPaths.article(id)}?ok=terbit`);
    case 'scheduled':
      return seeOther(`${deskPaths.article(id)}?ok=dijadwalkan`);
    case 'corrected':
      return seeOther(`${deskPaths.article(id)}?ok=diralat`);
    case 'withdrawn':
      return seeOther(`${deskPaths.article(id)}?ok=ditarik`);
    case 'invalid':
      return articleForm(deps, signedIn, given, found, {
        values: outcome.values,
        issues: outcome.issues,
        base,
        problem: refusal(outcome.action, outcome.issues.length),
        status: 422,
        steps,
      });
    case 'conflict':
      return articleForm(deps, signedIn, id, await findArticle(deps, id), {
        values: outcome.values,
        issues: [],
        base: outcome.theirs?.number ?? 0,
        problem: outcome.theirs ? t.article.conflict : t.article.conflictGone,
        status: 409,
        conflict: await conflictView(deps, outcome),
        steps,
      });
  }
}
