import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import { DeskPage, DeskTable } from './parts';

/** The desk's home: the articles in the content store, with their status. */

const t = strings.desk;

export interface DeskArticleRow {
  id: string;
  title: string;
  status: 'draft' | 'scheduled' | 'published';
  publishedAt: Date;
}

export function ShellView({
  user,
  csrf,
  articles,
}: {
  user: DeskUser;
  csrf: string;
  articles: DeskArticleRow[];
}) {
  return (
    <DeskPage user={user} csrf={csrf} heading={t.articlesHeading}>
      <p className="desk-note">{t.articlesNote}</p>
      {articles.length === 0 ? (
        <p>{t.articlesEmpty}</p>
      ) : (
        <DeskTable headings={[t.headline, t.status]}>
          {articles.map((article) => (
            <tr key={article.id}>
              <td>{article.title}</td>
              <td>
                <span className="desk-status">{t.articleStatus[article.status]}</span>
              </td>
            </tr>
          ))}
        </DeskTable>
      )}
    </DeskPage>
  );
}
