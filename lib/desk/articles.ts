import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Article, Author, Section } from '../content/types';
import type { IngestResult } from '../publishing/ingest-port';
import type { AccountsStore, DeskUser } from '../store/accounts-port';
import type { AutosavesStore, DeskDraft, DraftsStore } from '../store/drafts-port';
import type { DeskRevision, PresenceStore, RevisionsStore } from '../store/revisions-port';
import {
  emptyValues,
  type FormValues,
  STEP_INPUTS,
  type StepInputs,
  valuesFromArticle,
} from './article-form';
import { can } from './roles';

/**
 * The desk's articles as the editor finds them (the desk's draft, the stored version or both),
 * who may open and change them and press which button, where one stands for readers, and the
 * revision a form is based on. The buttons' actions are in article-actions.ts.
 */

/**
 * What the editor reads of the content store: an article at any status, sections, authors, and
 * the suggestions beside the tag and related-article fields: the most used tags' names, the
 * newest articles' ids and headlines (SUGGESTED of each, any status).
 */
export interface DeskContent {
  article(id: string): Promise<Article | undefined>;
  sections(): Promise<Section[]>;
  authors(): Promise<Author[]>;
  tags(): Promise<string[]>;
  recent(): Promise<{ id: string; title: string }[]>;
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

/** Where a stored article stands for readers at `now`. */
export type Stage = 'unpublished' | 'scheduled' | 'live' | 'withdrawn';

export function stageOf(stored: Article | undefined, now: Date): Stage {
  if (!stored || stored.status === 'draft') return 'unpublished';
  if (stored.withdrawn) return 'withdrawn';
  return stored.publishedAt > now ? 'scheduled' : 'live';
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

/** The number of the newest revision of an article (0 for none): the base a form carries. */
export async function baseOf(deps: ArticleDeps, id: string): Promise<number> {
  return (await deps.revisions.latestRevision(id))?.number ?? 0;
}

/** A form's base as posted: a whole number, else -1 (which is never the newest: a conflict). */
export function baseFromForm(value: string | undefined): number {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : -1;
}
