'use client';

import { ErrorMessage } from '@/components/pages/error-message';
import { siteConfig } from '@/lib/site-config';
import { strings } from '@/lib/strings';
import './globals.css';

/** Replaces the root layout when that fails, so it brings its own document. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={siteConfig.lang}>
      <body>
        <title>{`${strings.errorTitle} - ${siteConfig.name}`}</title>
        <main id="konten" className="container">
          <ErrorMessage retry={retry} />
        </main>
      </body>
    </html>
  );
}
