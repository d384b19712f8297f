import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { DESK_ASSET_DIR, type DeskAssetManifest } from '../../../lib/desk/editor-asset';

/**
 * The desk's body editor (client/desk-editor/main.ts and CodeMirror 6) bundled by esbuild into
 * one minified script, desk-assets/penyunting.<hash>.js, and desk-assets/manifest.json naming it.
 * The desk serves it (lib/desk/handlers/assets.ts) with immutable caching; no reader page loads it.
 */
export async function buildDeskEditor(root: string): Promise<DeskAssetManifest> {
  const outDir = path.join(root, DESK_ASSET_DIR);
  const result = await build({
    entryPoints: [path.join(root, 'client/desk-editor/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    // The browsers Next.js itself targets by default, as for the readers' assets.
    target: ['chrome111', 'edge111', 'firefox111', 'safari16.4'],
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const bytes = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const manifest: DeskAssetManifest = { editor: `penyunting.${hash}.js` };
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, manifest.editor), bytes);
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
