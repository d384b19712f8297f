import { TimeStamp } from '@/components/time-stamp';
import type { Article } from '@/lib/content';
import { strings } from '@/lib/strings';
import { articlePath } from '@/lib/urls';
import styles from './latest-news.module.css';

/** "Berita Terkini": a numbered, timestamped list of headlines. */
export function LatestNews({ articles, headingId }: { articles: Article[]; headingId: string }) {
  if (articles.length === 0) return null;
  return (
    <section className={styles.latest} aria-labelledby={headingId}>
      <h2 id={headingId} className="block-heading">
        {strings.latestNews}
      </h2>
      <ol className={styles.list}>
        {articles.map((article) => (
          <li key={article.id} className={styles.item}>
            <p className="meta">
              <TimeStamp date={article.publishedAt} />
            </p>
            <a href={articlePath(article)} className={styles.link}>
              {article.title}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
