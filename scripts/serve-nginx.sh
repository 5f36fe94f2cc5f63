#!/usr/bin/env bash
# Serves dist/ through Debian's nginx with the repo's host configuration
# (deploy/nginx/leg-pain-explained.conf, included unchanged), as a publisher's server would, on
# 127.0.0.1:PORT. Runs as any user: its pid file, logs and temp files live in a folder of its own.
# The browser tests start it (playwright.config.ts, project "nginx").
#
# Usage: bash scripts/serve-nginx.sh PORT   (DIST_DIR to serve another folder)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:?usage: serve-nginx.sh PORT}
NGINX=${NGINX_PATH:-$(command -v nginx || echo /usr/sbin/nginx)}
ROOT=$(realpath "${DIST_DIR:-dist}")
SITE_CONF=$(realpath deploy/nginx/leg-pain-explained.conf)
PREFIX="${TMPDIR:-/tmp}/leg-pain-nginx-$PORT"
MIME_TYPES=/etc/nginx/mime.types
if [ ! -x "$NGINX" ] || [ ! -f "$MIME_TYPES" ]; then
  echo "serve-nginx: no nginx at $NGINX. Run: bash scripts/ensure-nginx.sh (or set NGINX_PATH)" >&2
  exit 1
fi
mkdir -p "$PREFIX"
# nginx started by root hands requests to workers running as "nobody", which may not read a
# checkout under /root: keep the workers on the user who started it.
USER_LINE=""
if [ "$(id -u)" = 0 ]; then USER_LINE="user root;"; fi
cat >"$PREFIX/nginx.conf" <<CONF
$USER_LINE
worker_processes 1;
daemon off;
pid $PREFIX/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    include $MIME_TYPES;
    default_type application/octet-stream;
    access_log off;
    log_not_found off;
    client_body_temp_path $PREFIX/client_body;
    proxy_temp_path $PREFIX/proxy;
    fastcgi_temp_path $PREFIX/fastcgi;
    uwsgi_temp_path $PREFIX/uwsgi;
    scgi_temp_path $PREFIX/scgi;
    server {
        listen 127.0.0.1:$PORT;
        server_name localhost;
        root $ROOT;
        include $SITE_CONF;
    }
}
CONF
exec "$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -e stderr
