#!/usr/bin/env bash
# A full disk during writes (issue 14): the SQLite database on a small tmpfs of its own (a
# private mount namespace, so nothing else sees it), filled until a write fails. The write
# that meets the full disk says so in words, every write acknowledged before it is there,
# no refused one is half there, the database and the audit trail are whole, and once space
# is freed writes go on. Prints TAP.
#   tests/integration/fulldisk.sh BEREDT
set -u
beredt=$(realpath "$1")
if [ "${FULLDISK_INSIDE:-}" != 1 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    exec env FULLDISK_INSIDE=1 unshare --mount --propagation private "$0" "$@"
  else
    exec env FULLDISK_INSIDE=1 unshare --map-root-user --mount "$0" "$@"
  fi
fi
n=0 failed=0
ok() {   # ok CONDITION-STATUS NAME [DETAIL]
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); [ -n "${3:-}" ] && echo "$3" | sed 's/^/#   /'; fi
}
dir=$(mktemp -d /tmp/beredt-full.XXXXXX)
trap 'umount "$dir" 2>/dev/null; rm -rf "$dir"' EXIT
if ! mount -t tmpfs -o size=32m tmpfs "$dir"; then
  echo "not ok 1 - a small tmpfs could not be mounted in a private namespace"; exit 1
fi
db="sqlite:$dir/full.db"
export BEREDT_USER=test BEREDT_LANG=nb
B() { "$beredt" --db "$db" "$@"; }
B init >/dev/null && B tenant add --kommune 3401 --name Kopiby --orgnr 123456785 >/dev/null
ok $? "a database on a 32 MB tmpfs"

# leave some 200 KB, then write actions of about 8 KB each until the disk is full
avail=$(df --output=avail -B1 "$dir" | tail -1)
head -c $((avail - 200 * 1024)) /dev/zero >"$dir/filler"
plan=$(head -c 6000 /dev/urandom | base64 -w0)
acked=() refused=0 message=""
for i in $(seq 1 200); do
  out=$(B --kommune 3401 action add --title "full-$i" --plan "$plan" 2>&1)
  rc=$?
  if [ "$rc" -eq 0 ]; then
    acked+=("full-$i")
  else
    refused=$((refused + 1)); [ -z "$message" ] && message=$out
    [ "$refused" -ge 5 ] && break
  fi
done
ok $(( ${#acked[@]} > 0 && refused >= 5 ? 0 : 1 )) "writes went through until the disk was full (${#acked[@]} acknowledged, then $refused refused)"
echo "$message" | grep -q "Disken med databasen er full" ; ok $? "the refusal says the disk is full, in words" "$message"
echo "$message" | grep -qE "AddressSanitizer|runtime error|Databasefeil" ; ok $(( $? == 0 ? 1 : 0 )) "no crash and no raw database error" "$message"

titles=$(sqlite3 "$dir/full.db" "SELECT title FROM action WHERE title LIKE 'full-%' ORDER BY id" 2>&1)
want=$(printf '%s\n' "${acked[@]}")
[ "$titles" = "$want" ]; ok $? "every acknowledged write is there, and no refused one" "$(diff <(echo "$want") <(echo "$titles") | head)"
half=$(sqlite3 "$dir/full.db" "SELECT count(*) FROM action a WHERE a.title LIKE 'full-%' AND NOT EXISTS (SELECT 1 FROM action_history h WHERE h.action_id = a.id AND h.version = 1)")
adds=$(sqlite3 "$dir/full.db" "SELECT count(*) FROM audit WHERE action = 'action.add'")
[ "$half" = 0 ] && [ "$adds" = "${#acked[@]}" ]; ok $? "no half change: each action has its first version and its audit entry ($adds entries)"
check=$(sqlite3 "$dir/full.db" "PRAGMA integrity_check" 2>&1)
[ "$check" = ok ]; ok $? "PRAGMA integrity_check passes on the full disk" "$check"
out=$(B audit verify 2>&1); ok $? "audit verify passes on the full disk" "$out"

rm -f "$dir/filler"
out=$(B --kommune 3401 action add --title "full-after" --plan "$plan" 2>&1); ok $? "with space freed, the next write goes through" "$out"
count=$(sqlite3 "$dir/full.db" "SELECT count(*) FROM action WHERE title LIKE 'full-%'")
[ "$count" = $(( ${#acked[@]} + 1 )) ]; ok $? "and nothing was lost ($count actions)"
out=$(B audit verify 2>&1); ok $? "audit verify passes afterwards" "$out"
echo "1..$n"
[ "$failed" -eq 0 ]
