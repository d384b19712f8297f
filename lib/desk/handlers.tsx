import type { ContentIssue } from '../content/errors';
import { deskPaths } from '../desk-paths';
import type { AccountsStore } from '../store/accounts-port';
import type { DeskListPage, DeskListRequest } from '../store/port';
import { strings } from '../strings';
import { articlePath } from '../urls';
import { type Actor } from './audit';
import {
  type AuthDeps,
  currentSession,
  type SignedIn,
  signIn,
  signOut,
  signOutEverywhere,
} from './auth';
import { clearedSessionCookie, sessionCookie } from './cookies';
import {
  ARTICLE_FORM_MAX_BYTES,
  clientAddress,
  DESK_HEADERS,
  type FormFields,
  readForm,
  readFormWithFiles,
  seeOther,
} from './http';
import { fromThisSite } from './origin';
import { addPerson, changeRole, type Outcome, setActive, signOutPerson } from './people';
import { can, type Permission } from './roles';
import { completeSetup } from './setup';
import { DESK_AUTOSAVE_JS } from './autosave-script';
import { DESK_CSS } from './stylesheet';
import {
  IMAGE_UPLOAD_MAX_BYTES,
  imageFrontmatter,
  imageMarkdown,
  type StoredImage,
  storeUpload,
} from './uploads';
import { csrfToken, csrfTokenMatches, tokenHash } from './tokens';
import {
  checkForm,
  emptyValues,
  type FormValues,
  problemsByPlace,
  type StepInputs,
  valuesFromForm,
} from './article-form';
import { previewLink } from '../publishing/preview/links';
import {
  act,
  ARTICLE_ACTIONS,
  type ArticleAction,
  type ArticleDeps,
  baseFromForm,
  baseOf,
  type Conflict,
  fileOf,
  findArticle,
  type Found,
  freshId,
  mayAct,
  mayEdit,
  refusal,
  restore,
  stageOf,
  stepInputsFromForm,
  valuesOf,
} from './articles';
import { lineDiff } from './line-diff';
import { filtersOf, listPage } from './list';
import { revisionText } from './revision-text';
import {
  ArticleFormView,
  type ConflictProps,
  deskDocument,
  PeopleView,
  ProblemView,
  type RevisionRow,
  RevisionsView,
  SetupView,
  ShellView,
  SignInView,
  UploadView,
} from './views';

/**
 * The desk's answers, one function per route and method (app/ruang-redaksi/** call them with
 * deskDeps()). Every page but sign-in and setup needs a live session; every POST is refused
 * unless it comes from a page of this site (origin.ts) and, once signed in, carries the
 * session's form token; every change is checked against the person's role (roles.ts).
 */

export interface DeskDeps extends AuthDeps, ArticleDeps {
  accounts: AccountsStore;
  now: () => Date;
  /** NODE_ENV=production: the cookie is Secure. */
  production: boolean;
  /** The site's own origin (siteConfig.url), accepted as a form's Origin. */
  siteOrigin: string;
  /** The store's part of the list on the desk's first page (lib/store's deskList). */
  articles: (request: DeskListRequest) => Promise<DeskListPage>;
  /** WARTA_PREVIEW_SECRET: the editor links to the signed preview when it is set. */
  previewSecret?: string;
  /** The site's public/ folder: uploaded images are written under its images/desk/. */
  publicRoot: string;
}

const t = strings.desk;
const AUDIT_SHOWN = 100;

function problem(
  message: string,
  status: number,
  signedIn?: SignedIn,
  headers?: Record<string, string>,
): Promise<Response> {
  const csrf = signedIn && csrfToken(signedIn.token);
  return deskDocument(
    t.name,
    <ProblemView message={message} user={signedIn?.user} csrf={csrf} />,
    status,
    headers,
  );
}

type Gate =
  | { kind: 'pass'; signedIn: SignedIn; form?: FormFields; files?: Map<string, File> }
  | { kind: 'answer'; response: Response | Promise<Response> };

/**
 * The checks in front of every signed-in route: a session (else to the sign-in page), the role's
 * permission (else 403); for a POST, the origin and the form token (else 403) and a form of
 * sane size (else 413).
 */
async function gate(
  request: Request,
  deps: DeskDeps,
  permission: Permission,
  maxBytes?: number,
): Promise<Gate> {
  const post = request.method === 'POST';
  if (post && !fromThisSite(request.headers, deps.siteOrigin)) {
    return { kind: 'answer', response: problem(t.refusedOrigin, 403) };
  }
  const signedIn = await currentSession(deps, request.headers.get('cookie'), deps.production);
  if (!signedIn) {
    return {
      kind: 'answer',
      response: seeOther(deskPaths.signIn, { 'Set-Cookie': clearedSessionCookie(deps.production) }),
    };
  }
  if (!can(signedIn.user.role, permission)) {
    return { kind: 'answer', response: problem(t.refusedRole, 403, signedIn) };
  }
  if (!post) return { kind: 'pass', signedIn };
  const read = await readFormWithFiles(request, maxBytes);
  if (read === 'too-large') return { kind: 'answer', response: problem(t.tooLarge, 413, signedIn) };
  if (!csrfTokenMatches(signedIn.token, read.fields.get('csrf'))) {
    return { kind: 'answer', response: problem(t.refusedToken, 403, signedIn) };
  }
  return { kind: 'pass', signedIn, form: read.fields, files: read.files };
}

