import { shareLinks } from '@/lib/share/share-links';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';
import { ShareIcon } from './share-icon';
import { strings } from '@/lib/strings';

const t = strings.share;

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
    <section className="share-tools__share" aria-labelledby={headingId}>
      <h2 id={headingId} className="share-tools__heading">
        {t.heading}
      </h2>
      <ul className="share-tools__list">
        {shareLinks({ url, title }).map((link) => (
          <li key={link.platform} className={`share-tools__${link.platform}`}>
            <a
              href={link.href}
              className="share-tools__action"
              aria-label={t.shareTo(link.name)}
              title={t.shareTo(link.name)}
              {...(link.platform === 'email'
                ? {}
                : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              <ShareIcon name={link.platform} />
              <span className="share-tools__label">{link.name}</span>
            </a>
          </li>
        ))}
        <NativeShareButton url={url} shareTitle={title} />
        <CopyLinkButton url={url} />
      </ul>
      <noscript>
        <label className="share-tools__fallback">
          <span>{t.linkLabel}</span>
          <input type="url" readOnly value={url} className="share-tools__field" />
        </label>
      </noscript>
    </section>
  );
}
