import type { ContentIssue } from '../content/errors';
import type { DeskUser } from '../store/accounts-port';
import type { DeskDraft } from '../store/drafts-port';
import type { DeskRevision, RevisionAction } from '../store/revisions-port';
import { strings } from '../strings';
import {
  checkForm,
  emptyValues,
  frontmatterOf,
  type FormValues,
  inFormLines,
  type StepInputs,
} from './article-form';
import {
  type ArticleAction,
  type ArticleDeps,
  baseOf,
  type Conflict,
  fileOf,
  type Found,
  stageOf,
} from './articles';
import { AUDIT, type Actor, record } from './audit';
import { stepValues } from './workflow-steps';

/**
 * The desk's article workflow: save (a draft in the store's desk_drafts), submit for review, and
 * publish now, which hands the article as a Markdown file to the publish endpoint's own path
 * (the ingest validates and stores it, then exactly what it touched is revalidated). Drafts are
 * never read by a reader page; a published article lives in the content tables like any file's.
 */

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

const t = strings.desk;

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
