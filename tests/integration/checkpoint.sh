#!/usr/bin/env bash
# Audit checkpoints (issue 14, item 4): the head of the chain signed with the installation's
# Ed25519 key and written outside the database, and `audit verify` against the newest one:
# a cut tail (the newest entries dropped and the head set back, which the chain alone cannot
# see), a rewritten tail, a forged or foreign checkpoint, a key others may read.
#
# usage: checkpoint.sh BEREDT DB_URL    (prints TAP)
set -u
B=$1 DB=$2
export BEREDT_USER=test BEREDT_LANG=
unset BEREDT_KOMMUNE
T=$(mktemp -d /tmp/beredt-checkpoint.XXXXXX)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/tap.sh"
export BEREDT_DB=$DB BEREDT_AUDIT_KEY=$T/audit.key BEREDT_AUDIT_CHECKPOINTS=$T/checkpoints
run() { out=$("$B" "$@" 2>&1); rc=$?; }
sql() {   # a change behind beredt's back, as someone with the database's password could make
  if [[ "$DB" == sqlite:* ]]; then sqlite3 "${DB#sqlite:}" "$1"; else psql -X -q -v ON_ERROR_STOP=1 "$DB" -c "$1" >/dev/null; fi
}
drop_guard() {
  if [[ "$DB" == sqlite:* ]]; then sql "DROP TRIGGER IF EXISTS audit_no_delete; DROP TRIGGER IF EXISTS audit_no_update;"
  else sql "DROP TRIGGER IF EXISTS audit_append_only ON audit;"; fi
}

run init; check_ok "init"
run demo; check_ok "the demo: an audit trail to protect"
run audit checkpoint; check_fail "no key: said clearly" "nøkkelfilen"
run audit key --out "$T/audit.key"; check_has "a signing key is made, the public key printed" "offentlige nøkkelen"
pub=$(echo "$out" | tail -1)
if [ "$(stat -c %a "$T/audit.key")" = 600 ]; then ok "the key file is the owner's alone"; else not_ok "the key file is the owner's alone" "$(stat -c %a "$T/audit.key")"; fi
run audit key --out "$T/audit.key"; check_fail "an existing key is never overwritten" "nøkkelfilen"
run audit verify; check_has "no checkpoint yet: said so" "ikke noe sjekkpunkt"
run audit checkpoint; check_ok "a checkpoint is written"
run audit verify; check_has "the trail matches the checkpoint" "stemmer med det nyeste sjekkpunktet"
run --kommune 3499 assess set 1a --owner "Ny eier"; check_ok "a change"
run audit checkpoint; check_ok "a second checkpoint"
run audit verify --public-key "$pub"; check_has "verified by the public key alone, elsewhere" "stemmer med det nyeste"
# the crisis kit carries the signed head as it leaves: kept with the kit, it checks the
# trail on its own
run --kommune 3499 kit --out "$T/kit.html"; check_ok "a crisis kit with the installation's key"
python3 -c 'import html, re, sys; t = open(sys.argv[1]).read(); m = re.search(r"<pre>(beredt-audit-checkpoint.*?)</pre>", t, re.S); open(sys.argv[2], "w").write(html.unescape(m.group(1)) if m else "")' "$T/kit.html" "$T/kit-checkpoint.txt"
mkdir -p "$T/from-kit" && cp "$T/kit-checkpoint.txt" "$T/from-kit/checkpoint-000000000001-1.txt"
if grep -q '^signature ' "$T/kit-checkpoint.txt"; then ok "the kit holds a signed checkpoint of the audit trail"; else not_ok "the kit holds a signed checkpoint of the audit trail" "$(grep -c sjekkpunkt "$T/kit.html")"; fi
out=$(BEREDT_AUDIT_CHECKPOINTS=$T/from-kit "$B" audit verify 2>&1); rc=$?
check_has "the kit's checkpoint, saved, verifies the trail" "stemmer med det nyeste sjekkpunktet"
chmod 644 "$T/audit.key"
run audit checkpoint; check_fail "a key others may read is refused" "chmod 600"
chmod 600 "$T/audit.key"

# the newest entries cut and the head set back: the chain itself is whole again
drop_guard
head=$("$B" audit verify 2>/dev/null | sed -n 's/.*helt: \([0-9]*\) oppføringer.*/\1/p')
cut=$((head - 3))
sql "DELETE FROM audit WHERE seq > $cut; UPDATE audit_head SET seq = $cut, hash = (SELECT hash FROM audit WHERE seq = $cut) WHERE id = 1;"
out=$(BEREDT_AUDIT_CHECKPOINTS= "$B" audit verify 2>&1); rc=$?
check_has "(without checkpoints the cut chain looks whole)" "Revisjonssporet er helt"
run audit verify; check_fail "with the checkpoint, the cut tail is reported" "slutten er kuttet"
out=$(BEREDT_AUDIT_CHECKPOINTS=$T/from-kit "$B" audit verify 2>&1); rc=$?
check_fail "and with the checkpoint kept in the crisis kit too" "slutten er kuttet"

# a forged checkpoint: the numbers changed, the signature left
f=$(ls "$T"/checkpoints/checkpoint-*.txt | sort | tail -1)
sed -i "s/^seq .*/seq $cut/" "$f"
run audit verify; check_fail "a checkpoint changed by hand fails its signature" "Signaturen"
# one signed by another key
"$B" audit key --out "$T/other.key" >/dev/null
out=$(BEREDT_AUDIT_KEY=$T/other.key BEREDT_AUDIT_CHECKPOINTS=$T/other "$B" audit checkpoint 2>&1)
cp "$T"/other/checkpoint-*.txt "$T/checkpoints/checkpoint-999999999999-1.txt"
run audit verify; check_fail "a checkpoint signed by another key is refused" "Signaturen"
echo "1..$n"
exit "$failed"
