#!/usr/bin/env bash
# CLI tests: the whole path a new user takes on an empty database, and every bad input
# the foundation issue lists, each refused with a message, a non-zero exit code and the
# database exactly as it was (the municipality's export is compared byte for byte).
#
# usage: cli.sh BEREDT DB_URL SECOND_DB_URL DATA_DIR    (prints TAP)
set -u
B=$1 DB=$2 DB2=$3 DATA=$4
export BEREDT_TODAY=2026-11-28 BEREDT_NOW=2026-11-28T10:00:00Z BEREDT_USER=test BEREDT_LANG=
unset BEREDT_DB BEREDT_KOMMUNE
T=$(mktemp -d /tmp/beredt-cli.XXXXXX)
trap 'rm -rf "$T"' EXIT
n=0 failed=0 out="" rc=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; printf '#   %s\n' "${@:2}"; }
run() { out=$("$B" --db "$DB" "$@" 2>&1); rc=$?; }
# check NAME: the last command succeeded
check_ok() { if [ "$rc" -eq 0 ]; then ok "$1"; else not_ok "$1" "exit $rc" "$out"; fi; }
# check_fail NAME TEXT: the last command failed with TEXT in its message
check_fail() {
  if [ "$rc" -ne 0 ] && [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "exit $rc, wanted failure with «$2»" "$out"; fi
}
check_has() { if [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "missing «$2»" "${out:0:2000}"; fi; }
check_lacks() { if [[ "$out" != *"$2"* ]]; then ok "$1"; else not_ok "$1" "unexpected «$2»"; fi; }
snapshot() { "$B" --db "$DB" --kommune 3442 export 2>/dev/null > "$T/snap"; }
unchanged() {
  "$B" --db "$DB" --kommune 3442 export 2>/dev/null > "$T/snap2"
  if cmp -s "$T/snap" "$T/snap2"; then ok "$1: database unchanged"; else not_ok "$1: database unchanged" "$(diff "$T/snap" "$T/snap2" | head -20)"; fi
}
# json EXPR: evaluate a Python expression over the JSON in $out (as j)
json() { python3 -c "import json,sys; j=json.loads(sys.stdin.read()); sys.exit(0 if ($1) else 1)" <<<"$out"; }
check_json() { if json "$2"; then ok "$1"; else not_ok "$1" "false: $2" "${out:0:3000}"; fi; }

# --- an empty database -------------------------------------------------------------
run init; check_ok "init creates the database"
check_has "init reports the schema" "skjemaversjon 25"
run init; check_has "init is idempotent" "0 migreringer og 0 kataloger"
run catalog list; check_has "ks-2021 is built in" "ks-2021"
check_has "nsm-grunnprinsipper is built in" "nsm-grunnprinsipper"
run catalog show ks-2021 --format json
check_json "ks-2021 has 15 measures in 5 areas" "len(j['groups'])==5 and sum(len(g['items']) for g in j['groups'])==15"
check_json "every measure has question, why, evidence and NSM mapping" \
  "all(i['question'] and i['why'] and i['evidence'] and i['mappings'] for g in j['groups'] for i in g['items'])"
run catalog show nsm-grunnprinsipper --format json
check_json "NSM: 4 categories, 21 principles" "len(j['groups'])==4 and sum(len(g['items']) for g in j['groups'])==21"
run assess show; check_fail "no municipality yet: says how to register" "tenant add"

# --- registering the municipality ----------------------------------------------------
run tenant add --kommune 9901 --name X --orgnr 974760673; check_fail "bad county refused" "fylkesnummer"
run tenant add --kommune 34x2 --name X --orgnr 974760673; check_fail "non-digit kommunenummer refused" "fire sifre"
run tenant add --kommune 3442 --name X --orgnr 974760674; check_fail "bad orgnr check digit refused" "kontrollsiffer"
run tenant add --kommune 3442 --name X --orgnr 12345; check_fail "short orgnr refused" "ni sifre"
run tenant list --format json; check_json "refused municipalities were not stored" "j == []"
run tenant add --kommune 3442 --name "Østre Toten kommune" --orgnr 974760673; check_ok "municipality registered"
run tenant add --kommune 3442 --name "Igjen" --orgnr 974760673; check_fail "duplicate municipality refused" "allerede registrert"
run tenant list --format json; check_json "one municipality, name kept" "len(j)==1 and j[0]['name']=='Østre Toten kommune'"

# --- answering all 15 measures -----------------------------------------------------------
run assess start --title "Gjennomgang 2026"; check_ok "round started"
check_has "it is round 1" "runde 1"
run assess start; check_fail "second open round refused" "fortsatt åpen"
answers=(
  "1a ja Kari:Nordmann 2026-12-01"   "1b delvis Per:Olsen 2027-02-01"  "2a ja Ole:Berg -"
  "2b delvis Ole:Berg 2027-03-01"    "2c nei Ole:Berg 2027-04-01"      "3a nei Kari:Nordmann 2026-01-15"
  "3b delvis Kari:Nordmann 2027-01-31" "3c nei Per:Olsen -"              "3d ukjent - -"
  "4a ja Ole:Berg -"                 "4b ja Ole:Berg -"                "4c delvis Siri:Dahl 2027-06-01"
  "4d nei Ole:Berg 2027-05-01"       "5a ikke-relevant - -"            "5b nei Hanne:Lie 2027-01-01"
)
all_ok=1
for a in "${answers[@]}"; do
  read -r m s o d <<<"$a"
  args=(assess set "$m" --status "$s" --evidence "Dokumentasjon for $m **fet**")
  [ "$o" != - ] && args+=(--owner "${o/:/ }")
  [ "$d" != - ] && args+=(--due "$d")
  [ "$m" = 3b ] && args=(assess set 3b --status "$s" --owner "Kari Nordmann" --due "$d" --evidence-file "$DATA/evidence-3b.md")
  run "${args[@]}"
  [ "$rc" -eq 0 ] || { all_ok=0; not_ok "answer $m" "$out"; }
done
[ $all_ok -eq 1 ] && ok "all 15 measures answered"
run assess set 2c --plan "Kartlegge avhengigheter for AD og NHN"; check_ok "plan added to 2c"
run assess set 2c --plan "Kartlegge avhengigheter for AD og NHN"; check_has "same value again: nothing changed" "ingenting er endret"
run assess history 2c; check_has "history keeps both versions" "v2"
run assess set 1b --status yes; check_ok "English status alias accepted"
run assess set 1b --status partial; check_ok "English status alias 'partial'"

snapshot
run assess set 9z --status ja; check_fail "unknown measure refused" "Ukjent tiltak «9z»"; unchanged "unknown measure"
run assess set 1a --status kanskje; check_fail "bad status refused" "Ukjent status «kanskje»"; unchanged "bad status"
run assess set 1a --due 2026-02-30; check_fail "bad date refused" "ikke en gyldig dato"; unchanged "bad date"
run assess set 1a --due 28.11.2026; check_fail "Norwegian date format refused with example" "ÅÅÅÅ-MM-DD"; unchanged "bad date format"
run assess set 1a --owner "$(head -c 300 /dev/zero | tr '\0' x)"; check_fail "oversized owner refused" "for lang"; unchanged "oversized owner"
run assess set 1a --owner $'Kari\x1b[31m'; check_fail "control characters refused" "kontrolltegn"; unchanged "control characters"
run assess set 1a --evidence $'\xff\xfe'; check_fail "invalid UTF-8 refused" "UTF-8"; unchanged "invalid UTF-8"
run assess set 1a; check_fail "nothing to change is a usage error" "Ingenting å endre"

run assess show --format json
check_json "status of every measure as entered" \
  "{m['id']:m['status'] for m in j['measures']}=={'1a':'ja','1b':'delvis','2a':'ja','2b':'delvis','2c':'nei','3a':'nei','3b':'delvis','3c':'nei','3d':'ukjent','4a':'ja','4b':'ja','4c':'delvis','4d':'nei','5a':'ikke-relevant','5b':'nei'}"
check_json "readiness: 12 of 28 points = 43 %" "j['readiness']==43"

# --- the action plan -----------------------------------------------------------------------
run action list --format json
check_json "one action per delvis/nei answer" "sorted(a['measure'] for a in j)==sorted(['1b','2b','2c','3a','3b','3c','4c','4d','5b'])"
check_json "actions carry owner and deadline from the answer" "[a for a in j if a['measure']=='3a'][0]['owner']=='Kari Nordmann' and [a for a in j if a['measure']=='3a'][0]['due']=='2026-01-15'"
check_json "nei gives high priority, delvis medium" "all(a['priority']==('høy' if a['measure'] in ('2c','3a','3c','4d','5b') else 'middels') for a in j)"
check_json "3a is overdue against BEREDT_TODAY" "[a for a in j if a['measure']=='3a'][0]['overdue'] is True"
run action list --overdue --format json; check_json "--overdue lists exactly the overdue one" "[a['measure'] for a in j]==['3a']"
run action add --title "Opplæring i phishing" --owner "Siri Dahl" --due 2027-01-10 --priority høy; check_ok "manual action added"
run action add --owner X; check_fail "manual action needs a title" "--title"
snapshot
T4=$(BEREDT_DB="$DB" "$B" --kommune 3442 action list --format json | python3 -c "import json,sys; print([a['ref'] for a in json.load(sys.stdin) if a['measure']=='4d'][0])")
run action set "$T4" --status avvist; check_fail "rejection without reason refused" "begrunnelse"; unchanged "rejection without reason"
run action set "$T4" --status ferdig; check_fail "bad action status refused" "Ukjent tiltaksstatus"; unchanged "bad action status"
run action set T-999 --status utført; check_fail "unknown action refused" "T-999 finnes ikke"; unchanged "unknown action"
run action set "$T4" --status avvist --reason "Utsatt til felles øvelse"; check_ok "rejection with reason"
run action show "$T4" --format json; check_json "history kept: two versions" "len(j['history'])==2 and j['status']=='avvist'"

# --- closing and reporting -----------------------------------------------------------------
run report --format json
check_json "open round: director is asked to close it" "j['decisions'][0]['kind']=='close-round'"
run assess show --format json; UNKNOWN=$(printf '%s' "$out" | python3 -c "import json,sys; print(','.join(m['id'] for m in json.load(sys.stdin)['measures'] if m['status']=='ukjent'))")
snapshot
run assess close --approved-by "Kommunedirektør Hanne Lie"
if [ -n "$UNKNOWN" ]; then
  check_fail "closing with unknown answers names them and asks for --yes" "(${UNKNOWN//,/, })"
  check_fail "... and says how to close anyway" "--yes"; unchanged "closing refused"
  run assess close --approved-by "Kommunedirektør Hanne Lie" --yes
fi
check_ok "round closed and approved"
run assess close; check_fail "closing twice refused" "kan ikke lukkes på nytt"
snapshot
run assess set 1a --status nei; check_fail "closed round is frozen" "lukket"; unchanged "closed round"

run report --out "$T/rapport.html"; check_ok "HTML report written"
out=$(cat "$T/rapport.html")
check_has "report is in bokmål" '<html lang="nb">'
check_has "report title" "Lederrapport"
check_has "report names the municipality" "Østre Toten kommune"
check_has "report states readiness in words" "Samlet beredskap: 43 % (Mangelfull)"
check_has "report lists measures not in place with plan" "Kartlegge avhengigheter for AD og NHN"
check_has "report lists overdue actions" "2026-01-15 (forfalt)"
check_has "report shows the rejected action as a risk decision" "aksepterer risikoen"
check_has "report shows approval" "Kommunedirektør Hanne Lie"
check_has "evidence Markdown is rendered" "<strong>fet</strong>"
check_lacks "script in evidence never reaches the report" "<script>"
check_has "a chart is drawn" "<svg"
check_lacks "no external scripts or images" " src="
check_lacks "no external style sheets" "<link"
check_lacks "no remote URLs in styles" "url("
run report --lang en --out "$T/report-en.html"; check_ok "English report written"
out=$(cat "$T/report-en.html")
check_has "English report is marked English" '<html lang="en">'
check_has "English report title" "Leadership report"
check_has "English measure titles" "Strong authentication (two-factor)"
check_has "English readiness" "Overall readiness: 43 %"
run report --format md; check_has "Markdown report" "# Lederrapport"
run report --format json
check_json "JSON report: every measure has id, status, owner, due, evidence" \
  "len(j['measures'])==15 and all(set(('id','status','owner','due','evidence'))<=set(m) for m in j['measures'])"
check_json "JSON report matches what was entered" \
  "[m for m in j['measures'] if m['id']=='3a'][0]=={**[m for m in j['measures'] if m['id']=='3a'][0], 'status':'nei','owner':'Kari Nordmann','due':'2026-01-15'}"
check_json "JSON report: readiness per area" "len(j['readiness']['areas'])==5 and j['readiness']['overall']['percent']==43"
check_json "JSON report: open actions" "len(j['actions']['open'])==9 and j['actions']['overdue'][0]['measure']=='3a'"
check_json "JSON report: approved" "j['round']['approved_by']=='Kommunedirektør Hanne Lie'"
run report --format odt; check_fail "unknown report format refused" "Ukjent rapportformat"

# --- a new round starts from the last answers ---------------------------------------------------
run assess start --title "Gjennomgang 2027"; check_has "round 2 started" "runde 2"
run assess set 3a --status ja --due none; check_ok "answer changed in round 2"
run report --format json
check_json "report compares with round 1" "j['previous_round']['no']==1 and {'id':'3a','from':'nei','to':'ja'} in j['changes']"
check_json "readiness change is stated" "j['readiness']['overall']['change']==7"
run action list --format json; check_json "3a's action closed automatically when answered ja" "[a for a in j if a['measure']=='3a'][0]['status']=='utført'"

# --- export and import --------------------------------------------------------------------------
"$B" --db "$DB" --kommune 3442 export --out "$T/one.json" 2>/dev/null
"$B" --db "$DB2" init >/dev/null 2>&1
run_b() { out=$("$B" --db "$DB2" "$@" 2>&1); rc=$?; }
head -c 2000 "$T/one.json" > "$T/truncated.json"
run_b import "$T/truncated.json"; check_fail "truncated import refused with the line" "linje"
sed 's/"status": "nei"/"status": "kanskje"/' "$T/one.json" > "$T/badstatus.json"
run_b import "$T/badstatus.json"; check_fail "import with bad status refused" "kanskje"
sed '0,/"orgnr": "974760673"/s//"orgnr": "974760673", "orgnr": "974760673"/' "$T/one.json" > "$T/dupkey.json"
run_b import "$T/dupkey.json"; check_fail "import with duplicate keys refused" "duplicate"
printf '{"format": "beredt-export/1", "kommune": 5}' > "$T/shape.json"
run_b import "$T/shape.json"; check_fail "import of the wrong shape refused" "kommune"
run_b tenant list --format json; check_json "refused imports left the database empty" "j == []"
run_b import "$T/one.json"; check_ok "import into another database"
"$B" --db "$DB2" --kommune 3442 export --out "$T/two.json" 2>/dev/null
if cmp -s "$T/one.json" "$T/two.json"; then ok "export -> import -> export is identical"; else not_ok "export -> import -> export is identical" "$(diff "$T/one.json" "$T/two.json" | head)"; fi
run_b import "$T/one.json"; check_fail "importing the same municipality twice refused" "allerede registrert"
run_b --kommune 3442 report --format json; check_json "imported municipality reports the same" "j['readiness']['overall']['percent']==50"

# --- catalogs ---------------------------------------------------------------------------------------
run catalog list --format json; before=$out
run catalog import "$DATA/catalog-duplicate-ids.json"; check_fail "catalog with duplicate ids refused" "«1a» to ganger"
run catalog list --format json
if [ "$out" = "$before" ]; then ok "refused catalog changed nothing"; else not_ok "refused catalog changed nothing"; fi
run catalog import "$DATA/oscal-sample.json"; check_has "OSCAL catalog imported" "sample-oscal-catalog (oscal): 2 grupper, 4 tiltak"
run catalog import "$DATA/oscal-sample.json"; check_fail "same catalog id again refused" "finnes allerede"
run catalog import "$DATA/oscal-sample.json" --id sample-2; check_ok "same catalog under another id"
run catalog show sample-oscal-catalog --format json
check_json "nested OSCAL control keeps its parent" "[i for g in j['groups'] for i in g['items'] if i['id']=='ac-1.1'][0]['parent']=='ac-1'"
printf '{"format":"beredt-catalog/1","id":"x","groups":[' > "$T/trunc-cat.json"
run catalog import "$T/trunc-cat.json"; check_fail "truncated catalog refused" "linje 1"

# --- the demo municipality -------------------------------------------------------------------------
run demo; check_has "demo loads" "Granheim kommune"
run demo; check_has "demo twice changes nothing" "finnes allerede"
run --kommune 3499 assess show --format json
check_json "demo round shows every status" "set(m['status'] for m in j['measures'])=={'ja','delvis','nei','ukjent','ikke-relevant'}"
check_json "demo round is open (half-finished)" "j['closed'] is False and j['round']==2"
run --kommune 3499 report --format json
check_json "demo has overdue actions and a previous round" "len(j['actions']['overdue'])>=1 and j['previous_round'] is not None"
run assess show; check_fail "two municipalities: --kommune is required" "--kommune"

# --- help, usage and environment ------------------------------------------------------------------
for c in init tenant catalog assess action report export import demo; do
  run "$c" --help; if [ "$rc" -eq 0 ] && [[ "$out" == *"Bruk:"* ]]; then ok "$c --help"; else not_ok "$c --help" "$out"; fi
done
run --lang en assess --help; check_has "help in English" "Usage:"
# every command's options and subcommands come from one table: what --help lists is what it
# takes, and every option its text mentions is in that list
out=$(python3 - "$B" "$DB" <<'PY'
import re, subprocess, sys
b, db = sys.argv[1], sys.argv[2]
cmds = ["init", "tenant", "catalog", "assess", "action", "report", "export", "import", "demo",
        "ros", "data", "check", "finding", "posture", "scan", "notify", "plan", "kit", "contact", "exercise",
        "backup", "insurance", "incident", "competence", "serve", "user", "audit"]
value = {"ÅÅÅÅ-MM-DD": "2026-01-01", "N": "1", "text|json": "text", "1..32": "2", "SEKUNDER": "5", "DAGER": "5", "ÅR": "2026"}
bad = []
for c in cmds:
    h = subprocess.run([b, "--db", db] + c.split() + ["--help"], capture_output=True, text=True).stdout
    if "Valg:" not in h:
        bad.append(f"{c}: no list of options"); continue
    prose, listed = h.split("Valg:", 1)
    subs = re.search(r"Underkommandoer:(.*?)\n\s*$", prose, re.S)
    subs = [x.strip() for x in subs.group(1).split(",")] if subs else []
    opts = dict(re.findall(r"--([a-z0-9-]+)(?: ([^,\s]+))?", listed))
    for o in set(re.findall(r"--([a-z][a-z0-9-]*)", prose)) - set(opts) - {"kommune", "db", "lang", "user"}:
        bad.append(f"{c}: the help mentions --{o}, which it does not take")
    for s in re.findall(r"beredt " + c.split()[0] + r" ([a-z][a-z0-9-]*)", prose):
        if subs and s not in subs:
            bad.append(f"{c}: the help shows «{s}», which is not a subcommand")
    for o, arg in opts.items():
        if o == "help":
            continue
        argv = [b, "--db", db] + c.split() + subs[:1] + ["--" + o] + ([value.get(arg, "x")] if arg else []) + ["--help"]
        r = subprocess.run(argv, capture_output=True, text=True)
        if r.returncode != 0:
            bad.append(f"{c}: --{o} is listed but refused: {r.stderr.strip()[:120]}")
print("\n".join(bad) if bad else "all consistent")
PY
)
check_has "every command's help lists what it takes, and it takes what the help says" "all consistent"
run exercise --help; check_has "... the usage lists suggest (it drifted once)" "suggest"
run ros frob; [ "$rc" -eq 2 ] && [[ "$out" == *"beredt ros import|export|list|impact|domain|gaps|spof|order|support"* ]] &&
  ok "an unknown subcommand is a usage error (2) with every subcommand in the usage line" ||
  not_ok "an unknown subcommand is a usage error (2) with every subcommand in the usage line" "$rc $out"
run action list --bogus; [ "$rc" -eq 2 ] && [[ "$out" == *"Ukjent valg"* ]] && ok "an unknown option is a usage error (2)" ||
  not_ok "an unknown option is a usage error (2)" "$rc $out"
run assess history; [ "$rc" -eq 2 ] && [[ "$out" == *"feil antall argumenter"* ]] && ok "a missing argument is a usage error (2)" ||
  not_ok "a missing argument is a usage error (2)" "$rc $out"
run frobnicate; [ "$rc" -eq 2 ] && [[ "$out" == *"Ukjent kommando"* ]] && ok "unknown command is a usage error (2)" || not_ok "unknown command is a usage error (2)" "$rc $out"
out=$(BEREDT_TODAY=2026-13-01 "$B" --db "$DB" tenant list 2>&1); rc=$?; check_fail "bad BEREDT_TODAY refused" "BEREDT_TODAY"
out=$("$B" --db "mysql://x" tenant list 2>&1); rc=$?; check_fail "unknown database URL refused" "Ukjent databaseadresse"

# --- settings: a configuration file, the environment over it, the flags over both -------------
printf '# beredt.ini\n[beredt]\ndb = %s\nbase_url = https://fra-fila.example\n\n[smtp]\ntimeout = 30\n' "$DB2" > "$T/beredt.ini"
out=$(BEREDT_CONFIG="$T/beredt.ini" "$B" tenant list --format json 2>&1); rc=$?
check_json "the configuration file names the database" "[x['kommunenr'] for x in j] == ['3442']"
out=$(BEREDT_CONFIG="$T/beredt.ini" BEREDT_DB="$DB" "$B" tenant list --format json 2>&1); rc=$?
check_json "... the environment wins over the file" "'3442' in [x['kommunenr'] for x in j] and len(j) > 1"
out=$(BEREDT_CONFIG="$T/beredt.ini" BEREDT_DB="$DB" "$B" --db "$DB2" tenant list --format json 2>&1); rc=$?
check_json "... and a flag over both" "[x['kommunenr'] for x in j] == ['3442']"
printf '[beredt]\ndb = x\ndatabase = y\n' > "$T/bad.ini"
out=$(BEREDT_CONFIG="$T/bad.ini" "$B" tenant list 2>&1); rc=$?
check_fail "an unknown setting is refused with its file and line" "bad.ini, linje 3: «[beredt] database» er ingen innstilling"
out=$(BEREDT_CONFIG="$T/finnes-ikke.ini" "$B" tenant list 2>&1); rc=$?
check_fail "a configuration file that is not there, when named, is refused" "finnes-ikke.ini"
printf '[smtp]\ntimeout = 9000\n' > "$T/slow.ini"
out=$(BEREDT_CONFIG="$T/slow.ini" "$B" tenant list 2>&1); rc=$?
check_fail "a value out of range is refused" "1–600 sekunder"

echo "1..$n"
exit $((failed > 0))
