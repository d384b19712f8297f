/**
 * Prepares the deployment for its failure tests (scripts/ci/test-cluster.sh): the Debian packages
 * (nginx, its purge module, Redis) where missing, PostgreSQL running with the cluster's database,
 * and the build folder, built once.
 */
import { buildOnce } from './deployment';
import { clusterLayout } from './layout';
import { ensureDebianPackages, ensurePostgres } from './services';

async function main() {
  const layout = clusterLayout();
  ensureDebianPackages();
  ensurePostgres(layout.databaseUrl);
  if (process.env.WARTA_CLUSTER_SKIP_BUILD !== '1') await buildOnce(layout);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
