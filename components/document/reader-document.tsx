import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';
import { ICONS } from '@/lib/render/icons';
import type { AssetManifest } from '@/lib/render/asset-manifest';
import { siteConfig } from '@/lib/site-config';
import { MetadataHead } from '@/lib/render/metadata-head';

export const readerViewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#b3121b' },
    { media: '(prefers-color-scheme: dark)', color: '#7d0d13' },
  ],
};

interface ReaderDocumentProps {
  metadata: Metadata;
  assets: AssetManifest;
  children: ReactNode;
  /** Default: the site footer (sections and standing pages, from the store). */
  footer?: ReactNode;
}

/**
 * The whole HTML document of every reader page: head from the page's metadata, the one
 * stylesheet, the two first-paint fonts preloaded; then the skip link, the page (header and
 * main, components/layout/site-page.tsx), the footer and, last, the enhancement script.
 *
 * The script is async at the end of the body rather than deferred in the head. Everything it
 * looks for is parsed before it is fetched, and it no longer runs in the task that ends
 * parsing: Chrome's form autofill lays out the whole page at DOMContentLoaded (the page has
 * search forms), and with defer that layout shared a task with the script's evaluation, so
 * Lighthouse's simulation charged it to a low-priority script request and placed it after the
 * first paint, as blocking time.
 */
/**
 * React hoists an async script with a src into the head unless it has a load or error handler
 * (react-dom's server renderer; handlers are never written into the HTML). In the head, async,
 * it could run before the body it enhances is parsed; so it carries this no-op handler and stays
 * last. e2e/no-framework.spec.ts checks the placement.
 */
function keepInPlace() {}

export function ReaderDocument({
  metadata,
  assets,
  children,
  footer = <SiteFooter />,
}: ReaderDocumentProps) {
  return (
    <html lang={siteConfig.lang}>
      {/* A plain <head>: this document is rendered by React's server renderer, not a Next page. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <MetadataHead metadata={metadata} viewport={readerViewport} />
        {assets.fonts.map((font) => (
          <link key={font} rel="preload" href={font} as="font" type="font/woff2" crossOrigin="" />
        ))}
        <link rel="stylesheet" href={assets.stylesheet} />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        {ICONS.map((icon) => (
          <link
            key={icon.path}
            rel={icon.rel}
            href={icon.path}
            {...(icon.rel === 'icon'
              ? { type: 'image/png', sizes: `${icon.size}x${icon.size}` }
              : {})}
          />
        ))}
        <link rel="manifest" href="/manifest.webmanifest" />
      </head>
      <body>
        <SkipLink />
        {children}
        {footer}
        {/* Last and async, not deferred in the head: see the note above. */}
        <script src={assets.script} async onError={keepInPlace} />
      </body>
    </html>
  );
}
