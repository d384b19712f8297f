#!/usr/bin/env bash
# Every test Warta has, in the order that fails fastest. `npm test` runs this; so does CI.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The end-to-end defaults (the clock, page size, site URL, secrets, ports), one file that
# playwright.config.ts reads too: each exported unless the environment sets it already.
while IFS='=' read -r name value || [ -n "$name" ]; do
  case "$name" in '' | '#'*) continue ;; esac
  [ -n "${!name:-}" ] || export "$name=$value"
done <e2e/defaults.env

step() { printf '\n==> %s\n' "$*"; }

step "Browser"
bash scripts/ci/ensure-chromium.sh

step "Content"
npm run -s content:check
WARTA_CONTENT_DIR=e2e/fixtures/hostile npm run -s content:check

step "Format and lint"
npm run -s format:check
npm run -s lint

step "PostgreSQL (the store's contract suite runs against it as well as SQLite)"
bash scripts/ci/ensure-postgres.sh

step "Redis (the shared cache handler's tests run against it)"
bash scripts/ci/ensure-redis.sh

step "Unit tests and the store's contract suite"
npx vitest run

step "Production builds (bundled content, hostile fixture corpus)"
npm run -s assets
npx next build
NEXT_DIST_DIR=.next-hostile WARTA_CONTENT_DIR=e2e/fixtures/hostile npx next build
# The bundled content again on a PostgreSQL store (a database of its own, emptied first): the
# build ingests into it and prerenders from it, and its server reads it.
dropdb -h 127.0.0.1 -U postgres --if-exists "$E2E_PG_DATABASE"
createdb -h 127.0.0.1 -U postgres "$E2E_PG_DATABASE"
export E2E_PG_URL="postgres://postgres@127.0.0.1:5432/$E2E_PG_DATABASE"
NEXT_DIST_DIR=.next-pg WARTA_DATABASE_URL="$E2E_PG_URL" npx next build

step "Type check"
npm run -s typecheck

step "Start servers"
# A server left on a port would be tested instead of this build: refuse to start.
for port in "$E2E_PORT" "$E2E_HOSTILE_PORT" "$E2E_PG_PORT" "$E2E_LIVE_PORT" "$E2E_JOURNEY_PORT" \
  "$E2E_JOURNEY_PG_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already serving; stop that server or set E2E_PORT / E2E_HOSTILE_PORT"
    exit 1
  fi
done
# Each server runs in its own session (setsid), so the cleanup stops the whole process group:
# the server and anything it starts.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
setsid node scripts/dev/run-compiled.mjs server.ts -p "$E2E_PORT" -H 127.0.0.1 >/tmp/warta-e2e-server.log 2>&1 &
pids+=($!)
NEXT_DIST_DIR=.next-hostile WARTA_CONTENT_DIR=e2e/fixtures/hostile \
  setsid node scripts/dev/run-compiled.mjs server.ts -p "$E2E_HOSTILE_PORT" -H 127.0.0.1 >/tmp/warta-e2e-hostile.log 2>&1 &
pids+=($!)
# The PostgreSQL build, reading its store (the server start brings it up to date).
NEXT_DIST_DIR=.next-pg WARTA_DATABASE_URL="$E2E_PG_URL" \
  setsid node scripts/dev/run-compiled.mjs server.ts -p "$E2E_PG_PORT" -H 127.0.0.1 >/tmp/warta-e2e-postgres.log 2>&1 &
pids+=($!)
# The live server, on copies of the build and the content (it shares nothing on disk).
WARTA_INDEXNOW_KEY="$E2E_INDEXNOW_KEY" \
  WARTA_INDEXNOW_ENDPOINT="http://127.0.0.1:$E2E_CRAWLER_PORT/indexnow" \
  WARTA_WEBSUB_HUB="http://127.0.0.1:$E2E_CRAWLER_PORT/websub" \
  setsid bash scripts/ci/live-server.sh "$E2E_LIVE_PORT" >/tmp/warta-e2e-live.log 2>&1 &
pids+=($!)
# The desk's journey (e2e/journey/): two more such servers, each at its first start (no desk
# account yet), on SQLite and on a PostgreSQL database of its own (the .next-pg build).
env -u WARTA_LIVE_DIR setsid bash scripts/ci/live-server.sh "$E2E_JOURNEY_PORT" \
  >/tmp/warta-e2e-journey.log 2>&1 &
pids+=($!)
env -u WARTA_LIVE_DIR NEXT_DIST_DIR=.next-pg WARTA_LIVE_PG_DATABASE="$E2E_JOURNEY_PG_DATABASE" \
  setsid bash scripts/ci/live-server.sh "$E2E_JOURNEY_PG_PORT" >/tmp/warta-e2e-journey-pg.log 2>&1 &
pids+=($!)
ports=("$E2E_PORT" "$E2E_HOSTILE_PORT" "$E2E_PG_PORT" "$E2E_LIVE_PORT" "$E2E_JOURNEY_PORT" \
  "$E2E_JOURNEY_PG_PORT")
for i in 0 1 2 3 4 5; do
  port="${ports[$i]}"
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" && break
    kill -0 "${pids[$i]}" 2>/dev/null || break
    sleep 1
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { echo "server on $port did not start"; exit 1; }
done
export E2E_EXTERNAL_SERVERS=1

step "End-to-end tests (Playwright, production builds; the desk's journey on SQLite and PostgreSQL)"
npx playwright test

step "End-to-end tests against the PostgreSQL store (pages, search, HTTP, hostile traffic)"
E2E_PORT="$E2E_PG_PORT" E2E_DIST_DIR=.next-pg npx playwright test e2e/pages.spec.ts \
  e2e/search.both.spec.ts e2e/http.spec.ts e2e/hostile-traffic.spec.ts --project=desktop

step "Budgets"
BENCH_BASE_URL="http://127.0.0.1:$E2E_PORT" npm run -s bench:budget

step "Deployment failure tests (two instances, Redis shared cache, nginx front cache)"
npm run -s test:cluster
