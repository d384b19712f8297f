import { strings } from '@/lib/strings';
import styles from './skip-link.module.css';

export const MAIN_CONTENT_ID = 'konten';

export function SkipLink() {
  return (
    <a className={styles.skipLink} href={`#${MAIN_CONTENT_ID}`}>
      {strings.skipToContent}
    </a>
  );
}
