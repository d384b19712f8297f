import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

interface PageHeadingProps {
  /** The breadcrumbs between Beranda and this page. */
  trail: Crumb[];
  title: string;
  /** Lines under the title: an introduction, a count, a date. */
  children?: ReactNode;
}

/** The head of a listing or a standing page: breadcrumbs, the page's one h1, a rule below. */
export function PageHeading({ trail, title, children }: PageHeadingProps) {
  return (
    <header className="page-heading__head">
      <Breadcrumbs trail={trail} />
      <h1 className="page-heading__title">{title}</h1>
      {children}
    </header>
  );
}
