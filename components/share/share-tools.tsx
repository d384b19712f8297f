import type { Article } from '@/lib/content';
import { shareLinks } from '@/lib/share/share-links';
import { absoluteUrl, articlePath } from '@/lib/urls';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';
import { ShareIcon } from './share-icon';
import styles from './share-tools.module.css';
import { shareStrings as t } from './strings';

/**
 * Plain links to each platform with the canonical URL, so sharing works without JavaScript;
 * copying and the device's share sheet come from two small client leaves.
 */
export function ShareTools({ article }: { article: Pick<Article, 'id' | 'slug' | 'title'> }) {
  const url = absoluteUrl(articlePath(article));
  const headingId = `bagikan-${article.id}`;
  return (
    <section className={styles.share} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <ul className={styles.list}>
        {shareLinks({ url, title: article.title }).map((link) => (
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
        <NativeShareButton url={url} shareTitle={article.title} title={t.nativeShare}>
          <ShareIcon name="share" />
          <span className={styles.label}>{t.nativeShare}</span>
        </NativeShareButton>
        <CopyLinkButton
          url={url}
          title={t.copyLink}
          messages={{ copied: t.copied, failed: t.copyFailed }}
        >
          <ShareIcon name="link" />
          <span className={styles.label}>{t.copyLink}</span>
        </CopyLinkButton>
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
