/**
 * `npm run cluster`: the whole deployment on one machine. PostgreSQL, Redis and nginx (installed
 * from Debian where missing, started where not running), one build with a fixed deployment id
 * and server actions key, two instances of Warta's server, nginx in front. Ctrl-C stops everything
 * this command started. Ports and URLs: scripts/cluster/layout.ts (overridable from the env).
 * WARTA_CLUSTER_SKIP_BUILD=1 reuses the last build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { clusterLayout } from './layout';
import { buildOnce, startDeployment, type Deployment } from './deployment';
import { stopService, type Service } from '../kit/processes';
import { ensureDebianPackages, ensurePostgres, ensureRedis, stopPostgres } from './services';

async function main() {
  const layout = clusterLayout();
  ensureDebianPackages();
  const { startedCluster } = ensurePostgres(layout.databaseUrl);
  const redis: Service | undefined = await ensureRedis(layout.redisUrl, layout.runDir);
  let deployment: Deployment | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the deployment…');
    await deployment?.stop();
    if (redis) await stopService(redis);
    if (startedCluster) stopPostgres(startedCluster);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    const built = existsSync(path.join(layout.root, layout.distDir, 'BUILD_ID'));
    if (!(process.env.WARTA_CLUSTER_SKIP_BUILD === '1' && built)) await buildOnce(layout);
    deployment = await startDeployment(layout);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }
  const [a, b] = layout.instancePorts;
  console.log(`
Warta is running on many processes:
  front cache (nginx)  http://127.0.0.1:${layout.nginxPort}/
  instance A           http://127.0.0.1:${a}/
  instance B           http://127.0.0.1:${b}/
  shared cache         ${layout.redisUrl} (keys ${layout.redisPrefix}…)
  store                ${layout.databaseUrl}
  logs                 ${path.join(layout.runDir, 'logs')}
Press Ctrl-C to stop.`);
  for (const service of [...deployment.instances, deployment.nginx]) {
    service.child.once('exit', (code, signal) => {
      if (!stopping)
        console.warn(`${service.name} exited (${signal ?? code}); see ${service.logFile}`);
    });
  }
}

void main();
