import type { ContentIssue } from '../../content/errors';
import { readArticleText, resolveArticle } from '../../content/load';
import { renderBodyHtml } from '../../content/render-body';
import type { Article } from '../../content/types';
import { strings } from '../../strings';
import { articlePath } from '../../urls';
import { checkForm, valuesFromForm } from '../article-form';
import { stageOf } from '../articles';
import { ARTICLE_FORM_MAX_BYTES, DESK_HEADERS } from '../http';
import { type DeskDeps, gate, problem } from './shared';

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

// ---- /ruang-redaksi/pratinjau ----

/** An article's id in `?id=`; a new article's preview borrows this one (it has none yet). */
const ARTICLE_ID = /^[0-9a-f]{8}$/;
const UNSAVED_ID = '00000000';

/**
 * The form's article as typed, checked as the ingest checks one (schema, body, the section,
 * authors and articles it names, its images): undefined, with `issues`, when it would be refused.
 */
async function articleOfForm(
  deps: DeskDeps,
  form: ReadonlyMap<string, string>,
  id: string,
  issues: ContentIssue[],
): Promise<Article | undefined> {
  const file = `articles/${id}.md`;
  const checked = checkForm(valuesFromForm(form, id), 'published', deps.siteNow(), file);
  issues.push(...checked.issues);
  if (issues.length) return undefined;
  const draft = readArticleText(file, checked.text, issues);
  if (!draft) return undefined;
  const [sections, authors] = await Promise.all([deps.content.sections(), deps.content.authors()]);
  const named = [...draft.data.related, ...draft.check.readAlso.map((ref) => ref.id)];
  const statuses = new Map(
    await Promise.all(
      named.map(async (other) => [other, (await deps.content.article(other))?.status] as const),
    ),
  );
  return resolveArticle(
    draft,
    {
      hasSection: (section) => sections.some((s) => s.id === section),
      hasAuthor: (author) => authors.some((a) => a.id === author),
      articleStatus: (other) => statuses.get(other),
    },
    issues,
  );
}

/**
 * `Pratinjau artikel`: the editor's form, posted to a new tab, rendered as the article's page
 * would look with what is typed (nothing is saved), under the Pratinjau band, private and
 * never kept. Works without JavaScript, and for drafts the content store does not hold. A form
 * that could not be published yet answers its problems instead (422).
 */
export async function formPreviewSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'use-desk', ARTICLE_FORM_MAX_BYTES);
  if (checked.kind === 'answer') return checked.response;
  const given = new URL(request.url).searchParams.get('id') ?? '';
  const id = ARTICLE_ID.test(given) ? given : UNSAVED_ID;
  const issues: ContentIssue[] = [];
  const article = await articleOfForm(deps, checked.form ?? new Map(), id, issues);
  const page = article && (await deps.previewPage?.(article));
  if (page) return page;
  return problem(
    strings.desk.editor.previewPageProblems(Math.max(issues.length, 1)),
    422,
    checked.signedIn,
    undefined,
    issues.map(
      (issue) =>
        `${issue.field}: ${issue.line ? strings.desk.article.bodyLine(issue.line) : ''}${issue.message}`,
    ),
  );
}
