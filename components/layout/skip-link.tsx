import { strings } from '@/lib/strings';

export const MAIN_CONTENT_ID = 'konten';

export function SkipLink() {
  return (
    <a className="skip-link__skip-link" href={`#${MAIN_CONTENT_ID}`}>
      {strings.skipToContent}
    </a>
  );
}
