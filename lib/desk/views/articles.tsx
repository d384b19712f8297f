import { formatShortDateTimeWib } from '../../dates';
import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import { DeskPage, DeskTable } from './parts';

/** The desk's home: the desk's drafts and the articles in the content store, with their status. */

const t = strings.desk;

export interface DeskArticleRow {
  id: string;
  title: string;
  status: 'draft' | 'review' | 'scheduled' | 'published' | 'withdrawn';
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

export function ShellView({
  user,
  csrf,
  articles,
  notice,
}: {
  user: DeskUser;
  csrf: string;
  articles: DeskArticleRow[];
  notice?: string;
}) {
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
      {articles.length === 0 ? (
        <p>{t.articlesEmpty}</p>
      ) : (
        <DeskTable headings={[t.headline, t.status]}>
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
            </tr>
          ))}
        </DeskTable>
      )}
    </DeskPage>
  );
}
