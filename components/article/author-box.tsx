import type { Author } from '@/lib/content';
import { strings } from '@/lib/strings';
import { authorPath } from '@/lib/urls';

export function AuthorBox({ authors }: { authors: Author[] }) {
  if (authors.length === 0) return null;
  return (
    <section className="author-box__box" aria-labelledby="tentang-penulis">
      <h2 id="tentang-penulis" className="author-box__heading">
        {strings.aboutAuthor}
      </h2>
      {authors.map((author) => (
        <div key={author.id} className="author-box__author">
          <span className="author-box__initials" aria-hidden="true">
            {initials(author.name)}
          </span>
          <div>
            <h3 className="author-box__name">
              <a href={authorPath(author.id)}>{author.name}</a>
            </h3>
            <p className="author-box__role">{author.role}</p>
            <p className="author-box__bio">{author.bio}</p>
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
