/**
 * A TypeScript entry compiled ahead by esbuild into node_modules/.cache/warta/<name>.mjs and
 * reused until one of the sources it was built from is newer: for what must start fast or run
 * outside any bundler (the publish command, the ingest's parse workers). Plain JavaScript so a
 * plain `node` script can use it as well as the server.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// Paths built at run time carry `turbopackIgnore`: the server's bundle reaches this file, and the
// build's file tracing would otherwise take `process.cwd()` for the whole project.
export const compiledDir = () =>
  path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '.cache', 'warta');

/** Where `compileAhead(entry)` writes its output. */
export function compiledPath(entry) {
  return path.join(/* turbopackIgnore: true */ compiledDir(), `${path.basename(entry, '.ts')}.mjs`);
}

async function mtime(file) {
  return stat(file).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
}

/** Fresh when built after every one of its recorded inputs (paths relative to the project). */
async function fresh(out) {
  const built = await mtime(out);
  if (built === undefined) return false;
  const inputs = await readFile(`${out}.inputs.json`, 'utf8').then(
    (text) => JSON.parse(text).inputs,
    () => undefined,
  );
  if (!Array.isArray(inputs)) return false;
  const times = await Promise.all(
    inputs.map((f) => mtime(path.resolve(/* turbopackIgnore: true */ process.cwd(), f))),
  );
  return times.every((t) => t !== undefined && t <= built);
}

/**
 * The compiled module's path, compiled now when missing or stale. Undefined when it cannot be
 * had: no source (a server deployed without them) or no esbuild (a devDependency, loaded at run
 * time so that no bundler follows it).
 */
export async function compileAhead(entry) {
  const source = path.resolve(/* turbopackIgnore: true */ process.cwd(), entry);
  const out = compiledPath(entry);
  if (await fresh(out)) return out;
  if ((await mtime(source)) === undefined) return undefined;
  let esbuild;
  try {
    esbuild = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'))(
      'esbuild',
    );
  } catch {
    return undefined;
  }
  const result = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    write: false,
    outfile: out,
    logLevel: 'error',
  });
  await mkdir(compiledDir(), { recursive: true });
  // Written aside and renamed: another process may be starting from the old file meanwhile.
  const temp = `${out}.${process.pid}.tmp`;
  await writeFile(temp, result.outputFiles[0].contents);
  await rename(temp, out);
  await writeFile(
    `${out}.inputs.json`,
    JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }),
  );
  return out;
}
