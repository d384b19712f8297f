import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import type { Article, Author, Section } from '../content/types';
import type { IngestResult } from '../publishing/ingest-port';
import type { AccountsStore, DeskUser } from '../store/accounts-port';
import type { AutosavesStore, DeskDraft, DraftsStore } from '../store/drafts-port';
import type {
  DeskRevision,
  PresenceStore,
  RevisionAction,
  RevisionsStore,
} from '../store/revisions-port';
import { strings } from '../strings';
import { formatDateTimeWib, toIsoWib } from '../dates';
import { siteConfig } from '../site-config';
import {
  checkForm,
  emptyValues,
  frontmatterOf,
  type FormValues,
  inFormLines,
  STEP_INPUTS,
  type StepInputs,
  valuesFromArticle,
} from './article-form';
import { AUDIT, type Actor, record } from './audit';
import { can } from './roles';

/**
 * The desk's article workflow: save (a draft in the store's desk_drafts), submit for review, and
 * publish now, which hands the article as a Markdown file to the publish endpoint's own path
 * (the ingest validates and stores it, then exactly what it touched is revalidated). Drafts are
 * never read by a reader page; a published article lives in the content tables like any file's.
 */

/** What the editor reads of the content store: an article at any status, sections, authors. */
export interface DeskContent {
  article(id: string): Promise<Article | undefined>;
  sections(): Promise<Section[]>;
  authors(): Promise<Author[]>;
}

/** Files published through the publish endpoint's path (ingest, invalidation, announcements). */
export type Publish = (files: { path: string; text: string }[]) => Promise<IngestResult>;

export interface ArticleDeps {
  accounts: AccountsStore;
  drafts: DraftsStore;
  /** What each person was typing in an editor (the desk's script): never a revision. */
  autosaves: AutosavesStore;
  /** Every save, submission, publication and restore, numbered per article. */
  revisions: RevisionsStore;
  /** Who has which article's editor open. */
  presence: PresenceStore;
  content: DeskContent;
  publish: Publish;
  /** The machine's clock: when a draft was saved, the audit log. */
  now: () => Date;
  /** The site's clock (lib/now.ts): a publication time left empty is this one. */
  siteNow: () => Date;
}

export type ArticleAction = 'simpan' | 'ajukan' | 'terbitkan' | 'jadwalkan' | 'ralat' | 'tarik';

export const ARTICLE_ACTIONS: readonly ArticleAction[] = [
  'simpan',
  'ajukan',
  'terbitkan',
  'jadwalkan',
  'ralat',
  'tarik',
];

export function stepInputsFromForm(form: ReadonlyMap<string, string>): StepInputs {
  return Object.fromEntries(STEP_INPUTS.map((name) => [name, form.get(name) ?? '']));
}

/** An article as the editor finds it: the desk's draft of it, the stored version, or both. */
export interface Found {
  draft?: DeskDraft;
  stored?: Article;
}

export async function findArticle(deps: ArticleDeps, id: string): Promise<Found | undefined> {
  const [draft, stored] = await Promise.all([deps.drafts.draft(id), deps.content.article(id)]);
  return draft || stored ? { draft, stored } : undefined;
}

/**
 * Whether `user` may open and change an article: an editor or admin any of them; a writer a new
 * one, and their own drafts of articles not published yet.
 */
export function mayEdit(user: DeskUser, found: Found | undefined): boolean {
  if (can(user.role, 'edit-any-article')) return true;
  if (!can(user.role, 'edit-own-drafts')) return false;
  if (!found) return true;
  return !found.stored && found.draft?.ownerId === user.id;
}

/** Whether the action's button may be pressed by this role at all. */
export function mayAct(user: DeskUser, action: ArticleAction): boolean {
  if (action === 'terbitkan') return can(user.role, 'publish');
  if (action === 'jadwalkan') return can(user.role, 'schedule');
  if (action === 'ralat') return can(user.role, 'correct');
  if (action === 'tarik') return can(user.role, 'withdraw');
  if (action === 'ajukan') return can(user.role, 'submit-for-review');
  return can(user.role, 'edit-own-drafts');
}

