#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright. Playwright cannot download browsers on this
# network, so Debian's Chromium is installed when neither it nor Playwright's own is present.
set -euo pipefail
source "$(dirname "$0")/debian.sh"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  echo "Chromium: $("$chromium" --version 2>/dev/null || echo "$chromium")"
  exit 0
fi

cache="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
if compgen -G "$cache/chromium*" >/dev/null; then
  echo "Chromium: Playwright's own browser in $cache"
  exit 0
fi

echo "Chromium missing: installing Debian's chromium package"
install_debian_packages chromium fonts-noto-core
"$chromium" --version
