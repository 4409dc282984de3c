#!/usr/bin/env bash
# Runs the browser tests in WebKit (WebKitGTK MiniBrowser) through WebKitWebDriver under Xvfb.
# Needs Debian's webkit2gtk-driver and xvfb (apt-get install -y webkit2gtk-driver xvfb).
# The driver starts MiniBrowser itself, so the driver (not only wtr) must run inside the X server:
# without a DISPLAY the browser never comes up and session creation hangs (UND_ERR_HEADERS_TIMEOUT).
set -euo pipefail
command -v WebKitWebDriver >/dev/null || { echo "WebKit: install webkit2gtk-driver and xvfb (apt-get)"; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "WebKit: install xvfb (apt-get)"; exit 1; }
  exec xvfb-run -a -s '-screen 0 1280x1024x24' bash "$0" "$@"
fi
port=${SF_WEBKIT_PORT:-4445}
WebKitWebDriver --port="$port" >/tmp/webkitdriver.log 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/status" >/dev/null 2>&1 && break; sleep 0.1; done
SF_WEBKIT_PORT=$port SF_BROWSERS=webkit npx wtr "$@"
