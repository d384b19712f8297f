import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createClient } from 'redis';
import { startService, type Service } from '../kit/processes';

/** What the deployment needs from Debian, and the package that brings it. */
const REQUIREMENTS: { present: () => boolean; pkg: string }[] = [
  { present: () => hasCommand('nginx'), pkg: 'nginx' },
  {
    present: () => existsSync('/usr/lib/nginx/modules/ngx_http_cache_purge_module.so'),
    pkg: 'libnginx-mod-http-cache-purge',
  },
  { present: () => hasCommand('envsubst'), pkg: 'gettext-base' },
  { present: () => hasCommand('redis-server'), pkg: 'redis-server' },
  { present: () => hasCommand('pg_ctlcluster'), pkg: 'postgresql' },
];

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { stdio: 'ignore' }).status === 0;
}

function asRoot(args: string[]): string[] {
  return process.getuid?.() === 0 ? args : ['sudo', ...args];
}

/** Installs the Debian packages that are missing (apt-get), `extra` ones too (e.g. wrk). */
export function ensureDebianPackages(extra: { command: string; pkg: string }[] = []) {
  const missing = [
    ...REQUIREMENTS.filter((r) => !r.present()).map((r) => r.pkg),
    ...extra.filter((e) => !hasCommand(e.command)).map((e) => e.pkg),
  ];
  if (missing.length === 0) return;
  console.log(`Installing from Debian: ${missing.join(', ')}`);
  const [update, ...updateArgs] = asRoot(['apt-get', 'update']);
  execFileSync(update!, updateArgs, { stdio: 'inherit' });
  const [install, ...installArgs] = asRoot([
    'apt-get',
    'install',
    '-y',
    '--no-install-recommends',
    ...missing,
  ]);
  execFileSync(install!, installArgs, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Starts the local PostgreSQL cluster if it is not accepting connections, and creates the database. */
export function ensurePostgres(databaseUrl: string): { startedCluster?: string } {
  const url = new URL(databaseUrl);
  const host = url.hostname || '127.0.0.1';
  const port = url.port || '5432';
  const user = decodeURIComponent(url.username || 'postgres');
  const database = decodeURIComponent(url.pathname.slice(1));
  const ready = () =>
    spawnSync('pg_isready', ['-q', '-h', host, '-p', port], { stdio: 'ignore' }).status === 0;
  let startedCluster: string | undefined;
  if (!ready()) {
    // pg_lsclusters: "15 main 5432 down postgres /var/lib/… /var/log/…"
    const line = execFileSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .find((fields) => fields[2] === port);
    if (!line) throw new Error(`No local PostgreSQL cluster on port ${port} (pg_lsclusters)`);
    startedCluster = `${line[0]}/${line[1]}`;
    console.log(`Starting PostgreSQL ${startedCluster}`);
    const [cmd, ...args] = asRoot(['pg_ctlcluster', line[0]!, line[1]!, 'start']);
    execFileSync(cmd!, args, { stdio: 'inherit' });
  }
  if (database) {
    const created = spawnSync('createdb', ['-h', host, '-p', port, '-U', user, database], {
      encoding: 'utf8',
    });
    if (created.status !== 0 && !/already exists/.test(created.stderr)) {
      throw new Error(`createdb ${database}: ${created.stderr.trim()}`);
    }
  }
  return { startedCluster };
}

export function stopPostgres(cluster: string) {
  const [version, name] = cluster.split('/');
  const [cmd, ...args] = asRoot(['pg_ctlcluster', version!, name!, 'stop']);
  spawnSync(cmd!, args, { stdio: 'inherit' });
}

export async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/**
 * The shared cache's memory bound (WARTA_REDIS_MAXMEMORY, default 256mb) and what goes when it is
 * reached: the least recently used entry among those with a lifetime (every page entry has one),
 * never the tag timestamps that say which entries are out of date (they have none).
 */
export function redisMemoryLimit(): { maxmemory: string; policy: string } {
  return { maxmemory: process.env.WARTA_REDIS_MAXMEMORY || '256mb', policy: 'volatile-lru' };
}

/** Bounds a running Redis that has no memory limit yet (one already set is left as it is). */
async function boundRedis(url: string): Promise<void> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    const current = await client.configGet('maxmemory');
    if (current.maxmemory !== '0') return;
    const { maxmemory, policy } = redisMemoryLimit();
    await client.configSet({ maxmemory, 'maxmemory-policy': policy });
    console.log(`Redis at ${url}: memory bounded to ${maxmemory} (${policy})`);
  } catch (error) {
    console.warn(`Redis at ${url}: could not set a memory limit (${String(error)})`);
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/**
 * A Redis for the shared cache: the one at `url` when it answers (given a memory limit if it has
 * none); otherwise a redis-server this process starts (and stops) on that port, keeping its data
 * under runDir.
 */
export async function ensureRedis(url: string, runDir: string): Promise<Service | undefined> {
  if (await redisAnswers(url)) {
    await boundRedis(url);
    return undefined;
  }
  const { hostname, port } = new URL(url);
  const dir = path.join(runDir, 'redis');
  mkdirSync(dir, { recursive: true });
  console.log(`Starting redis-server on ${hostname}:${port || 6379}`);
  const service = startRedisServer(Number(port || 6379), dir, hostname);
  for (let i = 0; i < 40 && !(await redisAnswers(url)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!(await redisAnswers(url)))
    throw new Error(`redis-server did not start; see ${service.logFile}`);
  return service;
}

export function startRedisServer(port: number, dir: string, host = '127.0.0.1'): Service {
  mkdirSync(dir, { recursive: true });
  const limit = redisMemoryLimit();
  return startService(
    'redis',
    'redis-server',
    [
      ...['--port', String(port), '--bind', host, '--dir', dir, '--save', '60 1'],
      ...['--appendonly', 'no', '--maxmemory', limit.maxmemory, '--maxmemory-policy', limit.policy],
    ],
    { logFile: path.join(dir, 'redis.log') },
  );
}
