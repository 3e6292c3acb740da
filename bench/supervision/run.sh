#!/usr/bin/env bash
# Server-side p95 of the supervision queries over HTTP: 20 requests each (after 3 warm-up requests) of
#   1. the province dashboard for a quarter (kpis + trend + bottlenecks): GET /api/v1/statistics/dashboard
#   2. the overdue list's first page:                                     GET /api/v1/statistics/overdue
#   3. the summary by unit for a month:                                   GET /api/v1/statistics/summary?groupBy=unit
# The server's own time is read from each answer's Server-Timing header (db;dur=<ms>), so client and network time
# do not count. Usage: bench/supervision/run.sh [base-url] [unit] [quarter] [month-first-day] [month-last-day]
set -euo pipefail

BASE=${1:-http://127.0.0.1:8099}
UNIT=${2:-000.00.00.H29}
QUARTER=${3:-2026-Q3}
FROM=${4:-2026-10-01}
TO=${5:-2026-10-31}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-3}

measure() {
  local name=$1 url=$2
  local times=()
  for i in $(seq 1 $((WARMUP + RUNS))); do
    local headers status dur
    if ! headers=$(curl -s --max-time 60 -D - -o /dev/null -H 'Accept: application/json' "$url"); then
      echo "$name: request failed (curl exit $?) for $url" >&2
      exit 1
    fi
    status=$(printf '%s' "$headers" | head -1 | awk '{print $2}')
    if [ "$status" != "200" ]; then
      echo "$name: HTTP $status for $url" >&2
      exit 1
    fi
    dur=$(printf '%s' "$headers" | tr -d '\r' | grep -i '^server-timing:' | sed -E 's/.*dur=([0-9.]+).*/\1/')
    if [ "$i" -gt "$WARMUP" ]; then
      times+=("$dur")
    fi
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v name="$name" '
    { t[NR] = $1; sum += $1 }
    END {
      p95 = t[int(0.95 * NR + 0.999999)]   # nearest rank
      printf "%-34s n=%d  min=%7.1f ms  median=%7.1f ms  p95=%7.1f ms  max=%7.1f ms\n",
             name, NR, t[1], t[int((NR + 1) / 2)], p95, t[NR]
    }'
}

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ)  base=$BASE unit=$UNIT quarter=$QUARTER month=$FROM..$TO"
echo "# load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "dashboard (quarter)" "$BASE/api/v1/statistics/dashboard?unit=$UNIT&period=$QUARTER"
measure "overdue list (first page)" "$BASE/api/v1/statistics/overdue?unit=$UNIT&page=0&size=20"
measure "summary groupBy=unit (month)" "$BASE/api/v1/statistics/summary?unit=$UNIT&from=$FROM&to=$TO&groupBy=unit"
