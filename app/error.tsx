'use client';

import { ErrorMessage } from '@/components/pages/error-message';

// Must be a client component (it is a React error boundary); the header is left out because
// it is rendered from content on the server.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="konten" tabIndex={-1} className="container">
      <ErrorMessage retry={retry} />
    </main>
  );
}
