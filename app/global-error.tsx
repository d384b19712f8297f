'use client';

import { ErrorMessage } from '@/components/pages/error-message';
import { errorStrings as strings } from '@/lib/error-strings';
import './globals.css';

/**
 * Replaces the root layout when that fails, so it brings its own document. It runs in the
 * browser, where the server's configuration (site name, WARTA_* variables) is not at hand.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={strings.lang}>
      <body>
        <title>{strings.errorTitle}</title>
        <main id="konten" className="container">
          <ErrorMessage retry={retry} />
        </main>
      </body>
    </html>
  );
}
