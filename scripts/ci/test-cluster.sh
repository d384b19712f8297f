#!/usr/bin/env bash
# The deployment's failure tests (docs/operations.md): installs what is missing (nginx, the cache purge
# module, redis-server), starts PostgreSQL, builds the cluster build once (.next-cluster;
# WARTA_CLUSTER_SKIP_BUILD=1 reuses it), then runs tests/cluster with vitest.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
# A deployment runs on the real clock: the publishing tests publish "now", which the fixed
# clock of the other end-to-end servers (WARTA_NOW, exported by test-all.sh) would call future.
unset WARTA_NOW WARTA_CLOCK_START
if [ "${WARTA_CLUSTER_SKIP_BUILD:-}" = 1 ] && [ ! -f .next-cluster/BUILD_ID ]; then
  unset WARTA_CLUSTER_SKIP_BUILD
fi
npx tsx scripts/cluster/build.ts
# Production, as the deployment runs: the test process renders the 503 page nginx answers, and
# React's development build warns on Node 20 (no ArrayBuffer.prototype.detached) as it does so.
NODE_ENV=production npx vitest run --config vitest.cluster.config.mts "$@"
