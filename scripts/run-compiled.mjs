/**
 * `node scripts/run-compiled.mjs <script.ts> [args…]`: runs a TypeScript command compiled ahead
 * by esbuild into node_modules/.cache/warta/ (rebuilt when a source is newer), for commands an
 * editor waits on (`npm run publish`): tsx compiles on every start and costs seconds here.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-compiled.mjs <script.ts> [args…]');
  process.exit(2);
}
const outDir = path.resolve('node_modules/.cache/warta');
const outFile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
const metaFile = `${outFile}.inputs.json`;

async function mtime(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Stale when missing, or when any source it was built from changed since. */
async function stale() {
  const built = await mtime(outFile);
  if (built === undefined) return true;
  try {
    const { inputs } = (await import(pathToFileURL(metaFile).href, { with: { type: 'json' } }))
      .default;
    for (const input of inputs) if (((await mtime(input)) ?? Infinity) > built) return true;
    return false;
  } catch {
    return true;
  }
}

if (await stale()) {
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
  });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(metaFile, JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }));
}
process.argv = [process.argv[0], outFile, ...args];
await import(pathToFileURL(outFile).href);
