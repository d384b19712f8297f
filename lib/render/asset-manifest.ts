import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where scripts/dev/build-assets.ts writes the fingerprinted assets, and the URL they answer at. */
export const ASSET_DIR = 'public/assets';
export const ASSET_URL_PREFIX = '/assets/';

/** What the asset build produced: URLs with a content hash in the file name. */
export interface AssetManifest {
  stylesheet: string;
  /** The two fonts of the first paint (sans, serif), preloaded. */
  fonts: string[];
  /** The enhancement script (copy link, share sheet). */
  script: string;
}

let cached: AssetManifest | undefined;

/** The manifest of the last `npm run assets` (run by `npm run build` before `next build`). */
export function assetManifest(): AssetManifest {
  if (!cached) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), ASSET_DIR, 'manifest.json');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} tidak ada: jalankan "npm run assets" sebelum "next build".`);
    }
    cached = JSON.parse(text) as AssetManifest;
  }
  return cached;
}
