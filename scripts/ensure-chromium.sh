#!/usr/bin/env bash
# The browser tests drive Debian's Chromium: Playwright cannot download its own browser here.
# The print tests read the PDFs they make with poppler's pdftoppm (a page as an image, to scan
# its QR code). Installs what is missing when we are root; otherwise says what to run.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ] && command -v pdftoppm >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium or poppler-utils is missing: installing Debian's packages (takes a few minutes)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM and poppler's pdftoppm. Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium poppler-utils" >&2
echo "or set CHROMIUM_PATH to another Chromium binary." >&2
exit 1
