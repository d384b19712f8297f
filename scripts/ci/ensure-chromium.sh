#!/usr/bin/env bash
# Makes sure a Chromium exists for Playwright. Playwright cannot download browsers on this
# network, so Debian's Chromium is installed when neither it nor Playwright's own is present.
set -euo pipefail

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
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
"$chromium" --version
