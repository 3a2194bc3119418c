#!/usr/bin/env python3
"""One account, several tenants (issue 13): memberships with a role each, the switcher in
the header, invitations to an existing account that become memberships, and the isolation
that must hold through all of it: a switch to a tenant without a membership is a 404, a
removed or switched-off membership ends access at once (open sessions and API keys too), and
what is seen in one tenant is never seen in another. Standard library only; prints TAP.

usage: test_coop.py BEREDT DB_URL
"""
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beredt_http import Client, enroll_at, login_at, ok, run_cli, run_sql, section, tap, totp  # noqa: E402

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
rc, out = cli("demo")
assert rc == 0, out
proc = subprocess.Popen([BEREDT, "--db", DB, "serve", "--listen", "127.0.0.1:0", "--threads", "4",
                         "--check-interval", "0"], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
m = re.search(r"(http://127\.0\.0\.1:(\d+))", proc.stdout.readline())
if not m:
    print("Bail out! the server did not start")
    sys.exit(1)
BASE = m.group(1)
users = {}


def add_user(email, role, kommune="3499"):
    rc, out = cli("--kommune", kommune, "user", "add", "--email", email, "--role", role, "--base-url", BASE)
    tok = re.search(r"token=([A-Za-z0-9_-]+)", out)
    assert rc == 0 and tok, out
    c, key, codes, step = enroll_at(BASE, tok.group(1), PASSWORD)
    users[email] = {"client": c, "key": key, "codes": codes}
    return c


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
finally:
    proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()

print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
