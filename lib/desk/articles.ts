import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ContentIssue } from '../content/errors';
import type { Article, Author, Section } from '../content/types';
import type { IngestResult } from '../publishing/ingest-port';
import type { AccountsStore, DeskUser } from '../store/accounts-port';
import type { DeskDraft, DraftsStore } from '../store/drafts-port';
import { strings } from '../strings';
import {
  checkForm,
  emptyValues,
  type FormValues,
  inFormLines,
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
  content: DeskContent;
  publish: Publish;
  /** The machine's clock: when a draft was saved, the audit log. */
  now: () => Date;
  /** The site's clock (lib/now.ts): a publication time left empty is this one. */
  siteNow: () => Date;
}

export type ArticleAction = 'simpan' | 'ajukan' | 'terbitkan';

export const ARTICLE_ACTIONS: readonly ArticleAction[] = ['simpan', 'ajukan', 'terbitkan'];

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
  if (action === 'ajukan') return can(user.role, 'submit-for-review');
  return can(user.role, 'edit-own-drafts');
}

/** A new article's id: eight hex digits held by no article and no draft. */
export async function freshId(deps: ArticleDeps): Promise<string> {
  for (;;) {
    const id = randomBytes(4).toString('hex');
    if (!(await findArticle(deps, id))) return id;
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
  | { kind: 'saved' | 'submitted' | 'published'; id: string }
  | {
      kind: 'invalid';
      id: string;
      action: ArticleAction;
      values: FormValues;
      issues: ContentIssue[];
    };

const t = strings.desk;

function actorOf(user: DeskUser): Actor {
  return { id: user.id, email: user.email };
}

/**
 * One press of the editor's buttons on an article (`found` undefined: a new one), by a person
 * already allowed to edit it and to press that button. Simpan keeps what was typed, valid or
 * not; Ajukan and Terbitkan change nothing unless the article passes content:check's checks,
 * and Terbitkan unless the ingest accepts it too.
 */
export async function act(
  deps: ArticleDeps,
  user: DeskUser,
  action: ArticleAction,
  id: string,
  found: Found | undefined,
  values: FormValues,
): Promise<Outcome> {
  const now = deps.now();
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
    await keep(found?.draft?.state ?? 'draft');
    const what = found ? AUDIT.articleSaved : AUDIT.articleCreated;
    await record(deps.accounts, actorOf(user), now, what, id, detail);
    return { kind: 'saved', id };
  }

  const checked = checkForm(values, 'published', deps.siteNow(), file);
  if (checked.issues.length) return { kind: 'invalid', id, action, values, issues: checked.issues };

  if (action === 'ajukan') {
    await keep('review');
    await record(deps.accounts, actorOf(user), now, AUDIT.articleSubmitted, id, detail);
    return { kind: 'submitted', id };
  }

  const result = await deps.publish([{ path: file, text: checked.text }]);
  if (result.problems.length) {
    return {
      kind: 'invalid',
      id,
      action,
      values,
      issues: inFormLines(result.problems, checked.text),
    };
  }
  await deps.drafts.deleteDraft(id);
  await record(deps.accounts, actorOf(user), now, AUDIT.articlePublished, id, detail);
  return { kind: 'published', id };
}

/** The message above a form that was refused. */
export function refusal(action: ArticleAction, count: number): string {
  return action === 'terbitkan' ? t.article.notPublished(count) : t.article.notSubmitted(count);
}
