import { errorStrings as strings } from '@/lib/error-strings';
import styles from './error-message.module.css';

/** Shared by error.tsx and global-error.tsx. */
export function ErrorMessage({ retry }: { retry: () => void }) {
  return (
    <div className={styles.box}>
      <h1 className={styles.title}>{strings.errorTitle}</h1>
      <p>{strings.errorText}</p>
      <p className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => retry()}>
          {strings.retry}
        </button>
        <a href="/">{strings.backToHome}</a>
      </p>
    </div>
  );
}
