import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keptSecret, type ClusterLayout } from './layout';
import { nginxDir, renderNginxConfig } from './nginx-config';
import { startService, stopService, waitForHttp, type Service } from '../kit/processes';
import { writeUnavailablePage } from './unavailable-page';

/**
 * The environment one build and all its instances share: same deployment id, same server
 * actions key, same store, same shared cache; compression left to nginx.
 */
export function deploymentEnv(layout: ClusterLayout): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: layout.distDir,
    WARTA_DEPLOYMENT_ID: deploymentId(layout),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey(layout),
    WARTA_REDIS_URL: layout.redisUrl,
    WARTA_REDIS_PREFIX: layout.redisPrefix,
    WARTA_DATABASE_URL: layout.databaseUrl,
    WARTA_COMPRESS: 'off',
  };
}

/** Written beside the build, so instances started later use the id the build was made with. */
const DEPLOYMENT_ID_FILE = 'WARTA_DEPLOYMENT_ID';

/**
 * The build's id if there is one; else WARTA_DEPLOYMENT_ID, or the commit (with "-dirty" for
 * uncommitted changes).
 */
function deploymentId(layout: ClusterLayout): string {
  const file = path.join(layout.root, layout.distDir, DEPLOYMENT_ID_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  return newDeploymentId(layout);
}

function newDeploymentId(layout: ClusterLayout): string {
  if (process.env.WARTA_DEPLOYMENT_ID) return process.env.WARTA_DEPLOYMENT_ID;
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: layout.root, encoding: 'utf8' }).trim();
    return `${git(['rev-parse', '--short=12', 'HEAD'])}${git(['status', '--porcelain']) ? '-dirty' : ''}`;
  } catch {
    return 'local';
  }
}

/** NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, or one generated once and kept under runDir. */
function serverActionsKey(layout: ClusterLayout): string {
  return keptSecret(layout, 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'server-actions.key');
}

/** `npm run build` (content check, next build) into the deployment's build folder. */
export async function buildOnce(layout: ClusterLayout): Promise<void> {
  const env = { ...deploymentEnv(layout), WARTA_DEPLOYMENT_ID: newDeploymentId(layout) };
  console.log(`Building ${layout.distDir} (deployment ${env.WARTA_DEPLOYMENT_ID})`);
  // next build adds its build folder's types to tsconfig.json; that folder is not the project's.
  const tsconfig = path.join(layout.root, 'tsconfig.json');
  const tsconfigBefore = readFileSync(tsconfig);
  const child = spawn('npm', ['run', '-s', 'build'], { cwd: layout.root, env, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  writeFileSync(tsconfig, tsconfigBefore);
  if (code !== 0) throw new Error(`build failed (exit ${code})`);
  writeFileSync(
    path.join(layout.root, layout.distDir, DEPLOYMENT_ID_FILE),
    env.WARTA_DEPLOYMENT_ID!,
  );
}

export interface Deployment {
  instances: Service[];
  nginx: Service;
  startInstance(index: number): Promise<Service>;
  stop(): Promise<void>;
}

function logFile(layout: ClusterLayout, name: string) {
  mkdirSync(path.join(layout.runDir, 'logs'), { recursive: true });
  return path.join(layout.runDir, 'logs', `${name}.log`);
}

/** Two instances of Warta's server (server.ts) on one build, then nginx in front of them. */
export async function startDeployment(layout: ClusterLayout): Promise<Deployment> {
  const env = deploymentEnv(layout);
  const serverEntry = [path.join(layout.root, 'scripts', 'dev', 'run-compiled.mjs'), 'server.ts'];
  const instances: Service[] = [];
  const startInstance = async (index: number) => {
    const port = layout.instancePorts[index]!;
    const service = startService(
      `instance ${'AB'[index]}`,
      process.execPath,
      [...layout.instanceNodeFlags, ...serverEntry, '-p', String(port), '-H', '127.0.0.1'],
      { env, cwd: layout.root, logFile: logFile(layout, `instance-${'ab'[index]}`) },
    );
    instances[index] = service;
    await waitForHttp(`http://127.0.0.1:${port}/robots.txt`, 60_000, service);
    return service;
  };
  let nginx: Service | undefined;
  const stop = async () => {
    await Promise.all([nginx, ...instances].filter((s) => s).map((s) => stopService(s!)));
  };
  try {
    await writeUnavailablePage(nginxDir(layout));
    const config = renderNginxConfig(layout);
    // One after the other: each brings the store up to date with content/ as it starts, and two
    // first ingests into an empty database at once collide (the second fails on a unique key).
    for (const index of layout.instancePorts.keys()) await startInstance(index);
    nginx = startService('nginx', 'nginx', ['-c', config, '-p', path.dirname(config)], {
      logFile: logFile(layout, 'nginx'),
    });
    await waitForHttp(`http://127.0.0.1:${layout.nginxPort}/robots.txt`, 15_000, nginx);
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, nginx, startInstance, stop };
}
