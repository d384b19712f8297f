import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';
import { ReaderDocument } from '@/components/document/reader-document';
import { SearchForm } from '@/components/layout/search-form';
import { StatusView } from '@/components/pages/status-view';
import { strings } from '@/lib/strings';
import { assetManifest } from './asset-manifest';

/**
 * The one rendering path of reader pages. Route handlers (app/**\/route.tsx) call it with the
 * page's metadata and body; React's own server renderer turns them into a complete document:
 * no framework runtime, no RSC payload, no inline script. Next still routes, caches the
 * response statically (ISR) and revalidates it; the handler picks the real status.
 */

export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

interface DocumentOptions {
  metadata: Metadata;
  body: ReactNode;
  status?: number;
  headers?: Record<string, string>;
  /** Instead of the site footer (the 503 page, which must not read the store). */
  footer?: ReactNode;
}

export async function renderDocument({
  metadata,
  body,
  status = 200,
  headers,
  footer,
}: DocumentOptions) {
  const stream = await renderToReadableStream(
    <ReaderDocument
      metadata={metadata}
      assets={assetManifest()}
      {...(footer !== undefined && { footer })}
    >
      {body}
    </ReaderDocument>,
  );
  // The whole document before answering: a static response is stored whole anyway, and an
  // error thrown while rendering then fails the request instead of cutting the page short.
  await stream.allReady;
  return new Response(stream, {
    status,
    headers: { 'Content-Type': HTML_CONTENT_TYPE, ...headers },
  });
}

export const notFoundMetadata: Metadata = {
  title: strings.notFoundTitle,
  robots: { index: false, follow: true },
};

/**
 * The 404 page's body: every unknown URL, in the site's own document with its header and footer.
 * The way on is the link home, the search form and the header and footer links.
 */
export function notFoundBody(): ReactNode {
  return (
    <StatusView code={404} title={strings.notFoundTitle} text={[strings.notFoundText]}>
      <p>{strings.notFoundSearchHint}</p>
      <SearchForm inputId="cari-404" />
    </StatusView>
  );
}

/** 404 in the site's own document. */
export function renderNotFound(): Promise<Response> {
  return renderDocument({ metadata: notFoundMetadata, body: notFoundBody(), status: 404 });
}

/** 308 to a path of this site (relative Location: right behind any proxy or host name). */
export function permanentRedirectTo(path: string): Response {
  return new Response(null, { status: 308, headers: { Location: path } });
}
