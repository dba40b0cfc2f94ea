#!/usr/bin/env bash
# Runs Rapport's benchmarks on demand and writes docs/PERFORMANCE.md. Not part of the test suite.
#   bench/run.sh                      all of them
#   bench/run.sh scheduler memory     some of them (ingest, teams, scheduler, dispatch, memory, startup, detection)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -Pbench -DskipTests package
# one core for the measuring thread where it matters (detection); the rest share the machine as they would
# the JDK's HTTP server reads sun.net.httpserver.nodelay once, when the first server of the JVM starts: set here, or
# a fake started before the fake Slack API (the Teams connector's) leaves Nagle's delay on every fake's answers
exec java -Dsun.net.httpserver.nodelay=true -Xms512m -Xmx2g -Drapport.root="$PWD" -jar bench/target/rapport-bench.jar "$@"
