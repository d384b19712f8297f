#!/usr/bin/env bash
# Makes sure Redis answers on 127.0.0.1:6379 for the shared cache handler's tests: starts a
# redis-server there when none answers (daemonised, keeping nothing on disk, as on this
# project's machines), and installs Debian's package first when there is none.
set -euo pipefail
source "$(dirname "$0")/debian.sh"

host=127.0.0.1
port=6379
ready() { [ "$(redis-cli -h "$host" -p "$port" ping 2>/dev/null)" = PONG ]; }
# Waits up to $1 seconds for an answer; says so and ends the script when there is one.
answered_within() {
  for _ in $(seq 1 "$(($1 * 2))"); do
    ready && { echo "Redis: answering on $host:$port"; exit 0; }
    sleep 0.5
  done
}

if command -v redis-cli >/dev/null && ready; then
  echo "Redis: answering on $host:$port"
  exit 0
fi

if ! command -v redis-server >/dev/null; then
  echo "Redis missing: installing Debian's redis-server package"
  install_debian_packages redis-server
  # The package's service may already have started one.
  answered_within 5
fi

dir="${TMPDIR:-/tmp}"
echo "Redis: starting redis-server on $host:$port (log: $dir/warta-redis-$port.log)"
redis-server --daemonize yes --bind "$host" --port "$port" --save '' --appendonly no \
  --dir "$dir" --logfile "$dir/warta-redis-$port.log"
answered_within 15
echo "Redis did not start on $host:$port; see $dir/warta-redis-$port.log" >&2
exit 1
