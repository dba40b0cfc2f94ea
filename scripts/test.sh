#!/usr/bin/env bash
# Runs Rapport's whole test suite: unit tests, storage tests against a real Redis (embedded unless
# REDIS_URL is set) and a six-node Redis Cluster, end-to-end tests against the built jar, the web chat in
# headless Chromium, and a Teams personal chat in the Microsoft 365 Agents Playground (also headless Chromium).
# On a fresh machine it first installs what those need (Debian's chromium, redis-server and redis-tools, the
# e2e npm packages).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the web chat browser test…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser test needs Chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi
scripts/need-redis.sh
if ! command -v node >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "The browser test needs Node.js: sudo apt-get install nodejs npm" >&2
    exit 1
  fi
fi
if [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/@microsoft/m365agentsplayground ]; then
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi

exec ./mvnw -B -ntp verify "$@"
