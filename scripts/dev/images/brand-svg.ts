/** The site's logo (public/logo.png) and icon (public/icon.png) as SVG. */
import { BRAND, FONT } from './canvas';

export const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
  <rect x="0" y="0" width="60" height="60" rx="8" fill="${BRAND}"/>
  <text x="30" y="45" font-family="${FONT}" font-weight="700" font-size="40" text-anchor="middle" fill="#fff">R</text>
  <text x="76" y="58" font-family="${FONT}" font-weight="700" font-size="78" letter-spacing="3" fill="${BRAND}">RIAU24<tspan fill="#4a4f55">.COM</tspan></text>
</svg>`;

export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="${BRAND}"/>
  <text x="256" y="238" font-family="${FONT}" font-weight="700" font-size="150" text-anchor="middle" fill="#fff">R</text>
  <text x="256" y="410" font-family="${FONT}" font-weight="700" font-size="150" text-anchor="middle" fill="#fff">24</text>
</svg>`;
