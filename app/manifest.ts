import type { MetadataRoute } from 'next';
import { BRAND_COLOUR, ICONS } from '@/lib/render/icons';
import { siteConfig } from '@/lib/site-config';

/** The web app manifest (/manifest.webmanifest): name, colours and home-screen icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: siteConfig.name,
    short_name: siteConfig.name,
    description: siteConfig.description,
    lang: siteConfig.lang,
    start_url: '/',
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: BRAND_COLOUR,
    icons: ICONS.filter((icon) => icon.rel === 'icon').map((icon) => ({
      src: icon.path,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
    })),
  };
}
