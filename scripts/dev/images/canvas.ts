/** What the drawings of `npm run images` share: the canvas, the brand's red, the font, rounding. */
export const W = 1800;
export const H = 1200;
export const BRAND = '#b3121b';
export const FONT = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** A coordinate to one decimal, to keep the SVG short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