// ---- /ruang-redaksi ----

/**
 * The article list: the desk's drafts first, then the store's articles, filtered by the GET
 * form (`status`, `rubrik`, `penulis`, `q`), PER_PAGE a page (`halaman`), lib/desk/list.ts.
 */
export async function deskHome(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const filters = filtersOf(new URL(request.url).searchParams);
  const [listed, sections, authors] = await Promise.all([
    listPage(deps, signedIn.user, filters),
    deps.content.sections(),
    deps.content.authors(),
  ]);
  return deskDocument(
    t.articlesHeading,
    <ShellView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      articles={listed.rows}
      more={listed.more}
      filters={filters}
      sections={sections}
      authors={authors}
    />,
  );
}

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

/** The names of the desk's people by id (revisions and presence name them). */
async function namesById(deps: DeskDeps): Promise<Map<string, string>> {
  return new Map((await deps.accounts.users()).map((user) => [user.id, user.name || user.email]));
}

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

async function articleForm(
  deps: DeskDeps,
  signedIn: SignedIn,
  id: string | undefined,
  found: Found | undefined,
  state: FormState,
): Promise<Response> {
  const [sections, authors] = await Promise.all([deps.content.sections(), deps.content.authors()]);
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
      savedAt={newest?.at}
      autosaveOffer={state.autosaveOffer}
      user={user}
      csrf={csrfToken(signedIn.token)}
      action={id ? deskPaths.article(id) : deskPaths.newArticle}
      id={id}
      values={state.values}
      sections={sections}
      authors={authors}
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

// ---- /ruang-redaksi/gambar ----

export async function uploadPage(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'edit-own-drafts');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  return deskDocument(
    t.upload.heading,
    <UploadView user={signedIn.user} csrf={csrfToken(signedIn.token)} />,
  );
}

/**
 * An uploaded image (multipart: `gambar`, `alt`, `caption`, `credit`), checked like every form
 * (origin, token, session; a writer may upload), refused without alt text or credit (422), over
 * IMAGE_UPLOAD_MAX_BYTES (413) or when it is not a JPEG, PNG or WebP by its content (415);
 * else encoded again and written under public/images/desk/ (lib/desk/uploads.ts), answered with
 * its path, the body's Markdown and the lead image's frontmatter.
 */
export async function uploadSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  // The form's text fields and its boundaries come on top of the file.
  const checked = await gate(request, deps, 'edit-own-drafts', IMAGE_UPLOAD_MAX_BYTES + 64 * 1024);
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const typed = {
    alt: (form.get('alt') ?? '').trim().slice(0, 500),
    caption: (form.get('caption') ?? '').trim().slice(0, 500),
    credit: (form.get('credit') ?? '').trim().slice(0, 200),
  };
  const answer = (status: number, problem?: string, result?: StoredImage) =>
    deskDocument(
      t.upload.heading,
      <UploadView
        user={signedIn.user}
        csrf={csrfToken(signedIn.token)}
        typed={typed}
        problem={problem}
        result={
          result && {
            ...result,
            markdown: imageMarkdown(result.src, typed),
            frontmatter: imageFrontmatter(result.src, typed),
          }
        }
      />,
      status,
    );
  const file = checked.files?.get('gambar');
  if (!file || file.size === 0) return answer(422, t.upload.noFile);
  if (!typed.alt) return answer(422, t.upload.altRequired);
  if (!typed.credit) return answer(422, t.upload.creditRequired);
  if (file.size > IMAGE_UPLOAD_MAX_BYTES) return answer(413, t.upload.tooLarge);
  const stored = await storeUpload(
    deps.publicRoot,
    new Uint8Array(await file.arrayBuffer()),
    deps.now(),
  );
  if (stored === 'unsupported') return answer(415, t.upload.unsupported);
  return answer(201, undefined, stored);
}

// ---- /ruang-redaksi/artikel/<id>/revisi ----

const REVISIONS_LISTED = 200;

/** The id of /ruang-redaksi/artikel/<id>/revisi. */
function revisionsIdOf(request: Request): string {
  const segments = new URL(request.url).pathname.split('/');
  try {
    return decodeURIComponent(segments[segments.length - 2] ?? '');
  } catch {
    return '';
  }
}

