import type { SharePlatform } from '@/lib/share/share-links';

export type ShareIconName = SharePlatform | 'link' | 'share';

// Simple line drawings on a 24-unit grid, not the platforms' logos.
const paths: Record<ShareIconName, string> = {
  whatsapp:
    'M4 20l1.4-4A8 8 0 1 1 8.5 19zM9 9c0 3 3 6 6 6l1-1.5-2-1-1 1a4 4 0 0 1-2.5-2.5l1-1-1-2z',
  facebook: 'M15 4h-2a4 4 0 0 0-4 4v3H7v3h2v7h3v-7h2.5l.5-3h-3V8a1 1 0 0 1 1-1h2z',
  x: 'M5 4l14 16M19 4L5 20',
  telegram: 'M21 4L3 11l6 2.5L11 20l3-4.5 5 3.5zM9 13.5L18 7',
  linkedin: 'M6 10v9M6 5.5v.5M10 19v-9M10 14a3 3 0 0 1 6 0v5',
  email: 'M3 6h18v12H3zM3 7l9 6 9-6',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  share: 'M12 15V3M7 8l5-5 5 5M5 13v7h14v-7',
};

export function ShareIcon({ name }: { name: ShareIconName }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
