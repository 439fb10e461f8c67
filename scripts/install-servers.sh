#!/usr/bin/env bash
# Installs the real HTTP servers that tests/tests/it/servers.rs runs on 127.0.0.1: nginx, Apache httpd
# and HAProxy, from the distribution's packages. Does nothing when all three are present.
set -euo pipefail

missing=()
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
have nginx || missing+=(nginx)
have apache2 || have httpd || missing+=(apache2)
have haproxy || missing+=(haproxy)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-servers: missing ${missing[*]}; install them with your package manager" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-servers: missing ${missing[*]}; run as root to install them" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-servers: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
# The packages start their services; policy-rc.d would stop that, but the tests use their own
# ports and configurations, so a running service does no harm.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
