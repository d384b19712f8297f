#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 for the store's contract tests: starts the
# installed cluster when it is down, and installs Debian's package first when there is none
# (trust authentication for local TCP connections, as on this project's machines).
set -euo pipefail
source "$(dirname "$0")/debian.sh"

host=127.0.0.1
port=5432
ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

if command -v pg_isready >/dev/null && ready; then
  echo "PostgreSQL: answering on $host:$port"
  exit 0
fi

if [ ! -d /etc/postgresql ] || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  echo "PostgreSQL missing: installing Debian's postgresql package"
  install_debian_packages postgresql
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  # Tests connect as postgres without a password over TCP from this machine only: these lines
  # go first, because the first matching line of pg_hba.conf wins.
  as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
fi

version="$(ls /etc/postgresql | sort -V | tail -1)"
echo "PostgreSQL: starting cluster $version/main"
as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do
  ready && { echo "PostgreSQL: answering on $host:$port"; exit 0; }
  sleep 1
done
echo "PostgreSQL did not start on $host:$port" >&2
exit 1
