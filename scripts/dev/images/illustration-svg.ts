/** An article illustration as SVG: its gradient, its motif and the "ILUSTRASI" label. */
import { FONT, H, W } from './canvas';
import type { Illustration } from './illustrations';
import { MOTIFS } from './motifs';

/** Small deterministic PRNG (mulberry32), seeded from the file name. */
function random(seed: string): () => number {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function illustrationSvg({ file, palette, motif }: Illustration): string {
  const rnd = random(file);
  const [from, to] = palette;
  const angle = Math.round(rnd() * 60);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
    <radialGradient id="glow" cx="0.7" cy="0.25" r="0.7"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
    <filter id="blur" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="40"/></filter>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <rect width="${W}" height="${H}" fill="url(#glow)"/>
  ${MOTIFS[motif](palette, rnd)}
  <rect x="1440" y="1118" width="320" height="50" rx="25" fill="#000" opacity="0.35"/>
  <text x="1600" y="1152" font-family="${FONT}" font-weight="700" font-size="24" letter-spacing="3" text-anchor="middle" fill="#fff" opacity="0.85">ILUSTRASI RIAU24</text>
</svg>`;
}
