'use client';

import { useRef, useState } from 'react';
import { ShareIcon } from './share-icon';
import styles from './share-tools.module.css';
import { shareStrings as t } from './strings';
import { useClientValue } from './use-client-value';

/**
 * Copies the canonical URL and says so in a live region. Hidden until JavaScript runs; without
 * it the share tools show the URL in a read-only field instead.
 */
export function CopyLinkButton({ url }: { url: string }) {
  const ready = useClientValue(() => true, false);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t.copied);
    } catch {
      setMessage(t.copyFailed);
    }
    timer.current = setTimeout(() => setMessage(''), 4000);
  }

  return (
    <li className={styles.copy} hidden={!ready}>
      <button type="button" className={styles.action} onClick={copy} title={t.copyLink}>
        <ShareIcon name="link" />
        <span className={styles.label}>{t.copyLink}</span>
      </button>
      <span role="status" className={styles.toast}>
        {message}
      </span>
    </li>
  );
}
