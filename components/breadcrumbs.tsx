import { strings } from '@/lib/strings';

export interface Crumb {
  name: string;
  href: string;
}

/** Beranda › …; the last crumb is the page's parent, the page itself is the h1 below. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const crumbs = [{ name: strings.home, href: '/' }, ...trail];
  return (
    <nav aria-label={strings.breadcrumbLabel} className="breadcrumbs__breadcrumbs">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
