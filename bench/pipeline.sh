#!/usr/bin/env bash
# Throughput of the whole claim pipeline: articles.raw -> extract-service stage 1 (engine, articles, speakers) ->
# claims.appearances -> stage 2 (clustering into claims) -> MongoDB + claims.changes.
#
# Starts local-infra (Kafka + MongoDB stand-in) on spare ports with a temporary DATA_DIR, then extract-service
# (-Xmx256m, configured through the environment variables of its application.yml), both under JFR; produces the
# articles slice by slice and waits after each slice until both stages have committed all of it; then reports
# articles/s, statements and claim writes per second per slice with the store's size at that point, CPU time and
# RSS of both processes, and where each process spent its CPU. Everything it started is stopped on exit.
#
#   bench/pipeline.sh [--articles 10000] [--corpus DIR] [--slice 1000] [--out DIR] [--concurrency 1]
#                     [--partitions 4] [--max-minutes 0] [--probes 20] [--texts 0] [--stall-minutes 10] [--no-jfr] [--keep] [--build]
#
# --corpus: a folder of .txt (or .html) articles, e.g. ../shared/eval/polnear/train/text (PolNeAR file names
#   give outlet and date). The texts are read at run time, never copied. With more articles than texts, the
#   texts are re-used verbatim under new URLs (new article ids, outlet "<outlet>-syndicated-<round>"), so every
#   statement re-appears and stage 2 joins it to the claim already stored. Default: seeds/.
# --max-minutes: stop producing after the slice that ends past this many minutes (0: no limit) and report what
#   was measured: on the MongoDB stand-in the cost per article grows with the store (see docs/performance.md).
# --texts N: use only the first N corpus texts (sorted by name), so re-appearing claims start after N articles.
# --stall-minutes: give up when for this long no offset is committed and no claim changes (a consumer that keeps
#   losing its partitions redoes the same batch forever); the report says so.
# --probes: after each slice, replay stage 2's candidate lookup for this many stored statements and time it.
# --out: where the report (pipeline.md, profile-*.md, slices.csv, timeline.csv, *.jfr, logs) goes;
#   default bench/results/<time>.   --keep: keep the temporary DATA_DIR.   --build: rebuild the two jars first.
# Environment: JAVA_OPTS for extract-service (default -Xmx256m), INFRA_JAVA_OPTS for local-infra (default -Xmx256m,
#   as run-local.sh gives it).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD

ARTICLES=10000
CORPUS=$ROOT/seeds
SLICE=1000
OUT=
CONCURRENCY=1
PARTITIONS=4
MAX_MINUTES=0
PROBES=20
TEXTS=0
STALL=10
JFR=1
KEEP=0
BUILD=0
while [ $# -gt 0 ]; do
  case $1 in
    --articles) ARTICLES=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --slice) SLICE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --partitions) PARTITIONS=$2; shift 2 ;;
    --max-minutes) MAX_MINUTES=$2; shift 2 ;;
    --probes) PROBES=$2; shift 2 ;;
    --texts) TEXTS=$2; shift 2 ;;
    --stall-minutes) STALL=$2; shift 2 ;;
    --no-jfr) JFR=0; shift ;;
    --keep) KEEP=1; shift ;;
    --build) BUILD=1; shift ;;
    -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