/** A new article's id: eight hex digits held by no article and no draft. */
export async function freshId(deps: ArticleDeps): Promise<string> {
  for (;;) {
    const id = randomBytes(4).toString('hex');
    if (!(await findArticle(deps, id)) && !(await deps.revisions.latestRevision(id))) return id;
  }
}

/** The file an article is published as: a stored one keeps its file, a new one gets `<id>.md`. */
export function fileOf(id: string, stored: Article | undefined): string {
  return `articles/${stored ? path.basename(stored.file) : `${id}.md`}`;
}

/** The form's values of a found article: its draft as typed, else the stored version. */
export function valuesOf(id: string, found: Found): FormValues {
  if (found.draft) return { ...emptyValues(id), ...found.draft.fields, id };
  return valuesFromArticle(found.stored!);
}

export type Outcome =
  | {
      kind: 'saved' | 'submitted' | 'published' | 'scheduled' | 'corrected' | 'withdrawn';
      id: string;
    }
  | Conflict
  | {
      kind: 'invalid';
      id: string;
      action: ArticleAction;
      values: FormValues;
      issues: ContentIssue[];
    };

/** Where a stored article stands for readers at `now`. */
export type Stage = 'unpublished' | 'scheduled' | 'live' | 'withdrawn';

export function stageOf(stored: Article | undefined, now: Date): Stage {
  if (!stored || stored.status === 'draft') return 'unpublished';
  if (stored.withdrawn) return 'withdrawn';
  return stored.publishedAt > now ? 'scheduled' : 'live';
}

/**
 * A datetime-local value ("2026-01-05T10:15", seconds allowed) read as the site's zone (WIB,
 * +07:00); undefined when it is not one.
 */
export function instantInSiteZone(value: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const at = new Date(`${match[1]}T${match[2]}:${match[3] ?? '00'}${siteConfig.utcOffset}`);
  if (Number.isNaN(at.getTime())) return undefined;
  // Date() rolls "02-30" over to March; a date that does not exist is refused instead.
  return toIsoWib(at).slice(0, 16) === `${match[1]}T${match[2]}` ? at : undefined;
}

const stepIssue = (field: string, message: string): ContentIssue => ({ file: '', field, message });

/**
 * The form's values as the workflow step makes them (the schedule as `publishedAt`, the new
 * correction appended to `corrections`, the withdrawal's date and reason), or the step's own
 * problems, each under its input (or the form as a whole for the article's stage).
 */
