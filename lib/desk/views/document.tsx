import type { ReactNode } from 'react';
import { renderToReadableStream } from 'react-dom/server.edge';
import { deskPaths } from '../../desk-paths';
import { siteConfig } from '../../site-config';
import { strings } from '../../strings';
import { DESK_HEADERS } from '../http';
import { DESK_CSS_VERSION } from '../stylesheet';

/**
 * The desk's document, rendered like reader pages by React's server renderer into a complete
 * document, but its own: no reader script, stylesheet, fonts or footer, no script at all (every
 * form works without JavaScript), and answers no cache keeps.
 */

const t = strings.desk;

function DeskDocument({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang={siteConfig.lang}>
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t.name} · ${siteConfig.name}`}</title>
        <link rel="stylesheet" href={`${deskPaths.stylesheet}?v=${DESK_CSS_VERSION}`} />
      </head>
      <body>
        <a className="desk-skip" href="#isi">
          {strings.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}

export async function deskDocument(
  title: string,
  body: ReactNode,
  status = 200,
  headers: Record<string, string> = {},
): Promise<Response> {
  const stream = await renderToReadableStream(<DeskDocument title={title}>{body}</DeskDocument>);
  await stream.allReady;
  return new Response(stream, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...DESK_HEADERS, ...headers },
  });
}
