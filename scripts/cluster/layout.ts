import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

/** Where one deployment on this machine listens and keeps its files. */
export interface ClusterLayout {
  /** Project root (the build and the servers run here). */
  root: string;
  /** Next build folder shared by the instances. */
  distDir: string;
  /** Logs, nginx config, cache and pid files. */
  runDir: string;
  instancePorts: [number, number];
  nginxPort: number;
  /** nginx serving page bytes from files, the yardstick of `npm run bench:load`. */
  nginxStaticPort: number;
  redisUrl: string;
  redisPrefix: string;
  /** Passed through to build and instances (the PostgreSQL store). */
  databaseUrl: string;
  /**
   * Node's flags for each instance (WARTA_INSTANCE_NODE_FLAGS, space-separated; none by
   * default), e.g. `--max-old-space-size` on a host with less memory. A larger young generation
   * (`--max-semi-space-size=32` or `64`) measured no faster on warmed instances (docs/benchmarks.md).
   */
  instanceNodeFlags: string[];
  /** Front cache lifetimes (nginx time syntax). */
  pageTtl: string;
  searchTtl: string;
  errorTtl: string;
}

// npm runs scripts (and vitest its tests) from the project root.
const root = process.cwd();

function port(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} is not a port: ${value}`);
  return value;
}

/** The layout `npm run cluster` uses, each value overridable from the environment. */
export function clusterLayout(overrides: Partial<ClusterLayout> = {}): ClusterLayout {
  const runDir = path.join(root, '.cluster');
  return {
    root,
    distDir: process.env.NEXT_DIST_DIR || '.next-cluster',
    runDir,
    instancePorts: [port('WARTA_CLUSTER_PORT_A', 3501), port('WARTA_CLUSTER_PORT_B', 3502)],
    nginxPort: port('WARTA_CLUSTER_NGINX_PORT', 8500),
    nginxStaticPort: port('WARTA_CLUSTER_NGINX_STATIC_PORT', 8501),
    redisUrl: process.env.WARTA_REDIS_URL || 'redis://127.0.0.1:6379/6',
    redisPrefix: process.env.WARTA_REDIS_PREFIX || 'warta-cluster:',
    databaseUrl:
      process.env.WARTA_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/warta_cluster',
    instanceNodeFlags: (process.env.WARTA_INSTANCE_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    pageTtl: process.env.WARTA_FRONT_PAGE_TTL || '1s',
    searchTtl: process.env.WARTA_FRONT_SEARCH_TTL || '10s',
    errorTtl: process.env.WARTA_FRONT_ERROR_TTL || '10s',
    ...overrides,
  };
}

/** The user nginx's workers run as: this one (they write the cache under runDir). */
export function nginxUser(): string {
  return userInfo().username;
}

/** The value of environment variable `name`, or one generated once and kept under runDir. */
export function keptSecret(layout: ClusterLayout, name: string, fileName: string): string {
  const given = process.env[name];
  if (given) return given;
  const file = path.join(layout.runDir, fileName);
  if (!existsSync(file)) {
    mkdirSync(layout.runDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** What a `PURGE` at the front cache must carry (WARTA_PURGE_SECRET, or kept under runDir). */
export function purgeSecret(layout: ClusterLayout): string {
  return keptSecret(layout, 'WARTA_PURGE_SECRET', 'purge.secret');
}