/** A revision number from the query or a form: a whole number, else undefined. */
function revisionNumber(value: string | null | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

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

// ---- /ruang-redaksi/masuk ----

export async function signInPage(request: Request, deps: DeskDeps): Promise<Response> {
  if (await currentSession(deps, request.headers.get('cookie'), deps.production)) {
    return seeOther(deskPaths.home);
  }
  const params = new URL(request.url).searchParams;
  const notice = params.has('keluar')
    ? params.get('keluar') === 'semua'
      ? t.signedOutEverywhere
      : t.signedOut
    : undefined;
  return deskDocument(t.signInTitle, <SignInView notice={notice} />);
}

export async function signInSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  if (!fromThisSite(request.headers, deps.siteOrigin)) return problem(t.refusedOrigin, 403);
  const form = await readForm(request);
  if (form === 'too-large') return problem(t.tooLarge, 413);
  const email = (form.get('email') ?? '').slice(0, 320);
  const result = await signIn(deps, {
    email,
    password: form.get('password') ?? '',
    address: clientAddress(request.headers),
  });
  if (result.kind === 'signed-in') {
    return seeOther(deskPaths.home, {
      'Set-Cookie': sessionCookie(result.token, result.expiresAt, deps.now(), deps.production),
    });
  }
  if (result.kind === 'limited') {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return deskDocument(
      t.signInTitle,
      <SignInView email={email} problem={t.signInLimited(minutes)} />,
      429,
      { 'Retry-After': String(result.retryAfterSeconds) },
    );
  }
  return deskDocument(t.signInTitle, <SignInView email={email} problem={t.signInFailed} />, 401);
}

// ---- /ruang-redaksi/keluar ----

export async function signOutSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk');
  if (checked.kind === 'answer') return checked.response;
  const everywhere = checked.form?.get('semua') === '1';
  if (everywhere) await signOutEverywhere(deps, checked.signedIn);
  else await signOut(deps, checked.signedIn);
  return seeOther(`${deskPaths.signIn}?keluar=${everywhere ? 'semua' : '1'}`, {
    'Set-Cookie': clearedSessionCookie(deps.production),
  });
}

// ---- /ruang-redaksi/orang ----

async function peoplePage(
  deps: DeskDeps,
  signedIn: SignedIn,
  outcome?: Outcome,
  status = 200,
): Promise<Response> {
  const [people, audit] = await Promise.all([
    deps.accounts.users(),
    deps.accounts.auditLog(AUDIT_SHOWN),
  ]);
  return deskDocument(
    t.peopleHeading,
    <PeopleView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      people={people}
      audit={audit}
      notice={outcome?.ok ? outcome.message : undefined}
      problem={outcome && !outcome.ok ? outcome.message : undefined}
    />,
    status,
  );
}

export async function peopleGet(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'manage-people');
  if (checked.kind === 'answer') return checked.response;
  return peoplePage(deps, checked.signedIn);
}

export async function peopleSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'manage-people');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const actor: Actor = { id: signedIn.user.id, email: signedIn.user.email };
  const who = form.get('orang') ?? '';
  const now = deps.now();
  let outcome: Outcome;
  switch (form.get('aksi')) {
    case 'tambah':
      outcome = await addPerson(
        deps.accounts,
        actor,
        {
          email: form.get('email') ?? '',
          name: form.get('name') ?? '',
          role: (form.get('peran') ?? '') as 'penulis',
          password: form.get('password') ?? '',
        },
        now,
      );
      break;
    case 'peran':
      outcome = await changeRole(deps.accounts, actor, who, form.get('peran') ?? '', now);
      break;
    case 'nonaktifkan':
      outcome = await setActive(deps.accounts, actor, who, false, now);
      break;
    case 'aktifkan':
      outcome = await setActive(deps.accounts, actor, who, true, now);
      break;
    case 'keluarkan':
      outcome = await signOutPerson(deps.accounts, actor, who, now);
      break;
    default:
      outcome = { ok: false, message: t.refusedToken };
  }
  // A disabled or demoted self loses the page on the next request, not in the middle of this one.
  return peoplePage(deps, signedIn, outcome, outcome.ok ? 200 : 422);
}

// ---- /ruang-redaksi/siapkan ----

export async function setupPage(request: Request, deps: DeskDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if ((await deps.accounts.countActiveAdmins()) > 0) {
    return deskDocument(t.setupTitle, <SetupView token="" state="exists" />);
  }
  const valid =
    token.length > 0 && (await deps.accounts.setupTokenValid(tokenHash(token), deps.now()));
  return deskDocument(
    t.setupTitle,
    <SetupView token={valid ? token : ''} state={valid ? 'form' : 'invalid'} />,
    valid ? 200 : 404,
  );
}

export async function setupSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  if (!fromThisSite(request.headers, deps.siteOrigin)) return problem(t.refusedOrigin, 403);
  const form = await readForm(request);
  if (form === 'too-large') return problem(t.tooLarge, 413);
  const token = form.get('token') ?? '';
  const outcome = await completeSetup(
    deps.accounts,
    token,
    {
      email: form.get('email') ?? '',
      name: form.get('name') ?? '',
      password: form.get('password') ?? '',
    },
    deps.now(),
  );
  switch (outcome.kind) {
    case 'created':
      return seeOther(deskPaths.signIn);
    case 'problem':
      return deskDocument(
        t.setupTitle,
        <SetupView token={token} state="form" problem={outcome.message} />,
        422,
      );
    case 'exists':
      return deskDocument(t.setupTitle, <SetupView token="" state="exists" />, 409);
    case 'invalid':
      return deskDocument(t.setupTitle, <SetupView token="" state="invalid" />, 404);
  }
}

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
