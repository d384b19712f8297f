/** The icons scripts/dev/build-assets.ts draws into public/ and the head and web manifest name. */
export const BRAND_COLOUR = '#b3121b';

export const ICONS = [
  { path: '/apple-touch-icon.png', size: 180, rel: 'apple-touch-icon' },
  { path: '/icons/icon-192.png', size: 192, rel: 'icon' },
  { path: '/icons/icon-512.png', size: 512, rel: 'icon' },
] as const;
