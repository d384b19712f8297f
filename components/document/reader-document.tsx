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
 * stylesheet, the two first-paint fonts preloaded, the deferred enhancement script; then the
 * skip link, the page (header and main, components/layout/site-page.tsx) and the footer.
 *
 * Deferred in the head, not async at the end of the body: a deferred script waits for the
 * stylesheet, so DOMContentLoaded (where Chrome's form autofill lays out the page: it has search
 * forms) comes after the CSS and the page is laid out once. Async, the autofill laid out the
 * unstyled page first, a 70 ms task on this machine, and Lighthouse's median TBT rose from
 * 26-53 ms to 138-287 ms on the same article (docs/budgets.md).
 */
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
        <script src={assets.script} defer />
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
      </body>
    </html>
  );
}
