import localFont from 'next/font/local';

/**
 * Self-hosted variable fonts from @fontsource (no font CDN at runtime). Latin subset only:
 * Indonesian needs no other glyphs, and it keeps each file near 50 KB.
 */
export const sansFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  preload: true,
  variable: '--font-sans',
  adjustFontFallback: 'Arial',
});

export const serifFont = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  weight: '200 900',
  style: 'normal',
  display: 'swap',
  preload: true,
  variable: '--font-serif',
  adjustFontFallback: 'Times New Roman',
});
