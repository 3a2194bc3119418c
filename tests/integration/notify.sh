#!/usr/bin/env bash
# Notification tests (issue 5): digests of findings by e-mail through a real SMTP server on
# loopback (Debian's python3-aiosmtpd, STARTTLS and login required) and by webhook (a
# local HTTP receiver that checks the HMAC signature), retries with back-off, an SMTP
# server that hangs or refuses, and the server's worker sending by itself.
#
# usage: notify.sh BEREDT DB_URL    (prints TAP)
set -u
B=$1 DB=$2
export BEREDT_TODAY=2026-11-28 BEREDT_NOW=2026-11-28T10:00:00Z BEREDT_USER=test BEREDT_LANG=
unset BEREDT_DB BEREDT_KOMMUNE BEREDT_SMTP_URL BEREDT_SMTP_USER BEREDT_SMTP_PASSWORD BEREDT_SMTP_FROM BEREDT_SMTP_CA
T=$(mktemp -d /tmp/beredt-notify.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$T"' EXIT
n=0 failed=0 out="" rc=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; printf '#   %s\n' "${@:2}"; }
run() { out=$("$B" --db "$DB" --kommune 3499 "$@" 2>&1); rc=$?; }
check_ok() { if [ "$rc" -eq 0 ]; then ok "$1"; else not_ok "$1" "exit $rc" "$out"; fi; }
check_fail() { if [ "$rc" -ne 0 ] && [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "exit $rc, wanted «$2»" "$out"; fi; }
check_has() { if [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "missing «$2»" "${out:0:1500}"; fi; }
port() { python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
wait_ready() { for _ in $(seq 1 50); do grep -q ready "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }
PY=/usr/bin/python3     # Debian's python, which has aiosmtpd

if ! $PY -c "import aiosmtpd" 2>/dev/null; then
  not_ok "python3-aiosmtpd is installed (scripts/install-deps)"; echo "1..$n"; exit 1
fi

# a certificate for the SMTP server, trusted by beredt through BEREDT_SMTP_CA
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" -days 2 \
  -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" >/dev/null 2>&1
mkdir -p "$T/mail" "$T/hooks"
SMTP=$(port)
$PY tests/helpers/smtp_sink.py ok "$SMTP" "$T/mail" "$T/cert.pem" "$T/key.pem" beredt "s3cret-pass" >"$T/smtp.log" 2>&1 &
pids+=($!)
wait_ready "$T/smtp.log" || not_ok "the SMTP server starts" "$(cat "$T/smtp.log")"
export BEREDT_WEBHOOK_ALLOW=127.0.0.1 BEREDT_SMTP_URL="smtp://127.0.0.1:$SMTP" BEREDT_SMTP_USER=beredt BEREDT_SMTP_PASSWORD=s3cret-pass \
  BEREDT_SMTP_FROM=beredt@granheim.kommune.no BEREDT_SMTP_CA="$T/cert.pem" BEREDT_BASE_URL=https://beredt.granheim.no

"$B" --db "$DB" init >/dev/null
"$B" --db "$DB" demo >/dev/null 2>&1
"$B" --db "$DB" check >/dev/null

run notify add --email "it-vakt@granheim.kommune.no"; check_has "add an e-mail receiver (high and above by default)" "epost it-vakt@granheim.kommune.no, funn fra høy"
run notify add --email "a@b.no
Bcc: x@y.no"; check_fail "an address that would add a header is refused" "kontrolltegn"
run notify add --email "a@b.no, c@d.no"; check_fail "... and so is a second receiver in one address" "ikke en e-postadresse"
run notify add --webhook "http://hooks.example.no/x"; check_fail "a webhook in clear text to another machine is refused" "https"
run notify send; check_has "send: one digest queued and sent" "1 nye meldinger i kø; 1 sendt, 0 feilet"
mail=$(cat "$T/mail/1.eml" 2>/dev/null)
out=$mail; check_has "the mail arrived, after STARTTLS and login" "X-Authenticated: True"
check_has "... to the receiver" "X-Envelope-To: it-vakt@granheim.kommune.no"
check_has "... one digest of the critical and high findings" "Nye funn (24):"
check_has "... with the KEV-listed VPN and its deadline" "VPN, Produktet har sårbarheter som utnyttes"
check_has "... and a link to follow them up" "https://beredt.granheim.no/funn"
out=$(python3 -c "import email,sys; m=email.message_from_bytes(open(sys.argv[1],'rb').read()); print(str(email.header.make_header(email.header.decode_header(m['Subject']))))" "$T/mail/1.eml" 2>&1)
check_has "the subject is readable UTF-8" "24 nye funn og 0 over fristen i Granheim kommune (verst: kritisk)"
run notify send; check_has "nothing new: nothing sent" "0 nye meldinger i kø; 0 sendt, 0 feilet"
out=$(BEREDT_TODAY=2026-12-06 BEREDT_NOW=2026-12-06T10:00:00Z "$B" --db "$DB" --kommune 3499 notify send 2>&1)
check_has "a week later the critical ones are overdue: one more digest" "1 nye meldinger i kø; 1 sendt"
out=$(cat "$T/mail/2.eml" 2>/dev/null); check_has "... that lists them as overdue" "Over fristen (9):"

# a webhook: HMAC-SHA256 over the body; the receiver fails once, so the first try is retried
HOOK=$(port)
run notify add --webhook "http://127.0.0.1:$HOOK/beredt" --min kritisk
secret=$(sed -n 's/.*(vises bare nå): //p' <<<"$out")
check_has "add a webhook: its signing key is shown once" "vises bare nå"
python3 tests/helpers/webhook_sink.py "$HOOK" "$T/hooks" "$secret" 1 >"$T/hook.log" 2>&1 &
pids+=($!)
wait_ready "$T/hook.log"
out=$(BEREDT_TODAY=2026-12-06 BEREDT_NOW=2026-12-06T10:00:00Z "$B" --db "$DB" --kommune 3499 notify send 2>&1)
check_has "the receiver answers 500: the message waits" "0 sendt, 1 feilet"
out=$(BEREDT_TODAY=2026-12-06 BEREDT_NOW=2026-12-06T10:00:30Z "$B" --db "$DB" --kommune 3499 notify send 2>&1)
check_has "... and is not retried before its back-off" "0 sendt, 0 feilet"
out=$(BEREDT_TODAY=2026-12-06 BEREDT_NOW=2026-12-06T10:01:01Z "$B" --db "$DB" --kommune 3499 notify send 2>&1)
check_has "... but after a minute it is sent" "1 sendt, 0 feilet"
out=$(cat "$T/hooks/1.sig" 2>/dev/null); check_has "the signature matches the body" "ok"
out=$(python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print(j['kommune'], len(j['findings']), j['findings'][0]['severity'], j['text'][:40])" "$T/hooks/1.json" 2>&1)
check_has "the body: text for Teams and Slack, and the findings as data" "3499 9 kritisk Funn fra kontrollene i Granheim kommune"
run notify list; check_has "notify list shows receivers and messages" "sendt"

# an SMTP server that hangs, and one that is not there: a clear error, kept for a retry
HANG=$(port)
$PY tests/helpers/smtp_sink.py hang "$HANG" >"$T/hang.log" 2>&1 &
pids+=($!)
wait_ready "$T/hang.log"
"$B" --db "$DB" --kommune 3499 notify add --email "vakt@granheim.kommune.no" --min middels >/dev/null
start=$(date +%s)
BEREDT_NOTIFY_TIMEOUT=3 BEREDT_SMTP_URL="smtp://127.0.0.1:$HANG" "$B" --db "$DB" --kommune 3499 notify send >"$T/hang.out" 2>&1 &
sending=$!
# while it waits on the hanging server, the sending is a process of its own: under a
# seccomp filter, with no_new_privs, holding no descriptor of beredt's (no database)
sender=""
find_sender() {   # from /proc, so that the test needs no procps
  local p
  for p in /proc/[0-9]*; do
    tr '\0' ' ' <"$p/cmdline" 2>/dev/null | grep -q -- "--beredt-sender" && { echo "${p#/proc/}"; return; }
  done
}
for _ in $(seq 1 50); do sender=$(find_sender); [ -n "$sender" ] && break; sleep 0.1; done
if [ -n "$sender" ] && grep -q "^Seccomp:[[:space:]]*2" "/proc/$sender/status" && grep -q "^NoNewPrivs:[[:space:]]*1" "/proc/$sender/status"; then
  ok "mail is sent from a process of its own, under a seccomp filter and no_new_privs"
else
  not_ok "mail is sent from a process of its own, under a seccomp filter" "pid ${sender:-none}" "$(grep -E 'Seccomp|NoNewPrivs' "/proc/$sender/status" 2>&1)"
fi
dbfiles=$(ls -l "/proc/$sender/fd" 2>/dev/null | grep -c '\.db')
if [ -n "$sender" ] && [ "$dbfiles" = 0 ]; then ok "the sender holds no database file"; else not_ok "the sender holds no database file" "$(ls -l "/proc/$sender/fd" 2>&1)"; fi
wait "$sending"; rc=$?
out=$(cat "$T/hang.out")
took=$(( $(date +%s) - start ))
if [ "$rc" -ne 0 ] && [[ "$out" == *"1 feilet"* ]] && [ "$took" -lt 30 ]; then ok "a hanging SMTP server times out (${took}s) and the message is kept"; else not_ok "a hanging SMTP server times out" "exit $rc after ${took}s" "$out"; fi
run notify list; check_has "... with the reason" "timed out"
CLOSED=$(port)
out=$(BEREDT_SMTP_URL="smtp://127.0.0.1:$CLOSED" BEREDT_NOW=2026-11-28T10:05:00Z "$B" --db "$DB" --kommune 3499 notify send 2>&1); rc=$?
check_fail "a refused connection is a failure too" "1 feilet"
run notify list; check_has "... kept with its reason" "Couldn't connect"
out=$(BEREDT_NOW=2026-11-28T10:10:00Z "$B" --db "$DB" --kommune 3499 notify send 2>&1)
check_has "when the relay is back, the waiting message goes out" "1 sendt, 0 feilet"
run audit list; check_has "receivers are added in the audit trail" "notify.add"

# the server does it by itself: start it, and the digest arrives
S="sqlite:$T/serve.db"
"$B" --db "$S" init >/dev/null && "$B" --db "$S" demo >/dev/null 2>&1
"$B" --db "$S" --kommune 3499 notify add --email "beredskap@granheim.kommune.no" --min kritisk >/dev/null
before=$(ls "$T/mail" | wc -l)
"$B" --db "$S" serve --listen 127.0.0.1:0 --check-interval 3600 >"$T/serve.log" 2>&1 &
spid=$!
pids+=($spid)
got=0
for _ in $(seq 1 60); do
  if [ "$(ls "$T/mail" | wc -l)" -gt "$before" ]; then got=1; break; fi
  sleep 1
done
last=$(ls -t "$T"/mail/*.eml | head -1)
if [ "$got" = 1 ] && grep -q "X-Envelope-To: beredskap@granheim.kommune.no" "$last"; then ok "beredt serve sends the digest by itself within a minute of starting"; else not_ok "beredt serve sends the digest by itself" "$(cat "$T/serve.log")"; fi
kill -TERM "$spid"; wait "$spid" 2>/dev/null

echo "1..$n"
[ "$failed" -eq 0 ]
