#!/usr/bin/env bash
# Benchmark: the dashboard of a logged-in user, 64 connections, with wrk; beside nginx
# serving the same bytes as a static file, in the same run, on the same machine.
# Prints requests per second, median and p99 latency for both, their ratio, and the
# server's peak memory during the run. Never fails on a timing.
#   bench/dashboard.sh [SECONDS]
# Aim (issue 3): at least half of nginx's requests per second, p99 under 20 ms, and
# under 50 MB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-10}
CONNS=64

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release >/dev/null
ninja -C build-bench >/dev/null
B=build-bench/beredt
tmp=$(mktemp -d /tmp/beredt-bench.XXXXXX)
DB=sqlite:$tmp/bench.db
server=""; ngx=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$ngx" ] && kill "$ngx" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A municipality with a full examination, two closed rounds before it, and an action plan
# of some 300 actions (the registers of issue 4 will add 300 systems' worth).
export BEREDT_USER=bench
$B --db "$DB" init >/dev/null
$B --db "$DB" tenant add --kommune 3442 --name "Benchvik kommune" --orgnr 974760673 >/dev/null
statuses=(ja delvis nei ukjent ikke-relevant)
for round in 1 2 3; do
  $B --db "$DB" assess start --title "Runde $round" >/dev/null
  i=0
  for m in 1a 1b 2a 2b 2c 3a 3b 3c 3d 4a 4b 4c 4d 5a 5b; do
    s=${statuses[$(( (i + round) % 5 ))]}
    $B --db "$DB" assess set "$m" --status "$s" --owner "Eier $i" --due 2027-0$(( round + 1 ))-15 \
      --evidence "Dokumentasjon for $m i runde $round" --plan "Plan for $m" >/dev/null
    i=$((i + 1))
  done
  [ "$round" -lt 3 ] && $B --db "$DB" assess close --approved-by "Leder" >/dev/null
done
for i in $(seq 1 290); do
  echo "INSERT INTO action (tenant_id, no, origin, title, owner, due, priority, status, version, created_at, changed_by, changed_at) VALUES (1, $((i + 100)), 'manuell', 'Tiltak $i for et system', 'Eier $i', '2027-0$(( i % 9 + 1 ))-1$(( i % 9 ))', 'middels', 'åpen', 1, '2026-11-28T10:00:00Z', 'bench', '2026-11-28T10:00:00Z');"
done > "$tmp/actions.sql"
sqlite3 "$tmp/bench.db" < "$tmp/actions.sql"

port=$(free_port)
"$B" --db "$DB" serve --listen "127.0.0.1:$port" --threads 4 > "$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q lytter "$tmp/serve.log" && break; sleep 0.1; done
base="http://127.0.0.1:$port"
token=$($B --db "$DB" user add --email bench@benchvik.no --role leder --base-url "$base" | grep -o 'token=[A-Za-z0-9_-]*' | cut -d= -f2)
cookie=$(python3 bench/session.py "$base" "$token")
curl -s -H "Cookie: beredt=$cookie" "$base/oversikt" > "$tmp/oversikt.html"
size=$(stat -c %s "$tmp/oversikt.html")
grep -q "Samlet beredskap" "$tmp/oversikt.html" || { echo "the dashboard did not render"; exit 1; }

nport=$(free_port)
mkdir -p "$tmp/www" "$tmp/nginx"
cp "$tmp/oversikt.html" "$tmp/www/oversikt"
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user nobody nogroup;"
chmod -R a+rX "$tmp"
cat > "$tmp/nginx/nginx.conf" <<NGX
$user_line
worker_processes auto;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx;
  proxy_temp_path $tmp/nginx;
  fastcgi_temp_path $tmp/nginx;
  uwsgi_temp_path $tmp/nginx;
  scgi_temp_path $tmp/nginx;
  server {
    listen 127.0.0.1:$nport;
    root $tmp/www;
    default_type "text/html; charset=utf-8";
  }
}
NGX
"$NGINX" -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" 2>/dev/null &
ngx=$!
sleep 0.5

run() {   # run NAME URL [HEADER]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t2 -c$CONNS -d${SECONDS_RUN}s --latency -H "$3" "$2")
  else
    out=$(wrk -t2 -c$CONNS -d${SECONDS_RUN}s --latency "$2")
  fi
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errs=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-16s %12s %10s %10s %s\n' "$1" "$rps" "$p50" "$p99" "${errs:+($errs non-2xx)}"
  eval "${1%% *}_rps=$rps"
}

echo "Dashboard of a logged-in user ($size bytes), $CONNS connections, ${SECONDS_RUN} s each, 2 wrk threads,"
echo "beredt with 4 threads on SQLite; nginx serving the same bytes from a file. $(nproc) cores."
echo
printf '%-16s %12s %10s %10s\n' "" "requests/s" "median" "p99"
echo 5 > "/proc/$server/clear_refs" 2>/dev/null || true      # measure the peak of this run only
run "beredt" "$base/oversikt" "Cookie: beredt=$cookie"
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
run "nginx" "http://127.0.0.1:$nport/oversikt"
echo
awk -v a="$beredt_rps" -v b="$nginx_rps" 'BEGIN { printf "beredt / nginx requests per second: %.2f (aim: at least 0.50)\n", a / b }'
echo "beredt peak resident memory during the run: $((peak / 1024)) MB (aim: under 50 MB)"
echo "p99 aim: under 20 ms."
