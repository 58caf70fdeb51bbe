#!/usr/bin/env bash
# End-to-end throughput of `dyadwatch code`: MB/s, sentences/s, events/s and peak RSS, median of
# N runs, per thread count, on the bundled Wikinews sample and (when present) the UN General
# Debate corpus. Prints a Markdown table (paste it into docs/PERFORMANCE.md).
#
# Usage: bench/throughput.sh [--build DIR] [--limit MB] [--runs N] [--threads "1 2"] [--un FILE]
#   --limit MB  code only the first MB megabytes of the UN corpus (decompressed once, up front,
#               cut at a line end), instead of streaming the whole .zst through the reader.
#
# Rates use the pipeline time dyadwatch reports (reading + coding + writing, after the dictionaries
# are loaded); "wall" is the whole process including dictionary loading; "MB per CPU-s" divides by
# the process's user+system CPU time (including loading), which stays meaningful on a busy shared
# machine where wall-clock rates do not. Peak RSS comes from /usr/bin/time -v, or (when GNU time
# is not installed) bash's `time` plus polling /proc/PID/status (VmHWM).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build"
LIMIT_MB=""
RUNS=3
THREADS="1 2"
UN="$ROOT/../shared/bench/ungdc-1946-2024.jsonl.zst"
while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=$2; shift 2 ;;
    --limit) LIMIT_MB=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --un) UN=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "throughput.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
BIN="$BUILD/dyadwatch"
[ -x "$BIN" ] || { echo "throughput.sh: $BIN not found (build first)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# One run: prints "pipeline_s wall_s peak_rss_kib mb sentences events documents cpu_s".
run_once() {
  local threads=$1 input=$2 err="$TMP/stderr" wall rss cpu
  if [ -x /usr/bin/time ] && [ -z "${DYADWATCH_BENCH_NO_GNU_TIME:-}" ]; then
    /usr/bin/time -v -o "$TMP/time" "$BIN" code --threads "$threads" -o /dev/null "$input" 2>"$err"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
             for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$TMP/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$TMP/time")
  else
    # bash's `time` gives wall and CPU seconds; peak RSS is polled from /proc (VmHWM).
    local sub child hwm
    { TIMEFORMAT="%R %U %S"; time "$BIN" code --threads "$threads" -o /dev/null "$input" 2>"$err"; } \
        2>"$TMP/time" &
    sub=$!
    rss=0
    while kill -0 "$sub" 2>/dev/null; do
      for child in $(cat "/proc/$sub/task/$sub/children" 2>/dev/null); do
        hwm=$(awk '/VmHWM/ {print $2}' "/proc/$child/status" 2>/dev/null || true)
        [ -n "$hwm" ] && [ "$hwm" -gt "$rss" ] && rss=$hwm
      done
      sleep 0.05
    done
    wait "$sub"
    read -r wall user sys < <(tail -n 1 "$TMP/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
  fi
  # documents: read R, coded C, rejected X; sentences S; events E; MB M in T s (... MB/s)
  local line
  line=$(grep '^documents: read' "$err" | tail -n 1)
  [ -n "$line" ] || { echo "throughput.sh: no summary line from dyadwatch:" >&2; cat "$err" >&2; exit 1; }
  echo "$line" | awk -v wall="$wall" -v rss="$rss" -v cpu="$cpu" '{
      gsub(/[,;()]/, " ");
      for (i = 1; i <= NF; i++) {
        if ($i == "coded") docs = $(i + 1);
        if ($i == "sentences") sent = $(i + 1);
        if ($i == "events") ev = $(i + 1);
        if ($i == "MB" && mb == "") { mb = $(i + 1); secs = $(i + 3) }
      }
      print secs, wall, rss, mb, sent, ev, docs, cpu }'
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

bench_corpus() {
  local name=$1 input=$2 threads r
  for threads in $THREADS; do
    : > "$TMP/runs"
    for r in $(seq "$RUNS"); do run_once "$threads" "$input" >> "$TMP/runs"; done
    local secs wall rss mb sent ev docs cpu
    secs=$(cut -d' ' -f1 "$TMP/runs" | median)
    wall=$(cut -d' ' -f2 "$TMP/runs" | median)
    rss=$(cut -d' ' -f3 "$TMP/runs" | median)
    cpu=$(cut -d' ' -f8 "$TMP/runs" | median)
    read -r _ _ _ mb sent ev docs _ < "$TMP/runs"
    awk -v n="$name" -v t="$threads" -v s="$secs" -v w="$wall" -v r="$rss" -v mb="$mb" \
        -v se="$sent" -v ev="$ev" -v d="$docs" -v c="$cpu" 'BEGIN {
      if (s <= 0) s = 1e-9;
      if (c <= 0) c = 1e-9;
      printf "| %s | %d | %s | %.1f | %d | %d | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f | %.0f | %.0f |\n",
             n, t, d, mb, se, ev, s, w, c, mb / s, mb / c, se / s, ev / s, r / 1024 }'
  done
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
echo "binary:  $BIN ($("$BIN" version)); median of $RUNS runs"
echo
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average before the runs)"
echo
echo "| corpus | threads | docs | MB | sentences | events | pipeline s | wall s | CPU s | MB/s | MB per CPU-s | sentences/s | events/s | peak RSS MiB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
bench_corpus "wikinews sample" "$ROOT/data/sample/wikinews-2019-2020.jsonl"
if [ -f "$UN" ]; then
  if [ -n "$LIMIT_MB" ]; then
    command -v zstd >/dev/null || { echo "throughput.sh: --limit needs the zstd command" >&2; exit 2; }
    # Cut at the last complete line so the benchmark does not end on a broken record.
    zstd -dc "$UN" 2>/dev/null | head -c "$((LIMIT_MB * 1000000))" | sed '$ { /}[[:space:]]*$/!d }' > "$TMP/un.jsonl" || true
    bench_corpus "UN debates (first $LIMIT_MB MB)" "$TMP/un.jsonl"
  else
    bench_corpus "UN debates 1946-2024 (.zst)" "$UN"
  fi
else
  echo
  echo "(UN corpus $UN not found: skipped)"
fi
