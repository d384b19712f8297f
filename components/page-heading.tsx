import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import styles from './page-heading.module.css';

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
    <header className={styles.head}>
      <Breadcrumbs trail={trail} />
      <h1 className={styles.title}>{title}</h1>
      {children}
    </header>
  );
}
