#!/usr/bin/env bash
# The deployment's failure tests (issue 10): builds the cluster build once (.next-cluster, reused
# with WARTA_CLUSTER_SKIP_BUILD=1), then runs e2e/cluster with vitest. Needs nginx, the cache
# purge module and redis-server (npm run cluster installs them from Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ "${WARTA_CLUSTER_SKIP_BUILD:-}" != 1 ] || [ ! -f .next-cluster/BUILD_ID ]; then
  npx tsx scripts/cluster/build.ts
fi
npx vitest run --config vitest.cluster.config.mts "$@"