INFRA_JAVA_OPTS=${INFRA_JAVA_OPTS:--Xmx256m}
CORPUS=$(cd "$CORPUS" && pwd)
OUT=${OUT:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

say() { printf '[bench] %s\n' "$*" >&2; }

INFRA_JAR=local-infra/target/local-infra-exec.jar
EXTRACT_JAR=extract-service/target/extract-service.jar
if [ "$BUILD" = 1 ] || [ ! -f "$INFRA_JAR" ] || [ ! -f "$EXTRACT_JAR" ]; then
  say "building local-infra and extract-service (./mvnw package -DskipTests)"
  ./mvnw -B -q package -DskipTests -pl local-infra,extract-service -am
fi

# a jar older than its sources measures old code: say so in the report (--build rebuilds)
STALE=
if [ -n "$(find contracts/src/main extract-service/src/main -newer "$EXTRACT_JAR" -type f -print -quit 2>/dev/null)" ] \
   || [ -n "$(find local-infra/src/main -newer "$INFRA_JAR" -type f -print -quit 2>/dev/null)" ]; then
  STALE=" (STALE: sources changed since the build; rerun with --build)"
  say "warning: a jar is older than its sources; --build rebuilds them"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/claim-tracker-bench.XXXXXX")
INFRA_PID=
EXTRACT_PID=

# stop PID: TERM, up to 20 s to exit cleanly, then KILL
stop() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  trap - INT TERM EXIT
  stop "$EXTRACT_PID"   # the service first, so it does not lose its broker mid-shutdown
  stop "$INFRA_PID"
  cp "$WORK"/*.log "$OUT"/ 2>/dev/null || true
  # a run that failed before the profiles keeps its recordings (written at exit by dumponexit)
  for f in "$WORK"/*.jfr; do
    [ -e "$f" ] && [ ! -e "$OUT/$(basename "$f")" ] && cp "$f" "$OUT"/ || true
  done
  if [ "$KEEP" = 1 ]; then say "data kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# the jars are copied, so a rebuild in the working tree during the run changes nothing under the benchmark
cp "$INFRA_JAR" "$EXTRACT_JAR" "$WORK"/
mkdir -p "$WORK/lib"
( cd "$WORK/lib" && jar tf ../extract-service.jar \
    | grep -E '^BOOT-INF/lib/(kafka-clients|mongodb-driver|bson|slf4j-api|contracts|lz4|snappy|zstd)-[^/]*\.jar$' \
    | xargs jar xf ../extract-service.jar )
CP="$WORK/lib/BOOT-INF/lib/*"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
spare_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    port_in_use "$p" || { echo "$p"; return; }
  done
}
KAFKA_PORT=$(spare_port)
MONGO_PORT=$(spare_port)
EXTRACT_PORT=$(spare_port)
while [ "$MONGO_PORT" = "$KAFKA_PORT" ]; do MONGO_PORT=$(spare_port); done
while [ "$EXTRACT_PORT" = "$KAFKA_PORT" ] || [ "$EXTRACT_PORT" = "$MONGO_PORT" ]; do EXTRACT_PORT=$(spare_port); done

jfr_opt() { # jfr_opt NAME: a JFR recording with the 'profile' settings (10 ms CPU samples), dumped by jcmd at the end
  [ "$JFR" = 1 ] && echo "-XX:StartFlightRecording=name=bench,settings=profile,filename=$WORK/$1.jfr,dumponexit=true"
}

say "local-infra: kafka 127.0.0.1:$KAFKA_PORT, mongodb 127.0.0.1:$MONGO_PORT, data in $WORK/data"
# shellcheck disable=SC2046,SC2086
KAFKA_PORT=$KAFKA_PORT MONGO_PORT=$MONGO_PORT DATA_DIR=$WORK/data \
  java $INFRA_JAVA_OPTS $(jfr_opt local-infra) -jar "$WORK/local-infra-exec.jar" >"$WORK/local-infra.log" 2>&1 &
INFRA_PID=$!
for _ in $(seq 1 600); do
  grep -q 'local-infra ready:' "$WORK/local-infra.log" && break
  kill -0 "$INFRA_PID" 2>/dev/null || { tail -30 "$WORK/local-infra.log" >&2; say "local-infra exited"; exit 1; }
  sleep 0.2
done
grep -q 'local-infra ready:' "$WORK/local-infra.log" || { say "local-infra not ready in 120 s"; exit 1; }

say "extract-service: $JAVA_OPTS, EXTRACT_CONCURRENCY=$CONCURRENCY, TOPIC_PARTITIONS=$PARTITIONS"
# shellcheck disable=SC2046,SC2086
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MONGODB_URI=mongodb://127.0.0.1:$MONGO_PORT/claimtracker \
  EXTRACT_PORT=$EXTRACT_PORT EXTRACT_CONCURRENCY=$CONCURRENCY EXTRACT_GROUP_ID=extract-service \
  TOPIC_PARTITIONS=$PARTITIONS TOPIC_REPLICAS=1 \
  java $JAVA_OPTS $(jfr_opt extract-service) -jar "$WORK/extract-service.jar" >"$WORK/extract-service.log" 2>&1 &
EXTRACT_PID=$!

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); report in $OUT"
{
  echo "# Pipeline benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- command: bench/pipeline.sh --articles $ARTICLES --corpus $CORPUS --slice $SLICE --max-minutes $MAX_MINUTES --texts $TEXTS --concurrency $CONCURRENCY --partitions $PARTITIONS"
  echo "- code: HEAD $(git rev-parse --short HEAD 2>/dev/null || echo '?'); extract-service.jar built $(date -u -r "$EXTRACT_JAR" +%Y-%m-%dT%H:%M:%SZ), when the last commit touching extract-service or contracts was $(git log -1 --format=%h --until="$(date -u -r "$EXTRACT_JAR" +%Y-%m-%dT%H:%M:%SZ)" -- extract-service contracts 2>/dev/null || echo '?')$STALE"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- extract-service: $JAVA_OPTS, concurrency $CONCURRENCY, $PARTITIONS partitions; local-infra: $INFRA_JAVA_OPTS"
  echo
} >"$OUT/report.md"

MEASURE_RC=0
java -cp "$CP" "$ROOT/bench/PipelineBench.java" measure \
  --bootstrap "127.0.0.1:$KAFKA_PORT" --mongo "mongodb://127.0.0.1:$MONGO_PORT/claimtracker" \
  --corpus "$CORPUS" --articles "$ARTICLES" --slice "$SLICE" --out "$OUT" \
  --extract-pid "$EXTRACT_PID" --infra-pid "$INFRA_PID" --clock-ticks "$(getconf CLK_TCK)" \
  --max-minutes "$MAX_MINUTES" --probes "$PROBES" --texts "$TEXTS" --stall-minutes "$STALL" \
  2> >(grep -v -e '^SLF4J' >&2) || MEASURE_RC=$?
# measure writes the report also when a slice fails (exit 3): profile what was measured, then fail
[ -f "$OUT/pipeline.md" ] || { say "measure failed (exit $MEASURE_RC) before writing a report"; exit 1; }
cat "$OUT/pipeline.md" >>"$OUT/report.md"
{
  echo
  echo "extract-service log: $(grep -c 'poll timeout has expired' "$WORK/extract-service.log" || true) consumer poll" \
    "timeouts (max.poll.interval.ms exceeded), $(grep -c 'partitions lost' "$WORK/extract-service.log" || true)" \
    "times partitions lost, $(grep -c ' ERROR ' "$WORK/extract-service.log" || true) ERROR lines."
  grep -E 'poll timeout has expired|partitions lost' "$WORK/extract-service.log" | cut -c1-160 | sed 's/^/    /' || true
} >>"$OUT/report.md"

if [ "$JFR" = 1 ]; then
  for name in extract-service local-infra; do
    pid=$EXTRACT_PID; [ "$name" = local-infra ] && pid=$INFRA_PID
    # a process that has exited wrote its recording on the way out (dumponexit)
    jcmd "$pid" JFR.dump name=bench filename="$OUT/$name.jfr" >/dev/null 2>&1 \
      || cp "$WORK/$name.jfr" "$OUT/" 2>/dev/null || say "no JFR recording of $name"
  done
  since=$(cat "$OUT/measure-start-ms")
  # the samples taken while the bench probed the idle store are the probe's, not the pipeline's
  skip=(--skip "$OUT/probe-windows.csv")
  [ ! -f "$OUT/extract-service.jfr" ] || java -cp "$CP" "$ROOT/bench/PipelineBench.java" profile \
    --jfr "$OUT/extract-service.jfr" --since-ms "$since" "${skip[@]}" \
    --label extract-service --focus io.claimtracker. --out "$OUT/profile-extract-service.md" >/dev/null
  [ ! -f "$OUT/local-infra.jfr" ] || java -cp "$CP" "$ROOT/bench/PipelineBench.java" profile \
    --jfr "$OUT/local-infra.jfr" --since-ms "$since" "${skip[@]}" \
    --label local-infra --focus de.bwaldvogel.mongo.,org.h2.mvstore.MVMap,kafka.server. \
    --out "$OUT/profile-local-infra.md" >/dev/null
  { echo; echo "## Where the CPU went"; cat "$OUT"/profile-*.md 2>/dev/null; } >>"$OUT/report.md"
  say "JFR recordings: $OUT/*.jfr (open in JDK Mission Control, or: jfr print --events jdk.ExecutionSample FILE)"
fi
say "report: $OUT/report.md"
[ "$MEASURE_RC" = 0 ] || { say "the run failed part-way (see the report)"; exit "$MEASURE_RC"; }