function stepValues(
  action: ArticleAction,
  values: FormValues,
  steps: StepInputs,
  stage: Stage,
  siteNow: Date,
): { values: FormValues } | { issues: ContentIssue[] } {
  const w = t.workflow;
  const now = toIsoWib(siteNow);
  if (action === 'jadwalkan') {
    if (stage === 'live' || stage === 'withdrawn')
      return { issues: [stepIssue('', w.scheduleLive)] };
    const typed = steps.jadwal?.trim() ?? '';
    if (!typed) return { issues: [stepIssue('jadwal', w.scheduleMissing)] };
    const at = instantInSiteZone(typed);
    if (!at) return { issues: [stepIssue('jadwal', w.scheduleFormat)] };
    if (at <= siteNow) {
      return { issues: [stepIssue('jadwal', w.schedulePast(formatDateTimeWib(siteNow)))] };
    }
    return { values: { ...values, publishedAt: toIsoWib(at) } };
  }
  if (action === 'ralat') {
    if (stage !== 'live') return { issues: [stepIssue('', w.notLive)] };
    const text = (steps.ralatBaru ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return { issues: [stepIssue('ralatBaru', w.correctionMissing)] };
    const earlier = (values.corrections ?? '').trim();
    const corrections = `${earlier ? `${earlier}\n` : ''}${now} | ${text}`;
    return { values: { ...values, corrections, updatedAt: now } };
  }
  if (action === 'tarik') {
    if (stage === 'withdrawn') return { issues: [stepIssue('', w.alreadyWithdrawn)] };
    if (stage !== 'live') return { issues: [stepIssue('', w.notLive)] };
    const reason = (steps.alasan ?? '').replace(/\s+/g, ' ').trim();
    if (!reason) return { issues: [stepIssue('alasan', w.withdrawMissing)] };
    return { values: { ...values, 'withdrawn.date': now, 'withdrawn.reason': reason } };
  }
  return { values };
}

/**
 * A press refused because the form was opened from a revision that is no longer the newest:
 * someone else saved in the meantime. `values` is what was typed (nothing of it is kept yet);
 * `theirs` the newest revision.
 */
export interface Conflict {
  kind: 'conflict';
  id: string;
  values: FormValues;
  theirs?: DeskRevision;
}

const t = strings.desk;

/** The number of the newest revision of an article (0 for none): the base a form carries. */
export async function baseOf(deps: ArticleDeps, id: string): Promise<number> {
  return (await deps.revisions.latestRevision(id))?.number ?? 0;
}

/** A form's base as posted: a whole number, else -1 (which is never the newest: a conflict). */
export function baseFromForm(value: string | undefined): number {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : -1;
}

function actorOf(user: DeskUser): Actor {
  return { id: user.id, email: user.email };
}

const REVISION_OF: Record<ArticleAction, RevisionAction> = {
  simpan: 'saved',
  ajukan: 'submitted',
  terbitkan: 'published',
  jadwalkan: 'scheduled',
  ralat: 'corrected',
  tarik: 'withdrawn',
};

/** What each publishing step is audited as, and the outcome it answers with. */
const PUBLISHED_AS = {
  terbitkan: { audit: AUDIT.articlePublished, kind: 'published' },
  jadwalkan: { audit: AUDIT.articleScheduled, kind: 'scheduled' },
  ralat: { audit: AUDIT.articleCorrected, kind: 'corrected' },
  tarik: { audit: AUDIT.articleWithdrawn, kind: 'withdrawn' },
} as const;

/**
 * One press of the editor's buttons on an article (`found` undefined: a new one), by a person
 * already allowed to edit it and to press that button, on a form opened from revision `base`.
 * Unless `base` is the article's newest revision, nothing changes and the answer is a conflict.
 * Simpan keeps what was typed, valid or not; Ajukan and Terbitkan change nothing unless the
 * article passes content:check's checks, and Terbitkan unless the ingest accepts it too. Each
 * press that changes something is a revision, numbered `base + 1`: of two people saving on the
 * same base at once, the store lets only the first claim that number.
 */
export async function act(
  deps: ArticleDeps,
  user: DeskUser,
  action: ArticleAction,
  id: string,
  found: Found | undefined,
  typed: FormValues,
  base: number,
  steps: StepInputs = {},
): Promise<Outcome> {
  const now = deps.now();
  let values = typed;
  const conflict = async (): Promise<Conflict> => ({
    kind: 'conflict',
    id,
    values,
    theirs: await deps.revisions.latestRevision(id),
  });
  if ((await baseOf(deps, id)) !== base) return conflict();
  const number = base + 1;
  const claim = () =>
    deps.revisions.addRevision({
      articleId: id,
      number,
      action: REVISION_OF[action],
      fields: values,
      authorId: user.id,
      at: now,
    });

  const file = fileOf(id, found?.stored);
  const title = values.title?.trim() ?? '';
  const detail = title.slice(0, 160);
  const keep = async (state: DeskDraft['state']) =>
    deps.drafts.putDraft({
      id,
      title,
      fields: values,
      state,
      ownerId: found?.draft?.ownerId ?? user.id,
      createdAt: found?.draft?.createdAt ?? now,
      updatedAt: now,
      updatedBy: user.id,
    });

  if (action === 'simpan') {
    if (!(await claim())) return conflict();
    await keep(found?.draft?.state ?? 'draft');
    const what = found ? AUDIT.articleSaved : AUDIT.articleCreated;
    await record(deps.accounts, actorOf(user), now, what, id, detail);
    return { kind: 'saved', id };
  }

  const siteNow = deps.siteNow();
  if (action !== 'ajukan') {
    const stepped = stepValues(action, values, steps, stageOf(found?.stored, siteNow), siteNow);
    if ('issues' in stepped) return { kind: 'invalid', id, action, values, issues: stepped.issues };
    values = stepped.values;
  }
  const checked = checkForm(values, 'published', siteNow, file);
  if (checked.issues.length) {
    return { kind: 'invalid', id, action, values: typed, issues: checked.issues };
  }

  if (action === 'ajukan') {
    if (!(await claim())) return conflict();
    await keep('review');
    await record(deps.accounts, actorOf(user), now, AUDIT.articleSubmitted, id, detail);
    return { kind: 'submitted', id };
  }

  if (!(await claim())) return conflict();
  const result = await deps.publish([{ path: file, text: checked.text }]).catch(async (error) => {
    await deps.revisions.dropRevision(id, number);
    throw error;
  });
  if (result.problems.length) {
    await deps.revisions.dropRevision(id, number);
    return {
      kind: 'invalid',
      id,
      action,
      values: typed,
      issues: inFormLines(result.problems, checked.text),
    };
  }
  await deps.drafts.deleteDraft(id);
  const step = PUBLISHED_AS[action];
  const said = action === 'jadwalkan' ? `${detail} (${values.publishedAt})` : detail;
  const why = action === 'tarik' ? `${detail}: ${values['withdrawn.reason']}` : said;
  await record(deps.accounts, actorOf(user), now, step.audit, id, why.slice(0, 300));
  // A new slug: the old URL keeps answering, 308 to the new one (the article is found by id).
  const slug = String(frontmatterOf(values, 'published', siteNow).slug ?? '');
  if (found?.stored && slug && found.stored.slug !== slug) {
    const moved = t.article.slugChangedDetail(found.stored.slug, slug);
    await record(deps.accounts, actorOf(user), now, AUDIT.slugChanged, id, moved.slice(0, 300));
  }
  return { kind: step.kind, id };
}

/** The message above a form that was refused. */
export function refusal(action: ArticleAction, count: number): string {
  switch (action) {
    case 'terbitkan':
      return t.article.notPublished(count);
    case 'jadwalkan':
      return t.article.notScheduled(count);
    case 'ralat':
      return t.article.notCorrected(count);
    case 'tarik':
      return t.article.notWithdrawn(count);
    default:
      return t.article.notSubmitted(count);
  }
}

export type RestoreOutcome =
  | { kind: 'restored'; number: number }
  | { kind: 'not-found' }
  | { kind: 'conflict'; theirs?: DeskRevision };

/**
 * Restores revision `from` of an article as a new revision and the article's draft (state
 * `draft`: restoring never publishes; a live article stays as it is until published again),
 * audited as `artikel dipulihkan`. Refused as a conflict unless `base` is still the newest.
 */
export async function restore(
  deps: ArticleDeps,
  user: DeskUser,
  id: string,
  found: Found,
  from: number,
  base: number,
): Promise<RestoreOutcome> {
  const now = deps.now();
  const revision = await deps.revisions.revision(id, from);
  if (!revision) return { kind: 'not-found' };
  const conflict = async (): Promise<RestoreOutcome> => ({
    kind: 'conflict',
    theirs: await deps.revisions.latestRevision(id),
  });
  if ((await baseOf(deps, id)) !== base) return conflict();
  const fields: FormValues = { ...emptyValues(id), ...revision.fields, id };
  const number = base + 1;
  const claimed = await deps.revisions.addRevision({
    articleId: id,
    number,
    action: 'restored',
    fields,
    authorId: user.id,
    at: now,
    restoredFrom: from,
  });
  if (!claimed) return conflict();
  const title = fields.title?.trim() ?? '';
  await deps.drafts.putDraft({
    id,
    title,
    fields,
    state: 'draft',
    ownerId: found.draft?.ownerId ?? user.id,
    createdAt: found.draft?.createdAt ?? now,
    updatedAt: now,
    updatedBy: user.id,
  });
  const detail = `${t.revisions.restoredDetail(from)} ${title}`.slice(0, 160);
  await record(deps.accounts, actorOf(user), now, AUDIT.articleRestored, id, detail);
  return { kind: 'restored', number };
}
