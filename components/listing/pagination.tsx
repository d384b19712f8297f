import { pageWindow } from '@/lib/pagination';
import { strings } from '@/lib/strings';

interface PaginationProps {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}

/** Numbered pages as plain links, each page its own URL, crawlable without JavaScript. */
export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination__pagination" aria-label={strings.paginationLabel}>
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className="pagination__step">
              ‹ {strings.previousPage}
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((slot, index) =>
          slot === 'gap' ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={slot}>
              <a
                href={hrefFor(slot)}
                aria-current={slot === page ? 'page' : undefined}
                aria-label={strings.pageNumberLabel(slot)}
              >
                {slot}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className="pagination__step">
              {strings.nextPage} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
