import { rmSync } from 'node:fs';
import path from 'node:path';
import { clusterLayout, type ClusterLayout } from '../../scripts/cluster/layout';
import { nginxDir } from '../../scripts/cluster/nginx-config';
import {
  createPrivatePostgres,
  type PrivatePostgres,
} from '../../scripts/cluster/private-postgres';
import { redisAnswers, startRedisServer } from '../../scripts/cluster/services';
import type { Service } from '../../scripts/kit/processes';
import { sleep } from './load';

/**
 * What the deployment's test files share (one runs at a time, vitest.cluster.config.mts): their
 * ports, each overridable so several checkouts can run the tests side by side, a PostgreSQL and
 * a redis-server of their own, and the layout of two instances behind nginx on them.
 */
const portFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
export const REDIS_PORT = portFrom('WARTA_CLUSTER_TEST_REDIS_PORT', 8592);
const POSTGRES_PORT = portFrom('WARTA_CLUSTER_TEST_PG_PORT', 55433);

/** A PostgreSQL server of the test's own (started and destroyed by the test). */
export function testPostgres(): PrivatePostgres {
  return createPrivatePostgres(POSTGRES_PORT);
}

/** The deployment of the tests: run files under .cluster-test, the store `database` on `postgres`. */
export function testLayout(postgres: PrivatePostgres, database: string): ClusterLayout {
  return clusterLayout({
    runDir: path.resolve('.cluster-test'),
    instancePorts: [portFrom('WARTA_CLUSTER_PORT_A', 3511), portFrom('WARTA_CLUSTER_PORT_B', 3512)],
    nginxPort: portFrom('WARTA_CLUSTER_NGINX_PORT', 8510),
    nginxStaticPort: portFrom('WARTA_CLUSTER_NGINX_STATIC_PORT', 8511),
    redisUrl: `redis://127.0.0.1:${REDIS_PORT}`,
    redisPrefix: 'warta-cluster-test:',
    databaseUrl: postgres.url(database),
  });
}

export const frontUrl = (layout: ClusterLayout) => `http://127.0.0.1:${layout.nginxPort}`;
export const instanceUrl = (layout: ClusterLayout, i: number) =>
  `http://127.0.0.1:${layout.instancePorts[i]}`;

/** Empties what an earlier run left in the shared and the front cache: it is not this run's. */
export function emptyCaches(layout: ClusterLayout): void {
  rmSync(path.join(layout.runDir, 'redis'), { recursive: true, force: true });
  rmSync(nginxDir(layout, 'cache'), { recursive: true, force: true });
}

/** The test's redis-server, started and answering. */
export async function startTestRedis(layout: ClusterLayout): Promise<Service> {
  const redis = startRedisServer(REDIS_PORT, path.join(layout.runDir, 'redis'));
  for (let i = 0; i < 40 && !(await redisAnswers(layout.redisUrl)); i++) await sleep(250);
  return redis;
}
