#!/usr/bin/env bash
# Benchmark (issue 10): does beredt slow down as history grows? 200 sessions, each request
# the next session's: 80 % read the dashboard, 20 % save an answer (a new version), for
# SECONDS (60) with wrk at 200 connections; run twice on the same database (the second
# run starts with the first run's history), beside a read-only run on the fresh database.
# Prints requests and answers per second, median and p99 for each run, and the second
# run's figures against the first's. Never fails on a timing.
#   bench/history.sh [SECONDS] [DB_URL]
# Aim: p99 under 100 ms in both runs on SQLite; the second run no slower than the first by
# more than 20 %.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-60}
SESSIONS=200

. bench/lib.sh
bench_prepare
tmp=$(mktemp -d /tmp/beredt-history.XXXXXX)
DB=${2:-sqlite:$tmp/bench.db}
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

export BEREDT_USER=bench
$B --db "$DB" init >/dev/null
$B --db "$DB" demo >/dev/null
port=$(free_port)
base="http://127.0.0.1:$port"
# wrk is the "proxy": every session has its own X-Forwarded-For, as behind nginx
"$B" --db "$DB" serve --listen "127.0.0.1:$port" --threads "${BENCH_THREADS:-16}" --trusted-proxy 127.0.0.1 \
  --check-interval 0 > "$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q lytter "$tmp/serve.log" && break; sleep 0.1; done
echo "Enrolling $SESSIONS users ..." >&2
python3 bench/sessions.py "$B" "$DB" 3499 "$base" "$SESSIONS" > "$tmp/sessions"

versions() {
  $B --db "$DB" --kommune 3499 export 2>/dev/null |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(len(a["versions"]) for r in d["rounds"] for a in r["answers"]))'
}
uncached() {   # the dashboard's own time, just after a change (the cache is empty)
  local cookie; cookie=$(head -1 "$tmp/sessions" | cut -d' ' -f1)
  $B --db "$DB" --kommune 3499 assess set 1a --owner "Ny eier $RANDOM" >/dev/null
  curl -s -o /dev/null -w '%{time_total}' -H "Cookie: beredt=$cookie" "$base/oversikt" |
    awk '{ printf "%.1f ms", $1 * 1000 }'
}
run() {   # run NAME WRITES%
  local out
  out=$(BENCH_SESSIONS="$tmp/sessions" BENCH_WRITES=$2 BENCH_ORIGIN="$base" \
        wrk -t2 -c$SESSIONS -d"${SECONDS_RUN}s" --timeout 30s -s bench/history.lua "$base/")
  read -r rps aps p50 p99 bad writes <<<"$(echo "$out" | awk '/^RESULT/ {print $2, $3, $4, $5, $6, $7}')"
  printf '%-22s %10s %10s %10s %10s %8s %16s %12s\n' "$1" "$rps" "$aps" "$p50" "$p99" "$bad" "$(versions)" "$(uncached)"
  eval "${3}_rps=$rps ${3}_p99=$p99"
}

echo
echo "$SESSIONS sessions, wrk at $SESSIONS connections, ${SECONDS_RUN} s a run, beredt with ${BENCH_THREADS:-16} threads on ${DB%%:*}; $(nproc) cores."
echo "Read: the dashboard of the session's user. Write: saving an answer (a new version of it)."
echo
printf '%-22s %10s %10s %10s %10s %8s %16s %12s\n' "" "req/s" "answers/s" "p50 ms" "p99 ms" "errors" "answer versions" "dashboard*"
printf '%-22s %10s %10s %10s %10s %8s %16s %12s\n' "before" "" "" "" "" "" "$(versions)" "$(uncached)"
run "read-only" 0 ro
run "80/20, first run" 20 first
run "80/20, second run" 20 second
echo
echo "* the dashboard's time just after a change, when it is rendered anew (one request, no load)."
awk -v a="$first_p99" -v b="$second_p99" -v c="$first_rps" -v d="$second_rps" -v r="$ro_p99" 'BEGIN {
  printf "second run against the first: p99 %.2f×, requests/s %.2f× (aim: no more than 20 %% slower)\n", b / a, d / c
  printf "read-only p99 %.1f ms; 80/20 p99 %.1f ms and %.1f ms (aim: under 100 ms in both runs)\n", r, a, b }'
