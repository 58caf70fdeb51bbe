#!/usr/bin/env bash
# Times `dyadwatch query` end to end (process start, store open, query, printing) on a store,
# typically the 1M-event store that build/store_bench fills:
#   build/store_bench --db /tmp/bench.db --events 1000000
#   bench/store_query.sh build/dyadwatch /tmp/bench.db [RUNS]
# Prints the median, min and max wall time of RUNS runs (default 9) per command.
set -euo pipefail
BIN=${1:?usage: store_query.sh DYADWATCH_BINARY STORE [RUNS]}
DB=${2:?usage: store_query.sh DYADWATCH_BINARY STORE [RUNS]}
RUNS=${3:-9}

time_command() {
  local label=$1
  shift
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median min max
  median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
  min=$(echo "$sorted" | head -n 1)
  max=$(echo "$sorted" | tail -n 1)
  awk -v l="$label" -v a="$median" -v b="$min" -v c="$max" -v n="$RUNS" \
    'BEGIN { printf "%-66s median %7.1f ms  (min %.1f, max %.1f, %d runs)\n", l, a / 1000, b / 1000, c / 1000, n }'
}

time_command "dyadwatch version (process start only)" "$BIN" version
time_command "query dyad USA CHN" "$BIN" query dyad USA CHN --db "$DB"
time_command "query dyad USA CHN --by week --from 2016-03-15 --to 2023-08-20" \
  "$BIN" query dyad USA CHN --by week --from 2016-03-15 --to 2023-08-20 --db "$DB"
time_command "query dyad USAGOV CHNGOV --by day" "$BIN" query dyad USAGOV CHNGOV --by day --db "$DB"
time_command "query top" "$BIN" query top --db "$DB"
time_command "query top --from 2016-03-15 --to 2023-08-20" "$BIN" query top --from 2016-03-15 --to 2023-08-20 --db "$DB"
time_command "query top --conflict --from 2019-06 --to 2019-06" "$BIN" query top --conflict --from 2019-06 --to 2019-06 --db "$DB"
time_command "query top --full --format json" "$BIN" query top --full --format json --db "$DB"
time_command "query top --full --from 2016-03-15 --to 2023-08-20" "$BIN" query top --full --from 2016-03-15 --to 2023-08-20 --db "$DB"
time_command "query top --full --from 2019-01-01 --to 2020-12-31" "$BIN" query top --full --from 2019-01-01 --to 2020-12-31 --db "$DB"
time_command "query top --from 2019 --to 2019 --trend" "$BIN" query top --from 2019 --to 2019 --trend --db "$DB"
time_command "query actor USA" "$BIN" query actor USA --db "$DB"
time_command "query events --source USA --target CHN --root 19 --limit 20" "$BIN" query events --source USA --target CHN --root 19 --limit 20 --db "$DB"
