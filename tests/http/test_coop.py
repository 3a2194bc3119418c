#!/usr/bin/env python3
"""One account, several tenants (issue 13): memberships with a role each, the switcher in
the header, invitations to an existing account that become memberships, and the isolation
that must hold through all of it: a switch to a tenant without a membership is a 404, a
removed or switched-off membership ends access at once (open sessions and API keys too), and
what is seen in one tenant is never seen in another. Standard library only; prints TAP.

usage: test_coop.py BEREDT DB_URL
"""
import email
import email.policy
import glob
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beredt_http import Client, enroll_at, invite_and_enroll, login_at, ok, run_cli, run_sql, section, tap, totp  # noqa: E402

BEREDT, DB = sys.argv[1], sys.argv[2]
# one clock for the server and every CLI run of this test (links are stamped by one, checked by the other)
os.environ["BEREDT_NOW"] = "2026-11-28T10:00:00Z@%d" % int(time.time())
os.environ.pop("BEREDT_TODAY", None)
ENV = dict(os.environ, BEREDT_USER="test", BEREDT_LANG="")
PASSWORD = "korrekt hest batteri stift"


def cli(*args):
    return run_cli(BEREDT, DB, ENV, *args)


rc, out = cli("init")
assert rc == 0, out
rc, out = cli("demo", "--coop")
assert rc == 0, out

# a real SMTP server on loopback (STARTTLS and login), for the invitations' mail
TMP = tempfile.mkdtemp(prefix="beredt-coop.")
MAIL = os.path.join(TMP, "mail")
os.mkdir(MAIL)
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", TMP + "/key.pem", "-out",
                TMP + "/cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
               capture_output=True, check=True)
with socket.socket() as sock:
    sock.bind(("127.0.0.1", 0))
    SMTP = sock.getsockname()[1]
here = os.path.dirname(os.path.abspath(__file__))
sink = subprocess.Popen(["/usr/bin/python3", os.path.join(here, "..", "helpers", "smtp_sink.py"), "ok", str(SMTP), MAIL,
                         TMP + "/cert.pem", TMP + "/key.pem", "beredt", "s3cret-pass"], stdout=subprocess.PIPE, text=True)
sink.stdout.readline()
SERVER_ENV = dict(ENV, BEREDT_SMTP_URL="smtp://127.0.0.1:%d" % SMTP, BEREDT_SMTP_USER="beredt",
                  BEREDT_SMTP_PASSWORD="s3cret-pass", BEREDT_SMTP_FROM="beredt@iktfjell.no",
                  BEREDT_SMTP_CA=TMP + "/cert.pem")
proc = subprocess.Popen([BEREDT, "--db", DB, "serve", "--listen", "127.0.0.1:0", "--threads", "4",
                         "--check-interval", "0"], env=SERVER_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                        text=True)
m = re.search(r"(http://127\.0\.0\.1:(\d+))", proc.stdout.readline())
if not m:
    print("Bail out! the server did not start")
    sys.exit(1)
BASE = m.group(1)
users = {}


def add_user(email, role, kommune="3499"):
    users[email] = invite_and_enroll(BEREDT, DB, ENV, BASE, email, role, kommune, PASSWORD)
    return users[email]["client"]


def fresh_code(email):
    """The current code, made unused again behind the server's back (so the test need not wait
    30 s for a new code; replay is checked in test_attack.py)."""
    run_sql(DB, f"UPDATE app_user SET totp_last_step = 0 WHERE email = '{email}'")
    return totp(users[email]["key"])


def login(email):
    c, _, r2, _ = login_at(BASE, email, fresh_code(email), PASSWORD)
    return c, r2


