'use client';

import { ShareIcon } from './share-icon';
import styles from './share-tools.module.css';
import { shareStrings as t } from './strings';
import { useClientValue } from './use-client-value';

interface NativeShareButtonProps {
  url: string;
  /** The article's title, handed to the share sheet. */
  shareTitle: string;
}

/** The device's own share sheet, shown only where the browser has one. */
export function NativeShareButton({ url, shareTitle }: NativeShareButtonProps) {
  const canShare = useClientValue(() => typeof navigator.share === 'function', false);

  function share() {
    // Closing the sheet rejects the promise; that is not an error worth showing.
    navigator.share({ title: shareTitle, url }).catch(() => {});
  }

  return (
    <li hidden={!canShare}>
      <button type="button" className={styles.action} onClick={share} title={t.nativeShare}>
        <ShareIcon name="share" />
        <span className={styles.label}>{t.nativeShare}</span>
      </button>
    </li>
  );
}
