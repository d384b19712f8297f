/**
 * `next build` as the scale benchmark runs it: its time and peak RSS, its warnings, and the
 * largest file-tracing list it wrote.
 */
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { treeRss } from '../kit/resources';

/** The largest `.nft.json` of a build: which, its size and how many files it names. */
export interface TracingList {
  file: string;
  bytes: number;
  files: number;
}

/** `next build` into `dist`: its time, the peak RSS of its process tree (sampled every 200 ms). */
export async function build(
  dist: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<{ ms: number; peak: number }> {
  const tsconfig = await readFile('tsconfig.json', 'utf8');
  const t = performance.now();
  let peak = 0;
  try {
    const child = spawn('npx', ['next', 'build'], {
      env: { ...env, NEXT_DIST_DIR: dist },
      stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
    });
    let sampling = Promise.resolve();
    const timer = setInterval(() => {
      sampling = sampling.then(async () => {
        if (child.pid) peak = Math.max(peak, await treeRss(child.pid));
      });
    }, 200);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    clearInterval(timer);
    await sampling;
    if (code !== 0) throw new Error(`next build: exit ${code}, see ${log}`);
  } finally {
    // next build adds its dist folder's types to tsconfig.json; keep the file as committed.
    await writeFile('tsconfig.json', tsconfig);
  }
  return { ms: performance.now() - t, peak };
}

/** Warnings of a build's log: Turbopack's about broad file patterns and tracing the project. */
export async function buildWarnings(log: string): Promise<number> {
  const text = await readFile(log, 'utf8');
  return (text.match(/^Warning: /gm) ?? []).length;
}

/** The largest file-tracing list of a build: which, its size and how many files it names. */
export async function largestNft(dist: string): Promise<TracingList | undefined> {
  let largest: TracingList | undefined;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.nft.json')) {
        const bytes = (await stat(full)).size;
        if (!largest || bytes > largest.bytes) {
          const files = (JSON.parse(await readFile(full, 'utf8')) as { files: string[] }).files;
          largest = { file: path.relative(dist, full), bytes, files: files.length };
        }
      }
    }
  };
  await walk(path.join(dist, 'server'));
  return largest;
}
