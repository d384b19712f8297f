import { ShareIcon } from './share-icon';
import { strings } from '@/lib/strings';

const t = strings.share;

/**
 * Copies the canonical URL and says so in a live region: client/enhance.js reveals the button
 * and runs it, reading the URL and its words from these data attributes. Without JavaScript
 * it stays hidden, and the share tools show the URL in a read-only field instead.
 */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <li
      className="share-tools__copy"
      hidden
      data-copy-link={url}
      data-copied={t.copied}
      data-copy-failed={t.copyFailed}
    >
      <button type="button" className="share-tools__action" title={t.copyLink}>
        <ShareIcon name="link" />
        <span className="share-tools__label">{t.copyLink}</span>
      </button>
      <span role="status" className="share-tools__toast"></span>
    </li>
  );
}
