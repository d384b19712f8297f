import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';
import { articlePath } from '@/lib/urls';

/** "Berita Terkini": a numbered, timestamped list of headlines. */
export function LatestNews({ articles, headingId }: { articles: Article[]; headingId: string }) {
  if (articles.length === 0) return null;
  return (
    <section className="latest-news__latest" aria-labelledby={headingId}>
      <h2 id={headingId} className="block-heading">
        {strings.latestNews}
      </h2>
      <ol className="latest-news__list">
        {articles.map((article) => (
          <li key={article.id} className="latest-news__item">
            <p className="meta">
              <TimeStamp date={article.publishedAt} />
            </p>
            <a href={articlePath(article)} className="latest-news__link">
              {article.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
