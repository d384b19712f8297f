import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The desk's body editor as the asset build bundled it (scripts/dev/assets/desk-editor.ts):
 * one file under a content-hashed name in desk-assets/ (git-ignored; not under public/, so it
 * is reachable only where the desk serves it, deskPaths.asset), named by desk-assets/manifest.json.
 */
export const DESK_ASSET_DIR = 'desk-assets';

export interface DeskAssetManifest {
  /** The editor's script: `penyunting.<hash>.js`. */
  editor: string;
}

let cached: DeskAssetManifest | undefined;

function assetFile(name: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), DESK_ASSET_DIR, name);
}

/** The manifest of the last `npm run assets`, or undefined before one (the editor is then the textarea). */
export function deskAssetManifest(): DeskAssetManifest | undefined {
  if (!cached) {
    try {
      cached = JSON.parse(readFileSync(assetFile('manifest.json'), 'utf8')) as DeskAssetManifest;
    } catch {
      return undefined;
    }
  }
  return cached;
}

const bytesByName = new Map<string, Buffer>();

/** A file the manifest names, its bytes; undefined for any other name. */
export function deskAssetBytes(name: string): Buffer | undefined {
  const manifest = deskAssetManifest();
  if (!manifest || !Object.values(manifest).includes(name)) return undefined;
  let bytes = bytesByName.get(name);
  if (!bytes) {
    try {
      bytes = readFileSync(assetFile(name));
    } catch {
      return undefined;
    }
    bytesByName.set(name, bytes);
  }
  return bytes;
}
