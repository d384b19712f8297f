import type { Author, Section } from '../../content/types';
import { formatShortDateTimeWib } from '../../dates';
import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import type { ProblemsSection } from '../content-problems';
import { type ListFilters, listHref, STATUS_PARAMS, type StatusParam } from '../list';
import { can } from '../roles';
import { ContentProblemsView } from './refused-files';
import { DeskPage, DeskTable } from './parts';

/**
 * The desk's home: the desk's drafts and the articles in the content store, with their status,
 * filtered by a plain GET form (status, section, author, the search's words), page by page.
 */

const t = strings.desk;

export interface DeskArticleRow {
  id: string;
  title: string;
  status: 'draft' | 'review' | 'scheduled' | 'published' | 'withdrawn';
  /** The section's id. */
  section?: string;
  publishedAt?: Date;
  /** A stored article the desk holds a newer version of (saved or submitted, not published). */
  pending?: 'draft' | 'review';
  /** Whether the signed-in person may open it in the editor. */
  editable?: boolean;
}

function StatusCell({ article }: { article: DeskArticleRow }) {
  // A scheduled article says when it goes live.
  const status =
    article.status === 'scheduled' && article.publishedAt
      ? t.scheduledAt(formatShortDateTimeWib(article.publishedAt))
      : t.articleStatus[article.status];
  return (
    <td>
      <span className="desk-status">{status}</span>
      {article.pending && (
        <>
          {' '}
          <span className="desk-status">{t.pendingVersion(t.articleStatus[article.pending])}</span>
        </>
      )}
    </td>
  );
}

const STATUS_LABELS: Record<StatusParam, string> = {
  draf: t.articleStatus.draft,
  diajukan: t.articleStatus.review,
  terjadwal: t.articleStatus.scheduled,
  terbit: t.articleStatus.published,
  ditarik: t.articleStatus.withdrawn,
  bermasalah: t.problems.status,
};

/** The filters: a GET form, so the list works without a script and every view has an address. */
function FilterForm({
  filters,
  sections,
  authors,
  seesProblems,
}: {
  filters: ListFilters;
  sections: readonly Section[];
  authors: readonly Author[];
  /** The status `bermasalah` is offered (editors and admins). */
  seesProblems: boolean;
}) {
  return (
    <form
      className="desk-form desk-form--inline"
      method="get"
      action={deskPaths.home}
      role="search"
    >
      <label>
        {t.list.search}
        <input type="search" name="q" defaultValue={filters.query} maxLength={200} />
      </label>
      <label>
        {t.status}
        <select name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t.list.any}</option>
          {(Object.keys(STATUS_PARAMS) as StatusParam[])
            .filter((value) => seesProblems || value !== 'bermasalah')
            .map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t.list.section}
        <select name="rubrik" defaultValue={filters.section ?? ''}>
          <option value="">{t.list.any}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.list.author}
        <select name="penulis" defaultValue={filters.author ?? ''}>
          <option value="">{t.list.any}</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.list.show}</button>
    </form>
  );
}

export function ShellView({
  user,
  csrf,
  articles,
  filters,
  sections,
  authors,
  more,
  notice,
  problems,
}: {
  user: DeskUser;
  csrf: string;
  articles: DeskArticleRow[];
  filters: ListFilters;
  sections: readonly Section[];
  authors: readonly Author[];
  /** Another page follows. */
  more: boolean;
  notice?: string;
  /** The content folder's refused files (editors and admins): above the articles, or alone. */
  problems?: ProblemsSection;
}) {
  const sectionNames = new Map(sections.map((section) => [section.id, section.name]));
  const filtered = Boolean(filters.query || filters.status || filters.section || filters.author);
  return (
    <DeskPage user={user} csrf={csrf} heading={t.articlesHeading}>
      {notice && (
        <p className="desk-notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <a className="desk-button-link" href={deskPaths.newArticle}>
          {t.newArticleLink}
        </a>
      </p>
      <p className="desk-note">{t.articlesNote}</p>
      <FilterForm
        filters={filters}
        sections={sections}
        authors={authors}
        seesProblems={can(user.role, 'see-content-problems')}
      />
      {problems && <ContentProblemsView section={problems} />}
      {filters.status === 'bermasalah' ? null : articles.length === 0 ? (
        <p>{filtered || filters.page > 1 ? t.list.none : t.articlesEmpty}</p>
      ) : (
        <DeskTable headings={[t.headline, t.status, t.list.section, t.list.publishedAt]}>
          {articles.map((article) => (
            <tr key={`${article.id}-${article.status}`}>
              <td>
                {article.editable ? (
                  <a href={deskPaths.article(article.id)}>{article.title}</a>
                ) : (
                  article.title
                )}
              </td>
              <StatusCell article={article} />
              <td>{article.section && (sectionNames.get(article.section) ?? article.section)}</td>
              <td>{article.publishedAt && formatShortDateTimeWib(article.publishedAt)}</td>
            </tr>
          ))}
        </DeskTable>
      )}
      {(filters.page > 1 || more) && (
        <nav className="desk-links" aria-label={t.list.pages}>
          {filters.page > 1 && (
            <a href={listHref(deskPaths.home, filters, filters.page - 1)} rel="prev">
              {t.list.previous}
            </a>
          )}
          <span>{t.list.page(filters.page)}</span>
          {more && (
            <a href={listHref(deskPaths.home, filters, filters.page + 1)} rel="next">
              {t.list.next}
            </a>
          )}
        </nav>
      )}
    </DeskPage>
  );
}
