#!/usr/bin/env bash
# claim-tracker on one machine, without Docker: builds what is needed, starts Kafka and the MongoDB stand-in
# in-process (local-infra), then ingest-, extract- and query-service, imports seeds/ and prints the URLs.
# Ctrl-C (or SIGTERM) stops everything. Data lives under $DATA_DIR (default ./data); delete it to start afresh.
#
# Environment (defaults): QUERY_PORT (8080), INGEST_PORT (8081), EXTRACT_PORT (8082), KAFKA_PORT (9092),
# MONGO_PORT (27017), DATA_DIR (./data), JAVA_OPTS (-Xmx256m), IMPORT (seeds; empty to import nothing).
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD

export QUERY_PORT=${QUERY_PORT:-8080}
export INGEST_PORT=${INGEST_PORT:-8081}
export EXTRACT_PORT=${EXTRACT_PORT:-8082}
export KAFKA_PORT=${KAFKA_PORT:-9092}
export MONGO_PORT=${MONGO_PORT:-27017}
export DATA_DIR=${DATA_DIR:-$ROOT/data}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
IMPORT=${IMPORT-seeds}

export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT
export MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/claimtracker

LOGS=$DATA_DIR/logs
JARS=(local-infra/target/local-infra-exec.jar ingest-service/target/ingest-service.jar
      extract-service/target/extract-service.jar query-service/target/query-service.jar)
PIDS=()

say() { printf '[run-local] %s\n' "$*" >&2; }

stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    say "stopping..."
    # services first, the infrastructure last, so nobody loses its broker mid-shutdown
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
      kill "${PIDS[i]}" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "${PIDS[i]}" 2>/dev/null || break; sleep 0.1; done
      kill -9 "${PIDS[i]}" 2>/dev/null || true
    done
    say "stopped"
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for p in QUERY_PORT INGEST_PORT EXTRACT_PORT KAFKA_PORT MONGO_PORT; do
  if port_in_use "${!p}"; then
    say "port ${!p} is already in use: stop what uses it, or choose another with $p=..."
    exit 1
  fi
done

needs_build() {
  for jar in "${JARS[@]}"; do
    [ -f "$jar" ] || return 0
  done
  # any source or pom newer than the oldest jar
  [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$(ls -tr "${JARS[@]}" | head -1)" -type f -print -quit)" ]
}

if needs_build; then
  say "building (./mvnw package -DskipTests); the first build downloads dependencies and takes a few minutes"
  ./mvnw -B -q package -DskipTests
fi

mkdir -p "$LOGS"
started=$(date +%s)

# start NAME JAR [ARGS...]: runs a jar in the background, output to $LOGS/NAME.log
start() {
  local name=$1 jar=$2
  shift 2
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" "$@" >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
}

fail() {
  say "$1 (log: $2)"
  tail -n 30 "$2" >&2 || true
  exit 1
}

# wait_for NAME LOG PID CHECK: until CHECK succeeds, or the process dies, or 120 s pass
wait_for() {
  local name=$1 log=$2 pid=$3 check=$4
  for _ in $(seq 1 600); do
    if eval "$check"; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "$name exited" "$log"
    sleep 0.2
  done
  fail "$name did not become ready in 120 s" "$log"
}

say "starting Kafka (127.0.0.1:$KAFKA_PORT) and MongoDB stand-in (127.0.0.1:$MONGO_PORT), data in $DATA_DIR"
start local-infra local-infra/target/local-infra-exec.jar
wait_for local-infra "$LOGS/local-infra.log" "${PIDS[0]}" "grep -q 'local-infra ready:' '$LOGS/local-infra.log'"

say "starting ingest-service, extract-service, query-service"
start ingest-service ingest-service/target/ingest-service.jar
start extract-service extract-service/target/extract-service.jar
start query-service query-service/target/query-service.jar
healthy() { curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; }
wait_for ingest-service "$LOGS/ingest-service.log" "${PIDS[1]}" "healthy $INGEST_PORT"
wait_for extract-service "$LOGS/extract-service.log" "${PIDS[2]}" "healthy $EXTRACT_PORT"
wait_for query-service "$LOGS/query-service.log" "${PIDS[3]}" "healthy $QUERY_PORT"
say "ready in $(($(date +%s) - started)) s"

if [ -n "$IMPORT" ]; then
  say "importing $IMPORT"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar ingest-service/target/ingest-service.jar import $IMPORT || say "import reported problems (see above)"
fi

cat >&2 <<EOF

claim-tracker is running (logs in $LOGS). Try:
  curl 'http://localhost:$QUERY_PORT/api/v1/claims?speaker=Richard%20Moore'
  curl 'http://localhost:$QUERY_PORT/api/v1/speakers'
  curl -N 'http://localhost:$QUERY_PORT/api/v1/stream/claims'
  curl -H 'Content-Type: application/json' -d '{"text": "..."}' http://localhost:$INGEST_PORT/api/v1/articles
  Kafka: $KAFKA_BOOTSTRAP_SERVERS (topic articles.raw)   MongoDB: $MONGODB_URI
Press Ctrl-C to stop.
EOF

# wait returns when any service ends; a dead service is worth saying
while true; do
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[i]}" 2>/dev/null; then
      say "a process stopped unexpectedly: ${JARS[i]} (logs in $LOGS)"
      exit 1
    fi
  done
  sleep 1
done
