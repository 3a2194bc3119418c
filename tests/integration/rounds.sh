#!/usr/bin/env bash
# Assessment rounds (issue 11): a round per catalog open side by side (KS's measures and
# NSM's principles), register evidence beside every measure, the NSM principles each KS
# measure maps to, and a closed round exported as OSCAL assessment results and read back.
# Time is pinned.
#
# usage: rounds.sh BEREDT DB_URL DB_URL2   (prints TAP)
set -u
B=$1 DB=$2 DB2=$3
export BEREDT_TODAY=2026-11-28 BEREDT_NOW=2026-11-28T10:00:00Z BEREDT_USER=test BEREDT_LANG=
unset BEREDT_DB BEREDT_KOMMUNE
T=$(mktemp -d /tmp/beredt-rounds.XXXXXX)
trap 'rm -rf "$T"' EXIT
. "$(dirname "$0")/tap.sh"
run() { out=$("$B" --db "$DB" --kommune 3499 "$@" 2>&1); rc=$?; }

"$B" --db "$DB" init >/dev/null && "$B" --db "$DB" demo >/dev/null 2>&1
# the demo: round 1 (KS) closed, round 2 (KS) open
run assess start --catalog nsm-grunnprinsipper --title "NSMs grunnprinsipper 2026"
check_has "an NSM round opens beside the open KS round" "Startet runde 3"
run assess start --title "Enda en KS-runde"; check_fail "a second open round of the same catalog is refused, naming it" "Runde 2 («Årlig gjennomgang») av katalogen ks-2021 er fortsatt åpen"
run assess set 2.6 --status delvis --owner "Kari"; check_has "an NSM principle's answer goes into the NSM round" "Lagret svaret på 2.6 i runde 3"
run assess set 3a --status ja; check_has "a KS measure's answer goes into the KS round" "Lagret svaret på 3a i runde 2"
run assess list; check_has "both listed, with their catalogs" "nsm-grunnprinsipper  åpen"
run assess show --format json
check_json "by default the KS round is shown (the dashboard and report speak of it)" "j['round'] == 2 and j['catalog'] == 'ks-2021'"
check_json "every one of the 15 measures has what the registers say beside it, with a suggested answer" "len(j['measures']) == 15 and all(m['registers']['suggested'] in ('ja', 'delvis', 'nei', 'ukjent') and len(m['registers']['text']) > 20 for m in j['measures'])"
check_json "... the registers speak to 2c from the dependencies and to 4b from the contacts" "'kritiske tjenester' in [m for m in j['measures'] if m['id'] == '2c'][0]['registers']['text'] and 'kontakter er bekreftet' in [m for m in j['measures'] if m['id'] == '4b'][0]['registers']['text']"
check_json "the NSM principles each KS measure maps to are shown" "[m for m in j['measures'] if m['id'] == '3a'][0]['principles'] == ['nsm-grunnprinsipper:2.6', 'nsm-grunnprinsipper:1.3']"
run assess show --catalog nsm-grunnprinsipper --format json
check_json "the NSM round on its own, with its answer" "j['round'] == 3 and [m['status'] for m in j['measures'] if m['id'] == '2.6'] == ['delvis'] and all('registers' not in m for m in j['measures'])"
run assess show
check_has "the text shows the registers beside a measure" "registrene: "

# a closed round as OSCAL assessment results, read back
run assess show --round 1 --format json; gaps=$(python3 -c "import json,sys; print(sum(1 for m in json.load(sys.stdin)['measures'] if m['status'] not in ('ja', 'ikke-relevant')))" <<<"$out")
run export --format oscal-ar --out "$T/ar.json"; check_ok "the newest closed KS round exports as OSCAL assessment results"
out=$(cat "$T/ar.json")
check_json "OSCAL 1.1.2, with metadata, the municipality as a party and an import-ap" "j['assessment-results']['metadata']['oscal-version'] == '1.1.2' and j['assessment-results']['metadata']['parties'][0]['name'] == 'Granheim kommune' and j['assessment-results']['import-ap']['href']"
check_json "every UUID has OSCAL's shape" "all(__import__('re').fullmatch(r'[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}', u) for u in __import__('re').findall(r'\"(?:uuid|observation-uuid)\": \"([^\"]*)\"', json.dumps(j)))"
check_json "the 15 measures reviewed, one observation each" "len(j['assessment-results']['results'][0]['reviewed-controls']['control-selections'][0]['include-controls']) == 15 and len(j['assessment-results']['results'][0]['observations']) == 15"
check_json "one finding per gap ($gaps), not satisfied, on its measure" "len(j['assessment-results']['results'][0]['findings']) == $gaps and all(f['target']['status']['state'] == 'not-satisfied' and f['target']['type'] == 'objective-id' for f in j['assessment-results']['results'][0]['findings'])"
check_json "each finding names its observation, which holds the answer and the registers' evidence" "all(any(o['uuid'] == f['related-observations'][0]['observation-uuid'] and o['title'].startswith(f['target']['target-id'] + ' ') and o['relevant-evidence'] for o in j['assessment-results']['results'][0]['observations']) for f in j['assessment-results']['results'][0]['findings'])"
cp "$T/ar.json" "$T/ar1.json"
run export --format oscal-ar --out "$T/ar.json"
if cmp -s "$T/ar.json" "$T/ar1.json"; then ok "the same round gives the same document"; else not_ok "the same round gives the same document" "$(diff "$T/ar.json" "$T/ar1.json" | head)"; fi
run export --format oscal-ar --round 2; check_fail "an open round is refused" "Runde 2 er åpen"
run export --format oscal-ar --round 99; check_fail "a round that is not there" "Runde 99 finnes ikke"
run assess close --catalog nsm-grunnprinsipper --yes; check_has "the NSM round closes on its own" "Lukket runde 3"
run assess show --format json; check_json "... the KS round is still open" "j['round'] == 2 and not j['closed']"
run export --format oscal-ar --round 3 --out "$T/nsm.json"; check_ok "the closed NSM round exports too"
out=$(cat "$T/nsm.json")
check_json "... its answered principle is not satisfied, the unanswered ones are gaps" "any(f['target']['target-id'] == '2.6' for f in j['assessment-results']['results'][0]['findings'])"

# moved with both rounds
"$B" --db "$DB" --kommune 3499 export --out "$T/one.json" 2>/dev/null
out=$("$B" --db "$DB2" init 2>&1 && "$B" --db "$DB2" import "$T/one.json" 2>&1); rc=$?
check_ok "a municipality with rounds of two catalogs moves"
"$B" --db "$DB2" --kommune 3499 export --out "$T/two.json" 2>/dev/null
if cmp -s "$T/one.json" "$T/two.json"; then ok "... and exports the same"; else not_ok "... and exports the same" "$(diff "$T/one.json" "$T/two.json" | head)"; fi

echo "1..$n"
exit $((failed > 0))