def switcher(page):
    """The switcher's options as (code, text, selected)."""
    m = re.search(r'<select id="bytt-til" name="kommune">(.*?)</select>', page, re.S)
    if not m:
        return []
    return [(v, t, bool(s)) for v, s, t in re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', m.group(1))]


def mail_to(address, wait=10.0):
    """The mails the sink has for an address (waits for the first)."""
    end = time.time() + wait
    while True:
        found = []
        for path in sorted(glob.glob(MAIL + "/*.eml")):
            with open(path, "rb") as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            if address in (m["To"] or ""):
                found.append(m)
        if found or time.time() > end:
            return found
        time.sleep(0.2)


def enrol_link(text):
    m = re.search(r"token=([A-Za-z0-9_-]+)", text)
    return m.group(1) if m else None


def ids_unique(page):
    ids = re.findall(r'\sid="([^"]+)"', page)
    return len(ids) == len(set(ids))


def audit_actions(kommune):
    rc, out = cli("--kommune", kommune, "audit", "list", "--limit", "200", "--format", "json")
    return [(x["action"], x["object"]) for x in json.loads(out)] if rc == 0 else []


try:
    with section("two municipalities, one account in both"):
        rc, out = cli("tenant", "add", "--kommune", "3401", "--name", "Annenby kommune", "--orgnr", "123456785")
        ok(rc == 0, "a second municipality", out)
        rc, out = cli("tenant", "add", "--kommune", "3403", "--name", "Tredjeby kommune", "--orgnr", "964950113")
        ok(rc == 0, "a third municipality, where the adviser has no membership", out)
        add_user("admin@granheim.no", "admin")
        annenby = add_user("admin@annenby.no", "admin", kommune="3401")
        adviser = add_user("radgiver@granheim.no", "les")
        page = adviser.get("/oversikt").text
        ok(switcher(page) == [] and 'class="tenant"' in page, "one membership: the tenant's name, no switcher")

        annenby.get("/brukere")
        r = annenby.post("/brukere", {"email": "radgiver@granheim.no", "name": "Rådgiver", "role": "admin"})
        link = re.search(r"token=([A-Za-z0-9_-]+)", r.text)
        ok(r.status == 200 and link, "Annenby invites the adviser's existing address as admin", r.status)
        link = link.group(1)
        anon = Client(BASE).get("/enroll?token=" + link)
        ok(anon.status == 200 and "Annenby kommune" in anon.text and "/enroll/godta" not in anon.text
           and "Logg inn" in anon.text, "opened without signing in: who invited, and to sign in first", anon.status)
        other = users["admin@granheim.no"]["client"].get("/enroll?token=" + link)
        ok("/enroll/godta" not in other.text, "signed in as another account: no accept form")
        r = users["admin@granheim.no"]["client"].post("/enroll/godta", {"token": link})
        ok(r.status == 404, "another account cannot accept it", r.status)
        mine = adviser.get("/enroll?token=" + link)
        ok("/enroll/godta" in mine.text, "signed in as the invited account: a form to accept")
        r = adviser.post("/enroll/godta", {"token": link})
        ok(r.status == 303 and r.headers.get("Location") == "/oversikt", "accepting switches to Annenby", r.status)
        page = adviser.get("/oversikt").text
        opts = switcher(page)
        ok([o[0] for o in opts] == ["3401", "3499"] and [o[0] for o in opts if o[2]] == ["3401"],
           "the switcher lists exactly the account's two tenants, Annenby selected", opts)
        ok("(Administrator)" in dict((o[0], o[1]) for o in opts)["3401"]
           and "(Les)" in dict((o[0], o[1]) for o in opts)["3499"], "each with its own role", opts)
        ok(adviser.get("/brukere").status == 200, "admin in Annenby: the users page opens")
        ok(adviser.post("/enroll/godta", {"token": link}).status == 404, "the link is used up")
        rc, out = cli("--kommune", "3401", "user", "list", "--format", "json")
        ok(any(u["email"] == "radgiver@granheim.no" and u["role"] == "admin" for u in json.loads(out)),
           "Annenby's user list has the adviser as admin", out)
        ok(("user.join", "radgiver@granheim.no") in audit_actions("3401"), "the joining is audited in Annenby")

    with section("switching"):
        r = adviser.post("/bytt", {"kommune": "3499"})
        ok(r.status == 303, "switch to Granheim", r.status)
        ok(adviser.get("/brukere").status == 403, "a reader in Granheim: the users page is refused")
        ros = adviser.get("/ros").text
        ok("Active Directory" in ros and "Granheim" in ros, "Granheim's register is shown")
        acts = audit_actions("3499")
        ok(("session.switch", acts[0][1]) in acts and acts[0][0] == "session.switch", "the switch is audited", acts[:3])
        ok(any(a == "session.switch-out" for a, _ in audit_actions("3401")), "... and its leaving on the other side")
        nothere = adviser.post("/bytt", {"kommune": "3403"})
        nowhere = adviser.post("/bytt", {"kommune": "9999"})
        ok(nothere.status == nowhere.status == 404, "a switch to a tenant without a membership gives 404, as to none",
           (nothere.status, nowhere.status))
        ok(re.sub(r"9999|3403", "X", nothere.text) == re.sub(r"9999|3403", "X", nowhere.text),
           "... with the same answer")
        ok("Granheim" in adviser.get("/oversikt").text, "... and the session stays where it was")
        r = adviser.post("/bytt", {"kommune": "3499", "tenant_id": "2"})
        ok(r.status == 400, "a field the form does not have is refused", r.status)
        r = Client(BASE).post("/bytt", {"kommune": "3401"}, csrf=False)
        ok(r.status == 403, "switching needs a signed-in session", r.status)

    with section("isolation between the account's tenants"):
        adviser.post("/bytt", {"kommune": "3401"})
        ros = adviser.get("/ros").text
        ok("Active Directory" not in ros and "dc01.granheim" not in ros, "in Annenby, none of Granheim's register")
        for path in ("/ros/systemer/Active%20Directory", "/tiltak/1", "/funn", "/beredskap/kontakter.vcf"):
            page = adviser.get(path)
            body = page.text.split('<main id="main">', 1)[-1]   # the header's switcher names both
            ok("granheim" not in body.lower(),
               f"{path} in Annenby shows nothing of Granheim", (page.status, page.text[:200]))
        rc, out = cli("--kommune", "3499", "ros", "list", "systemer", "--format", "json")
        ok(rc == 0 and "Active Directory" in out, "(Granheim still has it)", out[:200])

    with section("roles per membership, changed and removed"):
        rc, out = cli("--kommune", "3499", "user", "grant", "--email", "radgiver@granheim.no", "--role", "redaktor")
        ok(rc == 0, "the installation gives the adviser redaktor in Granheim", out)
        adviser.post("/bytt", {"kommune": "3499"})
        page = adviser.get("/oversikt").text
        ok(dict((o[0], o[1]) for o in switcher(page)).get("3499", "").endswith("(Redaktør)"), "the new role shows",
           switcher(page))
        rc, out = cli("--kommune", "3499", "user", "grant", "--email", "ingen@x.no", "--role", "les")
        ok(rc != 0 and "Ingen konto" in out, "grant needs an existing account", out)
        r = annenby.post("/brukere/nullstill", {"email": "radgiver@granheim.no"})
        ok(r.status == 409 and "token=" not in r.text, "Annenby's admin cannot reset the second factor of a shared account",
           r.status)
        # a membership switched off: access there ends at once, elsewhere it lives
        adviser.post("/bytt", {"kommune": "3401"})
        r = annenby.post("/brukere/deaktiver", {"email": "radgiver@granheim.no"})
        ok(r.status == 303, "Annenby switches the adviser off", r.status)
        ok(adviser.get("/oversikt").status in (302, 303), "the open session in Annenby ends at once")
        c, r2 = login("radgiver@granheim.no")
        ok(r2.status == 303 and "Granheim" in c.get("/oversikt").text, "the adviser still signs in, to Granheim")
        ok(c.post("/bytt", {"kommune": "3401"}).status == 404, "... and cannot switch to Annenby")
        ok([o[0] for o in switcher(c.get("/oversikt").text)] == [], "... which has left the switcher")
        r = annenby.post("/brukere/aktiver", {"email": "radgiver@granheim.no"})
        ok(r.status == 303 and c.post("/bytt", {"kommune": "3401"}).status == 303, "switched on again, it works again")
        # an API key made in Annenby ends with the membership there
        c.get("/profil")
        r = c.post("/profil/nokler", {"label": "skript", "token-password": PASSWORD,
                                      "token-code": fresh_code("radgiver@granheim.no")})
        key = re.search(r'id="api-token">([^<]+)<', r.text)
        api = lambda k: Client(BASE).request("GET", "/api/v1/ros", headers={"Authorization": "Bearer " + k})  # noqa: E731
        ok(key and api(key.group(1)).status == 200, "an API key made in Annenby works", r.status)
        ok(key and "Active Directory" not in api(key.group(1)).text, "... and sees Annenby's register, not Granheim's")
        rc, out = cli("--kommune", "3401", "user", "remove", "radgiver@granheim.no")
        ok(rc == 0, "the installation ends the membership in Annenby", out)
        ok(key and api(key.group(1)).status == 401, "the API key there stops at once")
        ok(c.get("/oversikt").status in (302, 303), "the open session there ends at once")
        c, r2 = login("radgiver@granheim.no")
        ok(r2.status == 303 and switcher(c.get("/oversikt").text) == [], "signed in again: Granheim only")
        rc, out = cli("--kommune", "3401", "user", "list", "--format", "json")
        ok(all(u["email"] != "radgiver@granheim.no" for u in json.loads(out)), "Annenby no longer lists the adviser")
        ok(("user.remove" in [a for a, _ in audit_actions("3401")]), "the removal is audited")
        hist = run_sql(DB, "SELECT COUNT(*) FROM membership m JOIN app_user u ON u.id = m.user_id "
                           "WHERE u.email = 'radgiver@granheim.no' AND m.ended_at IS NOT NULL")
        ok(int(hist.strip()) >= 2, "the ended memberships are kept as history", hist)

    # ---- the cooperation's IT manager: one account, one authenticator entry -----------------
    with section("the cooperation's IT manager"):
        rc, out = cli("--coop", "ikt-fjell", "user", "reset-2fa", "it-leder@iktfjell.no", "--base-url", BASE)
        ok(rc == 0 and enrol_link(out), "the demo's IT manager gets a link from the installation", out)
        c, key, codes, _ = enroll_at(BASE, enrol_link(out), PASSWORD)
        users["it-leder@iktfjell.no"] = {"client": c, "key": key, "codes": codes}
        lead, r2 = login("it-leder@iktfjell.no")
        page = lead.get("/oversikt").text
        opts = switcher(page)
        ok(r2.status == 303 and [o[0] for o in opts if o[2]] == ["ikt-fjell"], "signed in, in the cooperation", opts)
        ok(sorted(o[0] for o in opts) == ["3491", "3492", "3493", "3494", "3499", "ikt-fjell"],
           "one account, six tenants in the switcher", opts)
        ok('href="/samarbeid"' in page, "the cooperation's pages are in the menu")
        side = lead.get("/samarbeid")
        ok(side.status == 200 and all(n in side.text for n in ("Fjellvik kommune", "Bekkestad kommune", "Lia kommune",
                                                                  "Sørdal kommune", "Granheim kommune")),
           "members side by side: all five", side.status)
        ok("<svg" in side.text and "Samlet beredskap per medlem" in side.text, "... with a chart")
        ok(side.text.split('<main id="main">', 1)[-1].count('action="/bytt"') == 5, "... each row switches into that member")
        ok("AD IKT Fjell" in side.text and re.search(r"AD IKT Fjell</strong>: \d+ tjenester stopper, hos 5 medlemmer",
                                                    side.text), "the services resting on the shared AD, in all five")
        ok(ids_unique(side.text), "no id twice on the page")

    with section("what if the shared AD is compromised"):
        wi = lead.get("/samarbeid/hva-hvis?n=AD+IKT+Fjell&modus=ute")
        ok(wi.status == 200, "the what-if across members answers", wi.status)
        rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td><td>([^<]+)</td><td>(\d)</td><td>([^<]+)</td>", wi.text)
        ok(rows and rows[0][1] == "Granheim kommune" and rows[0][3] == "5" and rows[0][4] == "1 t",
           "the first to restore: a vital service with one hour's tolerable downtime", rows[:3])
        ok(any(r[1] == "Bekkestad kommune" and r[2] == "Pasientvarsling i sykehjem" for r in rows),
           "Bekkestad's nurse-call alarms (they sign in against the shared AD) stop", rows)
        ok(not any(r[1] == "Fjellvik kommune" and r[2] == "Pasientvarsling i sykehjem" for r in rows),
           "... Fjellvik's do not (they need only the network)")
        ok(all(f"({k})" in wi.text for k in ("3491", "3492", "3493", "3494", "3499")), "a section per municipality")
        ok(wi.text.count("<svg") >= 5 and ids_unique(wi.text), "each drawn on its own graph, ids apart")
        rc, out = cli("--coop", "ikt-fjell", "ros", "impact", "AD IKT Fjell", "--format", "json")
        j = json.loads(out) if rc == 0 else {}
        ok(rc == 0 and len(j["services"]) == len(rows) and
           [(x["kommune"], x["service"]) for x in j["services"]] == [(r[1], r[2]) for r in rows],
           "the CLI gives the same services in the same order, each with its kommunenr", (len(rows), out[:300]))
        ok(all(re.fullmatch(r"\d{4}", x["kommunenr"]) for x in j.get("services", [])), "... the kommunenr on each")
        bad = lead.get("/samarbeid/hva-hvis?n=felles:AD+IKT+Fjell")
        ok(bad.status == 404 and "ikke et av samarbeidets systemer" in bad.text, "an unknown name is refused clearly",
           bad.status)
        rc, out = cli("--coop", "ikt-fjell", "overview", "--format", "json")
        j = json.loads(out) if rc == 0 else []
        ok(rc == 0 and [m["kommunenr"] for m in j] == ["3491", "3492", "3493", "3494", "3499"] and
           all("readiness" in m and "overdue_actions" in m for m in j), "beredt --coop ID overview --format json", out[:300])

    with section("the what-if asked again is never older than a change"):
        url = "/samarbeid/hva-hvis?n=L%C3%B8nn+og+HR+Fjell&modus=ute"
        lia = lambda page: re.search(r"<td>Lia kommune</td><td>Lønn</td><td>\d</td><td>([^<]+)</td>", page)  # noqa: E731
        first, again = lead.get(url).text, lead.get(url).text
        ok(lia(first) and lia(first).group(1) == "72 t" and first == again, "the same question, the same answer",
           lia(first) and lia(first).group(1))
        svc = os.path.join(TMP, "lia.csv")
        with open(svc, "w", encoding="utf-8") as f:
            f.write("navn;sektor;eier;kritikalitet;maks_nedetid_timer\nLønn;administrasjon;Økonomisjef;4;24\n")
        rc, out = cli("--kommune", "3493", "ros", "import", "--services", svc)
        later = lead.get(url).text
        ok(rc == 0 and lia(later) and lia(later).group(1) == "24 t", "a change in one member shows at once", out)

    with section("onboarding in the browser"):
        lead.get("/samarbeid")
        r = lead.post("/samarbeid/medlemmer", {"kommunenr": "3495", "navn": "Nyby kommune", "orgnr": "944990089"})
        ok(r.status == 303, "the IT manager adds a new member municipality", (r.status, r.text[:300]))
        rc, out = cli("coop", "show", "ikt-fjell", "--format", "json")
        ok(rc == 0 and "3495" in [m["kommunenr"] for m in json.loads(out)["members"]], "it is a member now", out[:200])
        rc, out = cli("--kommune", "3495", "ros", "list", "systemer", "--format", "json")
        shared = [x["name"] for x in json.loads(out)] if rc == 0 else []
        ok("felles:AD IKT Fjell" in shared and all(x["shared"] for x in json.loads(out)),
           "it starts with the shared systems in its register", out[:200])
        rc, out = cli("--kommune", "3495", "assess", "show", "--format", "json")
        ok(rc == 0, "... and with a round", out[:200])
        ok("3495" in [o[0] for o in switcher(lead.get("/oversikt").text)], "the IT manager is admin there (switcher)")
        r = lead.post("/samarbeid/medlemmer", {"kommunenr": "3401", "navn": "Annenby kommune", "orgnr": "123456785"})
        ok(r.status == 409 and "registrert i beredt allerede" in r.text, "an existing municipality is not taken over",
           r.status)
        r = lead.post("/samarbeid/medlemmer", {"kommunenr": "9901", "navn": "X", "orgnr": "944990089"})
        ok(r.status == 400 and "fylkesnummer" in r.text, "a kommunenummer with no county is refused", r.status)
        r = lead.post("/samarbeid/medlemmer", {"kommunenr": "3496", "navn": "X", "orgnr": "944990088"})
        ok(r.status == 400 and "kontrollsiffer" in r.text, "an organisasjonsnummer with a wrong check digit is refused")

        r = lead.post("/samarbeid/invitasjoner", {"email": "leder@nyby.no", "name": "Nina Leder", "medlem": "3495",
                                                  "role": "leder"})
        link = enrol_link(r.text)
        ok(r.status == 200 and link and "lagt i kø for e-post" in r.text, "the leader of Nyby is invited", r.status)
        mails = mail_to("leder@nyby.no")
        ok(mails and link in mails[-1].get_content() and "Nyby kommune" in mails[-1]["Subject"],
           "the one-time link goes out by e-mail", [m["Subject"] for m in mails])
        c, key, codes, _ = enroll_at(BASE, link, PASSWORD)
        users["leder@nyby.no"] = {"client": c, "key": key, "codes": codes}
        leader, r2 = login("leder@nyby.no")
        page = leader.get("/oversikt").text
        ok(r2.status == 303 and "Nyby kommune" in page and switcher(page) == [], "the leader signs in, to Nyby only")
        ros = leader.get("/ros").text
        ok("felles:AD IKT Fjell" in ros and "Pasientvarsling Fjellvik" not in ros and "Barnevernssystem Lia" not in ros,
           "Nyby sees the shared systems and no other member's")
        ok(leader.get("/samarbeid").status == 404, "a municipality has no cooperation pages")
        ok(leader.post("/bytt", {"kommune": "ikt-fjell"}).status == 404, "nor can it switch into the cooperation")
        leader.get("/ros")
        r = leader.upload("/ros/import", {"systemer": ("s.csv", "navn;type;drift\nfelles:AD IKT Fjell;infrastruktur;egen\n")})
        ok(r.status == 400 and "forbeholdt samarbeidets" in r.text, "a member cannot change a shared system", r.status)
        rc, out = cli("--kommune", "3495", "ros", "list", "systemer", "--format", "json")
        ok(rc == 0 and all(x["shared"] for x in json.loads(out)), "... and nothing was changed")
        r = leader.upload("/ros/import", {"avhengigheter": ("d.csv", "fra_type;fra;til_type;til;type\n"
                                                                  "system;felles:AD IKT Fjell;system;felles:VMware IKT Fjell;kjorer-pa\n")})
        ok(r.status == 400 and "samarbeidets" in r.text, "... nor the shared systems' own dependencies", r.status)

        csv = ("navn;epost;kommunenr;rolle\nKari;kari@fjellvik.no;3491;leder\nOla;ola@bekkestad.no;3492;redaktor\n")
        lead.get("/samarbeid")
        r = lead.upload("/samarbeid/invitasjoner/csv", {"personer": ("personer.csv", csv)})
        ok(r.status == 200 and r.text.count("token=") >= 2, "a CSV of people invites many at once", r.status)
        ok(mail_to("kari@fjellvik.no") and mail_to("ola@bekkestad.no"), "... each by e-mail")
        rc, out = cli("--kommune", "3492", "user", "list", "--format", "json")
        ok(any(u["email"] == "ola@bekkestad.no" and u["role"] == "redaktor" for u in json.loads(out)),
           "... each in their municipality with their role", out)
        lead.post("/bytt", {"kommune": "3491"})
        lead.get("/brukere")
        r = lead.post("/brukere/invitasjon/ny-lenke", {"email": "kari@fjellvik.no"})
        link = enrol_link(r.text)
        again = mail_to("kari@fjellvik.no")
        deadline = time.time() + 10
        while len(again) < 2 and time.time() < deadline:
            time.sleep(0.2)
            again = mail_to("kari@fjellvik.no")
        ok(r.status == 200 and "lagt i kø for e-post" in r.text and len(again) == 2 and link in again[-1].get_content()
           and "Ny lenke" in again[-1]["Subject"], "a pending invitation is sent again, with a new link", r.status)
        r = lead.post("/brukere/invitasjon/trekk", {"email": "kari@fjellvik.no"})
        ok(r.status == 303 and Client(BASE).get("/enroll?token=" + link).status == 404, "... or withdrawn")
        lead.post("/bytt", {"kommune": "ikt-fjell"})
        lead.get("/samarbeid")
        badcsv = "navn;epost;kommunenr;rolle\nA;a@x.no;3491;les\nB;b@x.no;3401;les\n"
        r = lead.upload("/samarbeid/invitasjoner/csv", {"personer": ("personer.csv", badcsv)})
        rc, out = cli("--kommune", "3491", "user", "list", "--format", "json")
        ok(r.status == 404 and "3401 er ikke medlem" in r.text and all(u["email"] != "a@x.no" for u in json.loads(out)),
           "a row for a municipality outside the cooperation: nobody is invited", r.status)
        r = lead.upload("/samarbeid/invitasjoner/csv", {"personer": ("personer.csv", "navn;epost;kommunenr;rolle\nA;a@x.no;3491;sjef\n")})
        ok(r.status == 400 and "linje 2" in r.text, "a bad role is refused, naming the line", r.status)

    with section("the cooperation's reader"):
        rc, out = cli("--coop", "ikt-fjell", "user", "reset-2fa", "radgiver@iktfjell.no", "--base-url", BASE)
        c, key, codes, _ = enroll_at(BASE, enrol_link(out), PASSWORD)
        users["radgiver@iktfjell.no"] = {"client": c, "key": key, "codes": codes}
        reader, _ = login("radgiver@iktfjell.no")
        reader.get("/oversikt")
        ok(reader.post("/bytt", {"kommune": "ikt-fjell"}).status == 303, "the adviser switches to the cooperation")
        side = reader.get("/samarbeid")
        ok(side.status == 200 and "/samarbeid/medlemmer" not in side.text, "a reader sees the members, not the forms")
        ok(reader.post("/samarbeid/medlemmer", {"kommunenr": "3497", "navn": "Y", "orgnr": "944990097"}).status == 403,
           "... and may not add one")
        main = side.text.split('<main id="main">', 1)[-1]
        ok(main.count('action="/bytt"') == 2, "... with a switch only into the members it belongs to (two)",
           main.count('action="/bytt"'))

    with section("findings on shared systems, reports and the crisis kit"):
        rc, out = cli("--coop", "ikt-fjell", "check")
        ok(rc == 0 and "nye" in out, "the cooperation's checks run on its own register", out)
        rc, out = cli("--coop", "ikt-fjell", "finding", "list", "--format", "json")
        shared = json.loads(out) if rc == 0 else []
        ok(any(f["object"] == "AD IKT Fjell" and f["severity"] in ("kritisk", "høy") for f in shared),
           "... and find what is wrong with the shared AD, weighed by the members' services", out[:300])
        rc, out = cli("--kommune", "3492", "check")
        rc, out = cli("--kommune", "3492", "finding", "list", "--format", "json")
        ok(rc == 0 and not any(f["object"].startswith("felles:") for f in json.loads(out)),
           "a member's checks leave the shared systems to the cooperation", out[:300])
        lead.post("/bytt", {"kommune": "3492"})
        page = lead.get("/funn").text
        ok("Funn på de felles systemene (rettes av IKT Fjell)" in page and "Rettes av IKT Fjell" in page,
           "a member sees the cooperation's findings on the shared systems, read-only")
        shared_part = page.split("Funn på de felles systemene", 1)[-1]
        ok("/kvitter" not in shared_part and "/aksepter" not in shared_part, "... without the buttons to change them")
        rc, out = cli("--kommune", "3492", "report", "--format", "json", "--out", "-")
        j = json.loads(out) if rc == 0 else {}
        coop = j.get("cooperation", {})
        ok(coop.get("name") == "IKT Fjell" and any(x["name"] == "AD IKT Fjell" and x["services_stopped"] == 6
                                                    for x in coop.get("shared_systems", [])),
           "the member's report names the shared systems and what stops with each", json.dumps(coop)[:300])
        ok([c["name"] for c in coop.get("contacts", [])] == ["Servicedesk IKT Fjell", "Hendelseslinje IKT Fjell"],
           "... and the cooperation's service desk and incident line", coop.get("contacts"))
        ok(coop.get("shared_findings", {}).get("open", 0) > 0, "... and its open findings on them")
        rep = lead.get("/rapport/vis").text
        ok("IKT-samarbeidet: IKT Fjell" in rep and "Hendelseslinje IKT Fjell" in rep, "the same in the report's HTML")
        kit = os.path.join(TMP, "kit.html")
        rc, out = cli("--kommune", "3492", "kit", "--out", kit)
        ok(rc == 0 and "Hendelseslinje IKT Fjell" in open(kit, encoding="utf-8").read(),
           "the member's crisis kit has the cooperation's incident line", out)
        lead.post("/bytt", {"kommune": "ikt-fjell"})
        rep = lead.get("/rapport/vis")
        ok(rep.status == 200 and "Rapport til representantskapet: IKT Fjell" in rep.text, "the cooperation's board report",
           rep.status)
        ok("Er domenet «AD IKT Fjell» kompromittert" in rep.text and
           all(n in rep.text for n in ("Fjellvik kommune (3491)", "Bekkestad kommune (3492)", "Granheim kommune (3499)")),
           "... answers 'the shared AD is compromised' per municipality")
        ok(rep.headers.get("Content-Security-Policy", "").startswith("default-src 'none'"), "... under the report's CSP")
        rc, out = cli("--coop", "ikt-fjell", "report", "--format", "json", "--out", "-")
        j = json.loads(out) if rc == 0 else {}
        ad = [d for d in j.get("domains", []) if d["domain"] == "AD IKT Fjell"]
        ok(ad and ad[0]["restore_order"][0]["kommunenr"] == "3499" and
           {x["kommunenr"] for x in ad[0]["restore_order"]} >= {"3491", "3492", "3493", "3494", "3499"},
           "the CLI's board report: the restore order across members", out[:300])
        md = lead.get("/rapport/last-ned?format=md")
        ok(md.status == 200 and "representantskapet" in md.headers.get("Content-Disposition", ""), "... as Markdown too")

    with section("isolation on every page and for every role"):
        # every GET route of the router, as each role of a member (and its API key): no other
        # member's name or own systems on any of them, only the shared ones
        src = open(os.path.join(here, "..", "..", "src", "web", "router.c"), encoding="utf-8").read()
        routes = re.findall(r'\{ "GET", "([^"]+)"', src)
        pages = [r.replace("*", "1") for r in routes if not r.startswith(("/static", "/login", "/enroll"))]
        pages += ["/ros/eksport/register", "/ros/eksport/systemer", "/ros/eksport/avhengigheter",
                  "/ros/hva-hvis?n=felles%3AAD+IKT+Fjell", "/ros/graf?tjeneste=Barnevern", "/rapport/last-ned?format=json",
                  "/api/v1/ros/impact?n=felles%3AAD+IKT+Fjell"]
        others = ("Bekkestad", "Sørdal", "Granheim", "Lia kommune", "Nyby", "Annenby", "Pasientvarsling Lia",
                  "Barnevernssystem Sørdal", "dc01.granheim")
        leaks = []
        for role in ("les", "redaktor", "leder", "admin"):
            address = f"{role}@fjellvik.no"
            add_user(address, role, kommune="3491")
            c, _ = login(address)
            c.get("/profil")
            r = c.post("/profil/nokler", {"label": "sveip", "token-password": PASSWORD, "token-code": fresh_code(address)})
            key = re.search(r'id="api-token">([^<]+)<', r.text)
            for path in pages:
                if path.startswith("/api/"):
                    if not key:
                        leaks.append((role, path, "no key"))
                        continue
                    got = Client(BASE).request("GET", path, headers={"Authorization": "Bearer " + key.group(1)})
                else:
                    got = c.get(path)
                body = got.text.split('<main id="main">', 1)[-1]
                for name in others:
                    if name in body:
                        leaks.append((role, path, got.status, name))
        ok(len(pages) > 40, "the sweep covers the router's pages", len(pages))
        ok(not leaks, "no page, download or API answer shows another member's data, for any role", leaks[:10])

    with section("a shared system's security profile"):
        rc, out = cli("--coop", "ikt-fjell", "posture", "set", "AD IKT Fjell", "--innlogging", "tofaktor",
                      "--backup-offline", "ja")
        ok(rc == 0, "the cooperation describes its AD", out)
        lead.post("/bytt", {"kommune": "3492"})
        page = lead.get("/ros/sikkerhet").text
        shared_part = page.split("De felles systemene (profilene føres av IKT Fjell)", 1)
        ok(len(shared_part) == 2 and "felles:AD IKT Fjell" in shared_part[1], "a member sees the shared systems' profiles")
        one = lead.get("/ros/sikkerhet/system?navn=felles%3AAD+IKT+Fjell")
        ok(one.status == 200 and "tofaktor" in one.text.lower(), "... one of them, as the cooperation keeps it", one.status)
        ok('type="submit"' not in one.text.split('<main id="main">', 1)[-1], "... read-only, with nothing to save")
        r = lead.post("/ros/sikkerhet/system", {"navn": "felles:AD IKT Fjell", "auth": "passord"})
        rc, out = cli("--coop", "ikt-fjell", "posture", "show", "AD IKT Fjell", "--format", "json")
        ok(r.status in (400, 403) and "tofaktor" in out, "a member cannot change it", (r.status, out[:200]))
        lead.post("/bytt", {"kommune": "ikt-fjell"})

    with section("a member leaving, a shared system removed"):
        rc, out = cli("coop", "member", "remove", "ikt-fjell", "3491")
        ok(rc != 0 and "avhengigheter til de felles systemene" in out, "refused while its register rests on them", out)
        rc, out = cli("--coop", "ikt-fjell", "ros", "remove", "EPJ Fjell")
        ok(rc == 4 and "kan ikke fjernes" in out and "3491 Fjellvik kommune: Pleie og omsorg i sykehjem" in out
           and "3492 Bekkestad kommune: Hjemmetjeneste" in out,
           "a shared system members depend on is not removed: the refusal lists the dependants", out)
        rc, out = cli("--kommune", "3491", "ros", "remove", "felles:EPJ Fjell")
        ok(rc != 0 and "samarbeidets" in out, "a member cannot remove a shared system", out)
        rc, out = cli("--coop", "ikt-fjell", "ros", "list", "systemer", "--format", "json")
        ok(rc == 0 and any(x["name"] == "EPJ Fjell" for x in json.loads(out)), "... and it is still there")
        sysfile = os.path.join(TMP, "test-system.csv")
        with open(sysfile, "w", encoding="utf-8") as f:
            f.write("navn;type;drift\nTestserver IKT Fjell;infrastruktur;samarbeid\n")
        rc, out = cli("--coop", "ikt-fjell", "ros", "import", "--systems", sysfile)
        rc, out = cli("--coop", "ikt-fjell", "ros", "remove", "Testserver IKT Fjell")
        rc2, out2 = cli("--kommune", "3491", "ros", "list", "systemer", "--format", "json")
        ok(rc == 0 and rc2 == 0 and all(x["name"] != "felles:Testserver IKT Fjell" for x in json.loads(out2)),
           "one nothing depends on is removed, and leaves every member's register", out)
        ok(("ros.system-remove", "Testserver IKT Fjell") in audit_actions("ikt-fjell"), "... audited")
finally:
    proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    sink.terminate()

print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
