#!/usr/bin/env bash
# Fault scenario 6 on demand: a Redis Cluster of three masters and three replicas on loopback (Debian's
# redis-server and redis-cli), the storage contract against it, then two Rapport processes under Slack traffic
# while the master holding their workspace is killed with SIGKILL. Prints a [fault] line with the figures
# (docs/RELIABILITY.md). Longer runs: -Drapport.fault.afterSeconds=60 -Drapport.fault.reminders=2000.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/need-redis.sh

exec ./mvnw -B -ntp -pl app -am verify -Pcluster "$@"
