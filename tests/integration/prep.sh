#!/usr/bin/env bash
# Preparedness tests (issue 6): the contingency plan, contacts with vCard, exercises whose
# lessons become actions, iCalendar, insurance compared, the incident log (append-only,
# with the clocks of the duties to notify), the crisis kit, backup and restore, and the
# rules that follow them up. Time is pinned.
#
# usage: prep.sh BEREDT DB_URL    (prints TAP)
set -u
B=$1 DB=$2
export BEREDT_TODAY=2026-11-28 BEREDT_NOW=2026-11-28T10:00:00Z BEREDT_USER=test BEREDT_LANG=
unset BEREDT_DB BEREDT_KOMMUNE BEREDT_KIT_PASSPHRASE
T=$(mktemp -d /tmp/beredt-prep.XXXXXX)
trap 'rm -rf "$T"' EXIT
n=0 failed=0 out="" rc=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; printf '#   %s\n' "${@:2}"; }
run() { out=$("$B" --db "$DB" --kommune 3401 "$@" 2>&1); rc=$?; }
check_ok() { if [ "$rc" -eq 0 ]; then ok "$1"; else not_ok "$1" "exit $rc" "$out"; fi; }
check_fail() { if [ "$rc" -ne 0 ] && [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "exit $rc, wanted «$2»" "$out"; fi; }
check_has() { if [[ "$out" == *"$2"* ]]; then ok "$1"; else not_ok "$1" "missing «$2»" "${out:0:1500}"; fi; }
json() { python3 -c "import json,sys; j=json.loads(sys.stdin.read()); sys.exit(0 if ($1) else 1)" <<<"$out"; }
check_json() { if json "$2"; then ok "$1"; else not_ok "$1" "false: $2" "${out:0:1500}"; fi; }

"$B" --db "$DB" init >/dev/null
"$B" --db "$DB" tenant add --kommune 3401 --name "Kongsvinger kommune" --orgnr 974760673 >/dev/null

run check; check_has "a municipality without a plan is told so by the checks" "1 nye"
run finding list --format json
check_json "... as a high finding for measure 4a" "any(f['rule'] == 'plan-mangler' and f['severity'] == 'høy' for f in j)"

# the plan
run plan show; check_has "no plan yet" "ingen beredskapsplan"
run plan init; check_has "the plan from the template" "5 roller og 7 tiltakskort"
run plan init; check_fail "... only once" "allerede en beredskapsplan"
run plan card losepengevirus; check_has "the ransomware card: the first hour" "Isoler"
check_has "... whom to notify, with the deadlines" "innen 72 timer"
run plan show --format json
printf '%s' "$out" >"$T/plan0.json"
python3 - "$T/plan0.json" "$T/plan.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
j["roles"][0]["person"] = "Kari Krise"; j["roles"][0]["deputy"] = "Ola Vara"
j["cards"][0]["first_hour"] = "1. Ring IT-vakt."
open(sys.argv[2], "w").write(json.dumps(j, ensure_ascii=False))
PY
run plan import "$T/plan.json"; check_has "the plan is changed as JSON: a new version" "versjon 2"
run plan card losepengevirus; check_has "... the card says what was written" "Ring IT-vakt"
echo '{"roles": [{"person": "Uten rolle"}]}' >"$T/bad.json"
run plan import "$T/bad.json"; check_fail "a role without a name is refused, naming it" "rolle 1: mangler «role»"
run plan reviewed; check_has "the plan is reviewed today" "gjennomgått i dag"
run plan reviewed --leader-report; check_has "the report to leadership (5b)" "Rapporten til ledelsen"

# contacts and vCard
run contact init; check_has "the national contacts" "5 kontakter"
run contact add "IT-vakt" --kind intern --phone "900 00 000" --phone2 "Sambandsradio 4" --availability døgnet --role "Første mottaker"
check_has "add a contact" "6 kontakter"
run contact add "IT-vakt" --phone 1; check_fail "the same name twice is refused" "finnes allerede"
run contact add "X" --kind venn; check_fail "an unknown kind is refused" "intern, leverandor eller ekstern"
run contact verify KommuneCERT; check_ok "verify a contact"
run contact list --format json
check_json "... who and when" "[c for c in j['contacts'] if c['name'] == 'KommuneCERT'][0]['verified_on'] == '2026-11-28' and [c for c in j['contacts'] if c['name'] == 'KommuneCERT'][0]['verified_by'] == 'test'"
run contact export --vcard "$T/kontakter.vcf"; check_has "export as vCard" "Skrev 6 kontakter"
out=$(cat "$T/kontakter.vcf"); check_has "... RFC 6350 with CRLF" $'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:NSM NCSC'
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Haugen;Ingrid;;;\r\nTEL;TYPE=CELL:+47 900 11 002\r\nEMAIL:ingrid@example.no\r\nEND:VCARD\r\n' >"$T/telefon.vcf"
run contact import --vcard "$T/telefon.vcf"; check_has "import a phone's vCard" "7 kontakter"
printf 'BEGIN:VCARD\nFN:A\nno colon here\nEND:VCARD\n' >"$T/feil.vcf"
run contact import --vcard "$T/feil.vcf"; check_fail "a malformed vCard is refused with the line" "feil.vcf, linje 3"
run contact list; check_has "... and nothing was added" "Ingrid Haugen"
run contact remove "Ingrid Haugen"; check_has "remove a contact" "6 kontakter"

# exercises
run exercise add --date 2026-11-02 --kind spill --scenario "Løsepengevirus fredag" --held --participants "Kriseledelsen"
check_has "record a held exercise" "Ø-1"
run exercise lesson Ø-1 "Telefonlisten må finnes på papir"; check_ok "a lesson"
run exercise action Ø-1 1; check_has "the lesson becomes an action" "er nå oppgave T-"
run exercise action Ø-1 1; check_fail "... once" "allerede oppgave"
run action list; check_has "the action is in the plan" "Læring fra øvelse Ø-1: Telefonlisten må finnes på papir"
run exercise add --date 2030-01-01 --kind spill --scenario x --held; check_fail "a held exercise in the future is refused" "fram i tid"
run exercise add --date 2027-03-01 --kind fullskala --scenario "Gjenoppretting av AD"; check_ok "a planned exercise"
run exercise lesson Ø-2 "Noe vi lærte"; check_fail "a lesson on an exercise that has not been held is refused" "Ø-2 er ikke holdt ennå"
run exercise list; check_has "... and none was stored" "Gjenoppretting av AD"
if [[ "$out" != *"Noe vi lærte"* ]]; then ok "... the planned exercise has no lesson"; else not_ok "... the planned exercise has no lesson" "$out"; fi
run exercise calendar --out "$T/beredt.ics"; check_has "the calendar" "Skrev 2 øvelser"
out=$(cat "$T/beredt.ics"); check_has "... iCalendar with the exercises as all-day events" "UID:3401-ovelse-1@beredt"
check_has "... and the plan's next review" "Gjennomgang av beredskapsplanen"

# competence (4c)
run competence add hendelseshandtering "Sikkerhetsdrift AS (SOC)" --agreement --trained 2026-06-01; check_ok "competence by agreement"
run competence add gjenoppretting "Ingrid Haugen" --trained 2027-01-01; check_fail "training in the future is refused" "fram i tid"
run competence add hvalfangst "X"; check_fail "an unknown area is refused" "området må være"
run competence add revisjon "IKT-revisjon Innlandet IKS" --agreement; check_ok "audit competence, which measure 1a asks about"
run competence add informasjonssikkerhet "Sikkerhetsleder Kari" --trained 2026-05-01; check_ok "security competence reported to the leadership (5b)"
run competence add personvern "Personvernombudet"; check_ok "... and privacy competence (5b)"
run competence list; check_has "... listed with the rest" "revisjon"
run competence list; check_has "the areas nobody covers are shown as gaps" "etterforskning"
check_has "... marked" "(ingen: et gap"
run competence action etterforskning; check_has "a gap becomes an action" "er nå oppgave T-"
run competence action hendelseshandtering; check_fail "... but not a covered area" "dekker allerede"

# insurance
run insurance import tests/data/prep/forsikring.json; check_has "import two offers" "Lagret 2"
run insurance compare; check_has "compare side by side" "Trygg, tilbud"
check_has "... cover per kind of loss" "Utpressing (løsepenger)"
check_has "... and the conditions the municipality does not meet" "vilkåret «Tofaktor på all fjerntilgang» er ikke oppfylt"
echo '{"insurance": [{"name": "A", "insurer": "B", "premium": "dyr"}]}' >"$T/ins.json"
run insurance import "$T/ins.json"; check_fail "an amount that is not a number is refused" "«premium» må være et helt tall"

# the incident log
# the clock runs from when the municipality became aware (Oslo time), not the declaration
run incident declare "Løsepengevirus på filserver" --personal-data --essential --aware "2026-11-28 08:00"
check_has "declare an incident" "H-1 er erklært"
inc() { out=$(BEREDT_TODAY= BEREDT_NOW="$1" "$B" --db "$DB" --kommune 3401 incident "${@:2}" 2>&1); rc=$?; }
inc 2026-11-28T12:30:00Z log H-1 --kind varsling "Datatilsynet skal IKKE varsles ennå; NSM NCSC er ringt"
check_has "a log entry about a notification" "Ført i loggen"
inc 2026-11-29T11:00:00Z show H-1
check_has "the clock runs from when it became known (07:00 UTC): 72 hours" "Datatilsynet (72 timer): 44 t 00 min igjen"
check_has "... a log entry's text stops no clock" "NSM (24 timer): FRISTEN ER PASSERT for 4 t 00 min siden"
check_has "times are shown in Norwegian time with the offset" "Kommunen ble kjent med hendelsen 2026-11-28 08:00 (UTC+01:00)"
inc 2026-11-29T11:00:00Z notify H-1 --to nsm --at "2026-11-28 13:31" --ref "NCSC-2026-114"
check_has "a notification is a record of its own" "Varslingen er registrert"
inc 2026-11-29T11:00:00Z show H-1
check_has "... and it stops the receiver's clock" "NSM (24 timer): varslet"
check_has "... which the record shows, with its reference" "Varslet NSM 2026-11-28 13:31 (UTC+01:00), referanse NCSC-2026-114"
check_has "... the other clock still runs" "Datatilsynet (72 timer): 44 t 00 min igjen"
inc 2026-11-29T11:00:00Z notify H-1 --to datatilsynet --at "2026-11-29 13:00"; check_fail "a notification in the future is refused" "senere enn nå"
inc 2026-11-29T11:00:00Z notify H-1 --to fbi; check_fail "an unknown receiver is refused" "Ukjent mottaker"
inc 2026-11-29T11:00:00Z notify H-1 --to kontakt; check_fail "a contact needs its name" "Kontakt"
inc 2026-11-29T11:00:00Z aware H-1 --at "2026-11-27 20:00"; check_has "when it became known can be changed" "fristene regnes nå fra 2026-11-27 20:00"
inc 2026-11-29T11:00:00Z show H-1
check_has "... and the clock follows" "Datatilsynet (72 timer): 32 t 00 min igjen"
check_has "... the change is in the log" "ble kjent med hendelsen 2026-11-27T19:00:00Z (før: 2026-11-28T07:00:00Z)"
run incident log H-1 --kind avsluttet "Normal drift"; check_ok "close the incident"
run incident log H-1 --kind korrigering "For sent"; check_fail "a closed log takes nothing more" "avsluttet"
run incident log H-1 --kind sladder "x"; check_fail "an unknown kind of entry" "Ukjent type"
if [[ "$DB" == sqlite:* ]]; then
  out=$(sqlite3 "${DB#sqlite:}" "UPDATE incident_entry SET text = 'endret';" 2>&1); rc=$?
  check_fail "the log cannot be edited, even in the database" "append-only"
  out=$(sqlite3 "${DB#sqlite:}" "DELETE FROM prep_version;" 2>&1); rc=$?
  check_fail "... nor the versions of the plan" "append-only"
  out=$(sqlite3 "${DB#sqlite:}" "UPDATE incident_notice SET receiver = 'nsm';" 2>&1); rc=$?
  check_fail "... nor a notification" "append-only"
fi

# the crisis kit
run kit --out "$T/kit.html"; check_has "the kit" "ikke kryptert"
out=$(cat "$T/kit.html")
check_has "... holds the ransomware card" "Tiltakskort: Løsepengevirus"
check_has "... the crisis organisation" "Kari Krise"
check_has "... the contacts" "KommuneCERT"
check_has "... blank pages for a paper log" "Hendelseslogg på papir"
check_has "... phone numbers a phone dials with a tap" 'href="tel:'
if grep -qiE '<script|<img|<link|src=|@import' "$T/kit.html"; then not_ok "the kit has no scripts and loads nothing"; else ok "the kit has no scripts and loads nothing"; fi
printf 'en lang og god passordfrase\n' >"$T/pass"
run kit --out "$T/kitx.html" --passphrase-file "$T/pass"; check_has "the encrypted kit" "kryptert"
if grep -q "Løsepengevirus\|KommuneCERT\|Kari Krise" "$T/kitx.html"; then not_ok "nothing of the plan is readable in the encrypted kit"; else ok "nothing of the plan is readable in the encrypted kit"; fi
printf 'kort\n' >"$T/short"
run kit --out "$T/k2.html" --passphrase-file "$T/short"; check_fail "a short passphrase is refused" "minst 12 tegn"

# the checks follow it up
run check; run finding list --format json
check_json "the plan exists and is reviewed: no plan finding" "not any(f['rule'] in ('plan-mangler', 'plan-gjennomgang') and f['status'] != 'løst' for f in j)"
check_json "unverified contacts are findings" "any(f['rule'] == 'kontakt-ubekreftet' and f['object'] == 'NSM NCSC' for f in j)"
check_json "a held exercise this month: no exercise finding" "not any(f['rule'] == 'ovelse-mangler' for f in j)"
run contact verify Politiet; run check
run finding list --format json
check_json "the kit is older than the latest change: a finding" "any(f['rule'] == 'pakke-utdatert' and f['status'] == 'ny' for f in j)"
run kit --out "$T/kit3.html"; run check
run finding list --all --format json
check_json "... and a new kit closes it" "[f for f in j if f['rule'] == 'pakke-utdatert'][0]['status'] == 'løst'"
out=$(BEREDT_TODAY=2029-01-10 BEREDT_NOW= "$B" --db "$DB" --kommune 3401 check 2>&1)
out=$("$B" --db "$DB" --kommune 3401 finding list --format json 2>&1)
check_json "two years on: the plan is overdue for review and not exercised" "any(f['rule'] == 'plan-gjennomgang' for f in j) and any(f['rule'] == 'ovelse-mangler' for f in j)"

# the report covers 4a–5b
run assess start
run report --format json
check_json "the report: plan, contacts, last exercise, open lessons, insurance, leadership report" "j['preparedness']['plan'] and j['preparedness']['roles'] == 5 and j['preparedness']['last_exercise'] == '2026-11-02' and j['preparedness']['lessons_not_actions'] == 0 and j['preparedness']['leader_report_on'] == '2026-11-28'"
run report --format md; check_has "... in words" "## Beredskap: plan, kontakter, øvelser og forsikring"
run audit list; check_has "every change is in the audit trail" "prep.change"

# the server writes a fresh encrypted kit to a directory when something changed
S="sqlite:$T/serve.db"
"$B" --db "$S" init >/dev/null && "$B" --db "$S" demo >/dev/null 2>&1
mkdir -p "$T/kits"
out=$("$B" --db "$S" serve --listen 127.0.0.1:0 --kit-dir "$T/kits" 2>&1); rc=$?
check_fail "--kit-dir needs a passphrase" "BEREDT_KIT_PASSPHRASE"
BEREDT_KIT_PASSPHRASE="en lang og god passordfrase" "$B" --db "$S" serve --listen 127.0.0.1:0 --kit-dir "$T/kits" >"$T/serve.log" 2>&1 &
spid=$!
for _ in $(seq 1 60); do [ -s "$T/kits/beredskapspakke-3499.html" ] && break; sleep 1; done
kill -TERM "$spid"; wait "$spid" 2>/dev/null
if [ -s "$T/kits/beredskapspakke-3499.html" ] && grep -q "crypto.subtle" "$T/kits/beredskapspakke-3499.html" && ! grep -q "KommuneCERT" "$T/kits/beredskapspakke-3499.html"; then
  ok "beredt serve writes an encrypted kit for the demo municipality to the directory"
else
  not_ok "beredt serve writes an encrypted kit to the directory" "$(ls -la "$T/kits")" "$(cat "$T/serve.log")"
fi

# backup and restore of beredt's own database
if [[ "$DB" == sqlite:* ]]; then
  run backup --out "$T/kopi.db"; check_has "backup" "skrevet til"
  run backup verify "$T/kopi.db"; check_has "the copy opens and its audit trail is whole" "revisjonssporet er helt"
  out=$("$B" --db "sqlite:$T/kopi.db" --kommune 3401 plan card losepengevirus 2>&1)
  check_has "the restored copy has the plan" "Ring IT-vakt"
  run backup --out "$T/kopi.db"; check_fail "a backup never overwrites" "finnes allerede"
else
  run backup --out "$T/kopi.dump"; check_has "backup with pg_dump" "skrevet til"
  if [ "$(head -c 5 "$T/kopi.dump" 2>/dev/null)" = "PGDMP" ]; then ok "... in pg_dump's custom format"; else not_ok "... in pg_dump's custom format" "$(head -c 100 "$T/kopi.dump" | od -c | head -3)"; fi
  # restore into a database of its own, as the runner made it (scripts/pg-test createdb)
  if [ -n "${PREP_RESTORE_DB:-}" ]; then
    out=$(pg_restore --no-owner -d "$PREP_RESTORE_DB" "$T/kopi.dump" 2>&1); rc=$?
    check_ok "pg_restore reads the copy into an empty database"
    out=$("$B" --db "$PREP_RESTORE_DB" --kommune 3401 plan card losepengevirus 2>&1)
    check_has "the restored database has the plan" "Ring IT-vakt"
    out=$("$B" --db "$PREP_RESTORE_DB" audit verify 2>&1)
    check_has "... and its audit trail is whole" "helt"
  fi
fi

echo "1..$n"
[ "$failed" -eq 0 ]
