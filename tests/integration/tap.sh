# tests/integration/tap.sh: the TAP helpers a test script sources. The script sets $out
# and $rc (its own run() does), and prints "1..$n" and exits with $failed at the end.
n=0 failed=0 out="" rc=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; printf '#   %s\n' "${@:2}"; }
check_ok() { if [ "$rc" -eq 0 ]; then ok "$1"; else not_ok "$1" "exit $rc" "${out:0:1500}"; fi; }
check_fail() { if [ "$rc" -ne 0 ] && [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "exit $rc, wanted «$2»" "${out:0:1500}"; fi; }
check_has() { if [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "missing «$2»" "${out:0:1500}"; fi; }
json() { python3 -c "import json,sys; j=json.loads(sys.stdin.read()); sys.exit(0 if ($1) else 1)" <<<"$out"; }
check_json() { if json "$2"; then ok "$1"; else not_ok "$1" "false: $2" "${out:0:1500}"; fi; }
