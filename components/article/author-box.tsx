import type { Author } from '@/lib/content';
import { strings } from '@/lib/strings';
import { authorPath } from '@/lib/urls';
import styles from './author-box.module.css';

export function AuthorBox({ authors }: { authors: Author[] }) {
  if (authors.length === 0) return null;
  return (
    <section className={styles.box} aria-labelledby="tentang-penulis">
      <h2 id="tentang-penulis" className={styles.heading}>
        {strings.aboutAuthor}
      </h2>
      {authors.map((author) => (
        <div key={author.id} className={styles.author}>
          <span className={styles.initials} aria-hidden="true">
            {initials(author.name)}
          </span>
          <div>
            <h3 className={styles.name}>
              <a href={authorPath(author.id)}>{author.name}</a>
            </h3>
            <p className={styles.role}>{author.role}</p>
            <p className={styles.bio}>{author.bio}</p>
          </div>
        </div>
      ))}
    </section>
  );
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}
