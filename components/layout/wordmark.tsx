import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';

/** The masthead as text, so it follows the colour scheme and needs no image request. */
export function Wordmark() {
  const name = siteConfig.name;
  const digits = /\d+$/.exec(name)?.[0] ?? '';
  const letters = name.slice(0, name.length - digits.length);
  return (
    <a href="/" className="wordmark__wordmark" aria-label={strings.homeLinkLabel(name)}>
      <span aria-hidden="true">
        {letters}
        {digits && <span className="wordmark__digits">{digits}</span>}
      </span>
    </a>
  );
}
