#!/usr/bin/env bash
# contrib/nginx.conf in front of a real server (issue 10): every answer carries beredt's
# security headers once, nginx's own error pages included, a page's own headers pass
# unchanged, the upload routes take more than 256 KiB and other routes do not, and the
# client's address reaches beredt through the trusted proxy. TAP.
#   tests/integration/nginx.sh BEREDT DB_URL
set -u
B=$1 DB=$2
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
T=$(mktemp -d /tmp/beredt-nginx.XXXXXX)
n=0 failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -20 | sed 's/^/#   /'; }
server=""; ngx=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$ngx" ] && kill "$ngx" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

[ -x "$NGINX" ] || { echo "not ok 1 - nginx is not installed (scripts/install-deps)"; echo "1..1"; exit 1; }
export BEREDT_USER=test
"$B" --db "$DB" init >/dev/null && "$B" --db "$DB" demo >/dev/null || { echo "not ok 1 - init"; echo "1..1"; exit 1; }
bport=$(free_port) nport=$(free_port)
"$B" --db "$DB" serve --listen "127.0.0.1:$bport" --base-url "http://127.0.0.1:$nport" --trusted-proxy 127.0.0.1 \
  --check-interval 0 >"$T/serve.log" 2>&1 &
server=$!
# the example as it is, with TLS swapped for a loopback port and the proxy include inlined
python3 - "$T" "$nport" "$bport" <<'PY'
import re, sys
t, nport, bport = sys.argv[1:]
s = open("contrib/nginx.conf").read()
s = re.sub(r"server \{\n    listen 80;.*?\n\}\n", "", s, flags=re.S)
s = s.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{nport};")
s = re.sub(r"\n    ssl_[^\n]*", "", s)
inc = re.search(r"# /etc/nginx/beredt-proxy.conf:\n((?:#   [^\n]*\n)+)", s).group(1)
inc = "".join(l[4:].split("#")[0].strip() + " " for l in inc.splitlines())
s = s.replace("include /etc/nginx/beredt-proxy.conf;", inc).replace("127.0.0.1:8080", f"127.0.0.1:{bport}")
paths = " ".join(f"{k}_temp_path {t};" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
open(f"{t}/nginx.conf", "w").write(f"daemon off; pid {t}/nginx.pid; error_log {t}/error.log; events {{}}\n"
                                    f"http {{ access_log off; {paths}\n{s}\n}}\n")
PY
if "$NGINX" -t -q -c "$T/nginx.conf" -p "$T" 2>"$T/t.log"; then ok "contrib/nginx.conf is valid nginx"; else not_ok "contrib/nginx.conf is valid nginx" "$(cat "$T/t.log")"; fi
"$NGINX" -c "$T/nginx.conf" -p "$T" 2>>"$T/error.log" &
ngx=$!
for _ in $(seq 50); do grep -q lytter "$T/serve.log" && curl -s -o /dev/null "http://127.0.0.1:$nport/login" && break; sleep 0.1; done
base="http://127.0.0.1:$nport"

headers=(Content-Security-Policy X-Content-Type-Options Referrer-Policy X-Frame-Options Cross-Origin-Opener-Policy Permissions-Policy Cache-Control Strict-Transport-Security)
once_each() {   # once_each NAME FILE: every header exactly once
  local missing=""
  for h in "${headers[@]}"; do
    [ "$(grep -ci "^$h:" "$2")" -eq 1 ] || missing+="$h ($(grep -ci "^$h:" "$2")) "
  done
  if [ -z "$missing" ]; then ok "$1: every security header, once"; else not_ok "$1: every security header, once" "$missing$(cat "$2")"; fi
}
curl -s -D "$T/h1" -o /dev/null "$base/login"; once_each "a page of beredt's through nginx" "$T/h1"
python3 -c "
import socket, sys
s = socket.create_connection(('127.0.0.1', $nport)); s.sendall(b'GARBAGE\r\n\r\n')
sys.stdout.write(s.recv(4000).decode().split('\r\n\r\n')[0].replace('\r', ''))" > "$T/h2"
grep -q "^HTTP/1.1 400" "$T/h2" && once_each "nginx's own 400 for a malformed request" "$T/h2" || not_ok "nginx answers a malformed request with 400" "$(cat "$T/h2")"
curl -s -D "$T/h3" -o /dev/null -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' a)" "$base/login"
grep -q "^HTTP/1.1 4" "$T/h3" && once_each "nginx's own answer to a header too large" "$T/h3" || not_ok "nginx refuses a header too large" "$(head -3 "$T/h3")"
curl -s -D "$T/h4" -o /dev/null "$base/static/style.css"
if grep -qi "^Cache-Control: public, max-age=3600" "$T/h4" && [ "$(grep -ci '^Cache-Control:' "$T/h4")" -eq 1 ]; then
  ok "a header beredt sets itself passes unchanged (the style sheet may be cached)"
else not_ok "a header beredt sets itself passes unchanged" "$(cat "$T/h4")"; fi
head -c 400000 /dev/zero | tr '\0' a > "$T/big"
code=$(curl -s -o /dev/null -w '%{http_code}' --data-binary @"$T/big" -H 'Content-Type: application/x-www-form-urlencoded' "$base/login")
[ "$code" = 413 ] && ok "a body over 256 KiB to /login is refused by nginx (413)" || not_ok "a body over 256 KiB to /login is refused (413)" "got $code"
# beredt itself refuses the upload from someone not logged in; what matters here is that
# nginx lets it through to beredt (nginx's own 413 names nginx)
curl -s -o "$T/up" -F "file=@$T/big" "$base/ros/import"
if ! grep -q "<center>nginx" "$T/up"; then ok "the upload route takes more than 256 KiB through nginx to beredt"
else not_ok "the upload route takes more than 256 KiB through nginx to beredt" "$(head -5 "$T/up")"; fi
# the client's own address (X-Forwarded-For from the trusted proxy) is what the login
# limiter counts: one client's failures lock that client out, not the next one behind nginx
tok=$("$B" --db "$DB" --kommune 3499 user add --email nginx@granheim.no --role les --base-url "$base" | grep -o 'token=[A-Za-z0-9_-]*' | cut -d= -f2)
out=$(python3 - "$base" "$tok" <<'PY'
import os, sys
sys.path.insert(0, os.path.join("tests", "http"))
from beredt_http import Client, enroll_at
base, tok = sys.argv[1:]
pw = "korrekt hest batteri stift"
enroll_at(base, tok, pw)
def login(addr, password, email="nginx@granheim.no", claim=None):
    # from its own loopback address to nginx; 'claim' is an X-Forwarded-For the client
    # sends itself, which nginx passes on and beredt must not believe
    return Client(base, addr).post("/login", {"email": email, "password": password}, csrf=False,
                                   headers={"X-Forwarded-For": claim} if claim else {}).status
for _ in range(6):      # another account's, so that no account is locked, only the address
    login("127.1.200.1", "feil passord her", "ingen@granheim.no")
print(login("127.1.200.1", pw), login("127.1.200.1", pw, claim="10.9.9.9"), login("127.1.200.2", pw))
PY
)
[ "$out" = "401 401 303" ] && ok "the login limiter locks the failing client behind nginx (also when it claims another address), and only that client" \
  || not_ok "the login limiter locks the failing client behind nginx, and only that client" "got $out (want 401 401 303)"
echo "1..$n"
[ "$failed" -eq 0 ]
