#!/usr/bin/env bash
# Runs the browser tests in WebKit (WebKitGTK MiniBrowser) through WebKitWebDriver under Xvfb.
# Needs Debian's webkit2gtk-driver and xvfb (apt-get install -y webkit2gtk-driver xvfb).
set -euo pipefail
command -v WebKitWebDriver >/dev/null || { echo "WebKit: install webkit2gtk-driver and xvfb (apt-get)"; exit 1; }
port=${SF_WEBKIT_PORT:-4445}
WebKitWebDriver --port="$port" >/tmp/webkitdriver.log 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT
sleep 1
SF_WEBKIT_PORT=$port SF_BROWSERS=webkit xvfb-run -a npx wtr "$@"
