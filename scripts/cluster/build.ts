/** Builds the deployment's build folder once (used by scripts/test-cluster.sh). */
import { buildOnce } from './deployment';
import { clusterLayout } from './layout';

buildOnce(clusterLayout()).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
