import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClusterLayout } from '../../cluster/layout';
import { startService, stopService, waitForHttp } from '../../kit/processes';

/**
 * The paths of the bare app (the bare-next folder beside this file): an empty page, an empty
 * route and the article's bytes on the article's route shape (all prerendered), and a route that
 * runs on every request.
 */
export const BARE_NEXT_PATHS = {
  page: '/',
  route: '/kosong',
  article: '/berita/sama/halaman-yang-sama',
  rendered: '/sekarang',
} as const;

export interface BareNext {
  base: string;
  stop(): Promise<void>;
}

/**
 * Builds the bare Next app (scripts/bench/load/bare-next) with this project's Next in a copy
 * outside the project (inside it, Next would take Warta's instrumentation.ts as the app's) and
 * starts it as the instances are started (`next start`, the same Node flags), serving
 * `articleHtml` on the article's route shape, so `npm run bench:load` measures Next's own floor
 * in the same run as Warta. Stopping it removes the copy.
 */
export async function startBareNext(
  layout: ClusterLayout,
  port: number,
  articleHtml: Buffer,
): Promise<BareNext> {
  const base = `http://127.0.0.1:${port}`;
  if (
    await fetch(base).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`${base} is already serving: stop that server or set BENCH_BARE_PORT`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'warta-bare-next-'));
  cpSync(path.join(layout.root, 'scripts', 'bench', 'load', 'bare-next'), dir, { recursive: true });
  symlinkSync(path.join(layout.root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'article.html'), articleHtml);
  const nextBin = path.join(layout.root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NEXT_DIST_DIR;
  // From its own folder: Next takes the working directory for some of the project's files.
  execFileSync(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  mkdirSync(path.join(layout.runDir, 'logs'), { recursive: true });
  const service = startService(
    'bare Next',
    process.execPath,
    [...layout.instanceNodeFlags, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env, cwd: dir, logFile: path.join(layout.runDir, 'logs', 'bare-next.log') },
  );
  const stop = async () => {
    await stopService(service);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${base}${BARE_NEXT_PATHS.route}`, 60_000, service);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
