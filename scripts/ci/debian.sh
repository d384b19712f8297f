# Sourced by the ensure-*.sh scripts: commands as root, and Debian packages installed.

# Runs a command as root: through sudo unless this is root already.
as_root() {
  if [ "$(id -u)" != 0 ]; then sudo "$@"; else "$@"; fi
}

# Installs Debian packages (apt-get, quietly): install_debian_packages PACKAGE…
install_debian_packages() {
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
