'use client';

import type { ReactNode } from 'react';
import styles from './share-tools.module.css';
import { useClientValue } from './use-client-value';

interface NativeShareButtonProps {
  url: string;
  /** The article's title, handed to the share sheet. */
  shareTitle: string;
  title: string;
  /** The icon and label, rendered on the server. */
  children: ReactNode;
}

/** The device's own share sheet, shown only where the browser has one. */
export function NativeShareButton({ url, shareTitle, title, children }: NativeShareButtonProps) {
  const canShare = useClientValue(() => typeof navigator.share === 'function', false);

  function share() {
    // Closing the sheet rejects the promise; that is not an error worth showing.
    navigator.share({ title: shareTitle, url }).catch(() => {});
  }

  return (
    <li hidden={!canShare}>
      <button type="button" className={styles.action} onClick={share} title={title}>
        {children}
      </button>
    </li>
  );
}
