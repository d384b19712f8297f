import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/layout/site-footer';
import { SkipLink } from '@/components/layout/skip-link';
import { sansFont, serifFont } from '@/lib/fonts';
import { siteConfig } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s - ${siteConfig.name}` },
  description: siteConfig.description,
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#b3121b' },
    { media: '(prefers-color-scheme: dark)', color: '#7d0d13' },
  ],
};

/** Header and main come from each page (components/layout/site-page.tsx); see why there. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={siteConfig.lang} className={`${sansFont.variable} ${serifFont.variable}`}>
      <body>
        <SkipLink />
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
