#!/usr/bin/env bash
# A production server that publishes from a WRITABLE COPY of the content, for the publishing
# end-to-end tests (e2e/live/, e2e/journey/) and npm run bench:publish.
# Usage: scripts/ci/live-server.sh PORT
#
# It copies content/ to $WARTA_LIVE_DIR/content (default ${TMPDIR:-/tmp}/warta-live-PORT) and the
# build ($NEXT_DIST_DIR, default .next) to .next-live-PORT, then runs Warta's server (server.ts) on the copies
# with the watcher on and a store of its own, so nothing the other servers read is ever written:
# an SQLite file there, or, with WARTA_LIVE_PG_DATABASE set, that PostgreSQL database on
# 127.0.0.1 (dropped and created afresh; serve a PostgreSQL build, NEXT_DIST_DIR=.next-pg).
# Every start is a first start: no desk account exists, so the server prints the first admin's
# setup link. The server's output goes to $WARTA_LIVE_DIR/server.log as well as stdout (the tests
# read that link there).
# With WARTA_NOW set the clock starts there now and runs (WARTA_CLOCK_START, lib/now.ts); the
# instant is written to $WARTA_LIVE_DIR/clock-start for the tests. Replaces itself with the
# server (exec), so killing its process group stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${1:?usage: scripts/ci/live-server.sh PORT}"
dir="${WARTA_LIVE_DIR:-${TMPDIR:-/tmp}/warta-live-$port}"
source_dist="${NEXT_DIST_DIR:-.next}"
live_dist=".next-live-$port"

[ -f "$source_dist/BUILD_ID" ] || { echo "no production build in $source_dist (run npm run build)"; exit 1; }
rm -rf "$dir" "$live_dist"
mkdir -p "$dir"
cp -R content "$dir/content"
cp -R "$source_dist" "$live_dist"

export NEXT_DIST_DIR="$live_dist"
export WARTA_CONTENT_DIR="$dir/content"
export WARTA_WATCH=1
unset WARTA_DATABASE_URL WARTA_REDIS_URL
if [ -n "${WARTA_LIVE_PG_DATABASE:-}" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$WARTA_LIVE_PG_DATABASE"
  createdb -h 127.0.0.1 -U postgres "$WARTA_LIVE_PG_DATABASE"
  export WARTA_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$WARTA_LIVE_PG_DATABASE"
else
  export WARTA_SQLITE_FILE="$dir/store.sqlite"
fi
if [ -n "${WARTA_NOW:-}" ]; then
  WARTA_CLOCK_START="$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"
  export WARTA_CLOCK_START
  printf '%s\n' "$WARTA_CLOCK_START" >"$dir/clock-start"
fi
exec > >(tee "$dir/server.log") 2>&1
exec node scripts/dev/run-compiled.mjs server.ts -p "$port" -H 127.0.0.1
