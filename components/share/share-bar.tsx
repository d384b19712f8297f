'use client';

import { shareLinks } from '@/lib/share/share-links';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';
import { ShareIcon } from './share-icon';
import styles from './share-tools.module.css';
import { shareStrings as t } from './strings';

interface ShareBarProps {
  /** The absolute canonical URL. */
  url: string;
  title: string;
  headingId: string;
}

/**
 * Plain links to each platform with the canonical URL, so sharing works without JavaScript;
 * copying and the device's share sheet appear once JavaScript runs.
 */
export function ShareBar({ url, title, headingId }: ShareBarProps) {
  return (
    <section className={styles.share} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <ul className={styles.list}>
        {shareLinks({ url, title }).map((link) => (
          <li key={link.platform} className={styles[link.platform]}>
            <a
              href={link.href}
              className={styles.action}
              aria-label={t.shareTo(link.name)}
              title={t.shareTo(link.name)}
              {...(link.platform === 'email'
                ? {}
                : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              <ShareIcon name={link.platform} />
              <span className={styles.label}>{link.name}</span>
            </a>
          </li>
        ))}
        <NativeShareButton url={url} shareTitle={title} />
        <CopyLinkButton url={url} />
      </ul>
      <noscript>
        <label className={styles.fallback}>
          <span>{t.linkLabel}</span>
          <input type="url" readOnly value={url} className={styles.field} />
        </label>
      </noscript>
    </section>
  );
}
