import { Fragment } from 'react';
import type { Author } from '@/lib/content';
import { strings } from '@/lib/strings';
import { authorPath } from '@/lib/urls';

/** "Oleh A", "Oleh A dan B", "Oleh A, B, dan C", each name linking to the author's page. */
export function Byline({ authors, className }: { authors: Author[]; className?: string }) {
  if (authors.length === 0) return null;
  return (
    <p className={className}>
      {strings.by}{' '}
      {authors.map((author, index) => (
        <Fragment key={author.id}>
          {separator(index, authors.length)}
          <a href={authorPath(author.id)} rel="author">
            {author.name}
          </a>
        </Fragment>
      ))}
    </p>
  );
}

function separator(index: number, count: number): string {
  if (index === 0) return '';
  if (index === count - 1) return count > 2 ? `, ${strings.and} ` : ` ${strings.and} `;
  return ', ';
}
