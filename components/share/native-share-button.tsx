import { ShareIcon } from './share-icon';
import { strings } from '@/lib/strings';

const t = strings.share;

interface NativeShareButtonProps {
  url: string;
  /** The article's title, handed to the share sheet. */
  shareTitle: string;
}

/** The device's own share sheet: client/enhance.js reveals it where the browser has one. */
export function NativeShareButton({ url, shareTitle }: NativeShareButtonProps) {
  return (
    <li hidden data-native-share={url} data-title={shareTitle}>
      <button type="button" className="share-tools__action" title={t.nativeShare}>
        <ShareIcon name="share" />
        <span className="share-tools__label">{t.nativeShare}</span>
      </button>
    </li>
  );
}
