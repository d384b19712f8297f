/**
 * Builds the reader pages' static assets into public/assets/ (git-ignored), before `next build`:
 * one minified stylesheet from app/globals.css and every component's own .css file, the two
 * self-hosted fonts, the enhancement script, each under a content-hashed name (served with
 * immutable caching), and public/assets/manifest.json naming them for lib/render/assets.ts.
 * Also the icons a browser and a home screen ask for, drawn from the wordmark, and the desk's
 * body editor into desk-assets/ (./assets/desk-editor.ts; never public/). Deterministic:
 * the same sources give the same bytes and names.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { browserslistToTargets, transform } from 'lightningcss';
import { fontFaceCss } from './assets/font-faces';
import { buildDeskEditor } from './assets/desk-editor';
import { buildIcons } from './assets/icons';
import { ASSET_DIR, ASSET_URL_PREFIX, type AssetManifest } from '../../lib/render/asset-manifest';

const root = path.resolve(__dirname, '../..');
const outDir = path.join(root, ASSET_DIR);

/** The browsers Next.js itself targets by default. */
const TARGETS = browserslistToTargets(['chrome 111', 'edge 111', 'firefox 111', 'safari 16.4']);

function fingerprint(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

async function emit(name: string, ext: string, bytes: Buffer | string): Promise<string> {
  const file = `${name}.${fingerprint(bytes)}.${ext}`;
  await writeFile(path.join(outDir, file), bytes);
  return `${ASSET_URL_PREFIX}${file}`;
}

/** Every .css file under dir, sorted by path so the cascade order never depends on the disk. */
async function cssFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.css'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

async function buildFonts() {
  const fonts = {
    sans: 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    serif:
      'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  };
  return {
    sans: await emit('inter-latin-wght', 'woff2', await readFile(path.join(root, fonts.sans))),
    serif: await emit(
      'source-serif-4-latin-wght',
      'woff2',
      await readFile(path.join(root, fonts.serif)),
    ),
  };
}

async function buildStylesheet(fonts: { sans: string; serif: string }) {
  // globals.css first (tokens, reset, shared primitives), then shared then per-component files.
  const files = [
    'app/globals.css',
    ...(await cssFilesUnder('components')),
    ...(await cssFilesUnder('app')).filter((f) => f !== 'app/globals.css'),
  ];
  const sources = await Promise.all(files.map((f) => readFile(path.join(root, f), 'utf8')));
  const css = [fontFaceCss(fonts), ...sources].join('\n');
  const { code } = transform({
    filename: 'warta.css',
    code: Buffer.from(css),
    minify: true,
    targets: TARGETS,
  });
  return emit('warta', 'css', Buffer.from(code));
}

async function main() {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const fonts = await buildFonts();
  const manifest: AssetManifest = {
    stylesheet: await buildStylesheet(fonts),
    fonts: [fonts.sans, fonts.serif],
    script: await emit('enhance', 'js', await readFile(path.join(root, 'client/enhance.js'))),
  };
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await buildIcons(path.join(root, 'public'));
  const desk = await buildDeskEditor(root);
  console.log(
    `Aset dibangun: ${[...Object.values(manifest), ...Object.values(desk)].flat().join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
