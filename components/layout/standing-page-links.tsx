import type { Page } from '@/lib/content';
import { pagePath } from '@/lib/urls';

/** The newsroom's standing pages (Redaksi, Pedoman Media Siber…): the phone menu and the footer. */
export function StandingPageLinks({ pages, className }: { pages: Page[]; className?: string }) {
  return (
    <ul className={className}>
      {pages.map((page) => (
        <li key={page.slug}>
          <a href={pagePath(page.slug)}>{page.title}</a>
        </li>
      ))}
    </ul>
  );
}
