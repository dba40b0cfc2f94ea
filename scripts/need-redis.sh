#!/usr/bin/env bash
# Makes sure Debian's redis-server and redis-cli are here (the Redis Cluster tests start six of them);
# installs redis-server and redis-tools with apt when run as root, else says how.
set -euo pipefail
if [ -x /usr/bin/redis-server ] && [ -x /usr/bin/redis-cli ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing redis-server and redis-tools for the Redis Cluster tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server redis-tools >/dev/null
else
  echo "The Redis Cluster tests need Redis: sudo apt-get install redis-server redis-tools" >&2
  exit 1
fi
