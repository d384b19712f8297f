'use client';

import { type ReactNode, useRef, useState } from 'react';
import styles from './share-tools.module.css';
import { useClientValue } from './use-client-value';

interface CopyLinkButtonProps {
  url: string;
  /** What the live region says after a copy; from the server, to keep the strings off the client. */
  messages: { copied: string; failed: string };
  title: string;
  /** The icon and label, rendered on the server. */
  children: ReactNode;
}

/**
 * Copies the canonical URL and says so in a live region. Hidden until JavaScript runs; without
 * it the share tools show the URL in a read-only field instead.
 */
export function CopyLinkButton({ url, messages, title, children }: CopyLinkButtonProps) {
  const ready = useClientValue(() => true, false);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setMessage(messages.copied);
    } catch {
      setMessage(messages.failed);
    }
    timer.current = setTimeout(() => setMessage(''), 4000);
  }

  return (
    <li className={styles.copy} hidden={!ready}>
      <button type="button" className={styles.action} onClick={copy} title={title}>
        {children}
      </button>
      <span role="status" className={styles.toast}>
        {message}
      </span>
    </li>
  );
}
