#!/usr/bin/env bash
# One browser test project serves the built site through nginx with the repo's host configuration
# (scripts/serve-nginx.sh). Installs Debian's nginx when missing and we are root; otherwise says
# what to run. Only the binary is used: the test runs its own nginx on a test port, never the service.
set -euo pipefail
NGINX=${NGINX_PATH:-/usr/sbin/nginx}
if [ -x "$NGINX" ] && [ -f /etc/nginx/mime.types ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "nginx is missing: installing Debian's nginx package…"
  apt-get update -qq
  # policy-rc.d keeps apt from starting the nginx service on port 80: the tests run their own.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  exit 0
fi
echo "The host configuration test needs nginx at $NGINX. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y nginx" >&2
echo "or set NGINX_PATH to another nginx binary." >&2
exit 1
