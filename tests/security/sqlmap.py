#!/usr/bin/env python3
"""sqlmap against every form and API route of a running beredt, logged in (issue 14).

Not part of make test (it takes a quarter of an hour or more): run it by hand or before a
release, as docs/security.md says. It loads the demo into a fresh SQLite database, starts
the server, enrols an administrator through the pages and makes an API token, then:

  - every page a signed-in administrator can open (each route with demo values for its
    path parts, plus the query parameters the pages use) is given to sqlmap with its path
    part and its query parameters marked as injection points;
  - every form on those pages (read from the HTML: its action and its fields) is posted
    by sqlmap with a fresh CSRF token for each request (--csrf-token), the session cookie
    and the Origin header, each field an injection point; forms that end the session
    (log out, disable, reset) are left out, so that the rest can run;
  - every JSON route of the API is sent its documented body with the token.

sqlmap runs with --batch --level 2 --risk 1 --dbms SQLite (both drivers bind every value;
the SQL is the same), techniques boolean, error, union and stacked. Prints TAP: one case per
target, failed when sqlmap reports an injection point. The logs are kept in
test-artifacts/sqlmap/.

usage: tests/security/sqlmap.py [BEREDT]      (default build/beredt; installs sqlmap if missing)
       SQLMAP_ONLY="POST /tiltak" tests/security/sqlmap.py     (only the targets named so)
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "http"))
from beredt_http import Client, invite_and_enroll, ok, run_cli, run_sql, tap, totp  # noqa: E402

BEREDT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "beredt"))
OUT = os.path.join(ROOT, "test-artifacts", "sqlmap")
PASSWORD = "korrekt hest batteri stift"
ONLY = os.environ.get("SQLMAP_ONLY")   # run only the targets whose name has this in it
SKIP_FORMS = ("/logout", "/logout-all", "/brukere/deaktiver", "/brukere/nullstill", "/profil/passord",
              "/profil/nokler", "/profil/nokler/*/slett", "/bytt", "/vurdering/lukk")

if not shutil.which("sqlmap"):
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "sqlmap"], check=True)
os.makedirs(OUT, exist_ok=True)
work = tempfile.mkdtemp(prefix="beredt-sqlmap.")
DB = "sqlite:" + os.path.join(work, "sqlmap.db")
ENV = dict(os.environ, BEREDT_USER="sqlmap", BEREDT_LANG="")
# the demo, with findings, an incident and a pending invitation, so that their forms are on the pages
for args in (["init"], ["demo"], ["--kommune", "3499", "check"], ["--kommune", "3499", "incident", "declare", "Prøve"],
             ["--kommune", "3499", "user", "add", "--email", "ventende@granheim.no", "--role", "les"]):
    rc, out = run_cli(BEREDT, DB, ENV, *args)
    assert rc == 0, out
# 127.0.0.1 a trusted proxy: the login target sends a random X-Forwarded-For each time
# (sqlmap's xforwardedfor tamper), so the limiter per address does not stop the payloads
server = subprocess.Popen([BEREDT, "--db", DB, "serve", "--listen", "127.0.0.1:0", "--threads", "4",
                           "--check-interval", "0", "--trusted-proxy", "127.0.0.1"], env=ENV, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True)
BASE = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
admin = invite_and_enroll(BEREDT, DB, ENV, BASE, "sqlmap@granheim.no", "admin", "3499", PASSWORD)
client = admin["client"]
run_sql(DB, "UPDATE app_user SET totp_last_step = 0 WHERE email = 'sqlmap@granheim.no'")
client.get("/profil")
r = client.post("/profil/nokler", {"label": "sqlmap", "token-password": PASSWORD, "token-code": totp(admin["key"])})
TOKEN = re.search(r'id="api-token">([^<]+)<', r.text).group(1)
COOKIE = "beredt=" + client.cookie

# the pages, with demo values where a route has a path part, and the query parameters used
PAGES = ["/oversikt", "/vurdering", "/vurdering/1a?eldre=1", "/tiltak", "/tiltak/1", "/rapport", "/rapport/vis",
         "/ros", "/ros/eksport/tjenester", "/ros/graf", "/ros/hva-hvis?system=Active%20Directory", "/ros/risiko",
         "/ros/skalaer", "/ros/sikkerhet", "/ros/sikkerhet/system?navn=Active%20Directory", "/funn",
         "/funn/innstillinger", "/beredskap", "/beredskap/plan", "/beredskap/kort/losepengevirus",
         "/beredskap/forsikring", "/beredskap/hendelser/1", "/brukere", "/logg", "/profil"]
# values for fields a form leaves empty that its handler requires
FILL = {"kjent": "2026-11-28T08:00", "varslet": "2026-11-28T09:00", "title": "Prøve", "email": "provesen@granheim.no", "dato": "2026-11-02", "scenario": "Prøve", "tittel": "Prøve", "navn": "Prøve", "hendelse-tittel": "Prøve", "innforing": "Prøve", "laering-1": "Prøve",
        "selskap": "Prøve", "fra": "2026-12-01", "til": "2027-12-01", "epost": "provesen@granheim.no",
        "adresse": "provesen@granheim.no", "grunn": "Prøve", "hvem": "Prøve", "aktivering": "Prøve", "grunn-": "Prøve", "til-": "2027-06-01", "ansvarlig-": "Prøve"}
POST_ROUTES = ["/login", "/login/kode", "/enroll", "/enroll/godta", "/bytt", "/samarbeid/medlemmer",
               "/samarbeid/invitasjoner", "/samarbeid/invitasjoner/csv", "/logout", "/logout-all", "/vurdering/start",
               "/vurdering/lukk", "/vurdering/*", "/tiltak", "/tiltak/*", "/ros/import", "/ros/sikkerhet/system",
               "/funn/nmap", "/beredskap/plan/mal", "/beredskap/plan", "/beredskap/kort/*", "/beredskap/kontakter",
               "/beredskap/kontakter/*/bekreft", "/beredskap/ovelser", "/beredskap/ovelser/*/laering",
               "/beredskap/ovelser/*/tiltak/*", "/beredskap/forsikring", "/beredskap/pakke", "/beredskap/kompetanse",
               "/beredskap/kompetanse/*/tiltak", "/beredskap/hendelser", "/beredskap/hendelser/*",
               "/beredskap/hendelser/*/varsling", "/beredskap/hendelser/*/kjent", "/funn/*/kvitter", "/funn/*/start",
               "/funn/*/los", "/funn/*/aksepter", "/funn/*/ansvarlig", "/funn/innstillinger", "/funn/mottakere",
               "/funn/mottakere/*/stopp", "/ros/skalaer", "/ros/hendelser/*/tiltak", "/brukere",
               "/brukere/invitasjon/ny-lenke", "/brukere/invitasjon/trekk", "/brukere/deaktiver", "/brukere/aktiver",
               "/brukere/nullstill", "/profil/sprak", "/profil/passord", "/profil/nokler", "/profil/nokler/*/slett"]
API = [("GET", "/api/v1/assessment", None), ("GET", "/api/v1/actions", None), ("GET", "/api/v1/report", None),
       ("GET", "/api/v1/ros", None), ("GET", "/api/v1/ros/impact?system=Active%20Directory", None),
       ("GET", "/api/v1/posture", None), ("GET", "/api/v1/findings", None), ("GET", "/api/v1/preparedness", None),
       ("GET", "/api/v1/incidents", None),
       ("POST", "/api/v1/assessment/1a*", {"owner": "Kari", "evidence": "x"}),
       ("POST", "/api/v1/actions/1*", {"owner": "Kari", "reason": "x"}),
       ("POST", "/api/v1/posture", {"system": "Active Directory", "varselmottaker": "IT"}),
       ("POST", "/api/v1/incidents", {"title": "Prøve", "scenario": "losepengevirus"}),
       ("POST", "/api/v1/incidents/H-1/log", {"kind": "observasjon", "text": "x"})]


class Forms(html.parser.HTMLParser):
    """The POST forms of a page: (action, {field: value}), with the values a browser would
    send as they stand (a select's selected or first option, a textarea's text), so that
    sqlmap's first request is one the server accepts."""

    def __init__(self):
        super().__init__()
        self.forms, self.cur, self.select, self.textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            # a file upload's fields are the file's: the fuzzers and the HTTP suites send those
            self.cur = (a.get("action") or "", {"\0multipart": "1"} if "multipart" in (a.get("enctype") or "") else {})
        elif not self.cur or tag not in ("input", "textarea", "select", "option"):
            return
        elif tag == "option" and self.select:
            if self.select not in self.cur[1] or "selected" in a:
                self.cur[1][self.select] = a.get("value") or ""
        elif tag == "select" and a.get("name"):
            self.select = a["name"]
        elif tag == "textarea" and a.get("name"):
            self.textarea = a["name"]
            self.cur[1][a["name"]] = ""
        elif tag == "input" and a.get("name") and a.get("type") not in ("file", "submit", "button"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.cur[1].setdefault(a["name"], a.get("value") or "")

    def handle_data(self, data):
        if self.cur and self.textarea:
            self.cur[1][self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form" and self.cur:
            self.forms.append(self.cur)
            self.cur = None


def sqlmap(name, args):
    """Run sqlmap on one target; ok unless it reports an injection point."""
    if ONLY and ONLY not in name:
        return
    log = os.path.join(OUT, re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + ".log")
    started = time.time()
    threads = [] if "--csrf-token" in args else ["--threads", "2"]   # sqlmap refreshes the token one at a time
    p = subprocess.run(["sqlmap", "--batch", "--level", "2", "--risk", "1", "--dbms", "SQLite",
                        "--technique", "BEUS", "--flush-session", "--disable-coloring",
                        "--output-dir", os.path.join(work, "out")] + threads + args + os.environ.get("SQLMAP_ARGS", "").split(),
                       capture_output=True, text=True, timeout=1800)
    text = p.stdout + p.stderr
    open(log, "w").write(text)
    found = re.search(r"sqlmap identified the following injection point|is vulnerable|Parameter: .* \(", text)
    tested = len(set(re.findall(r"testing for SQL injection on (?:\(custom\) )?(?:\w+ )?parameter '([^']+)'", text)))
    broken = re.search(r"\[CRITICAL\] (?!heuristics detected that the target is protected)(.*)", text)
    ok(not found and not broken and tested > 0,
       f"{name}: no injection ({tested} parameters tested, {time.time() - started:.0f} s)",
       (broken.group(1) + "; " if broken else "") + "see " + log)


def route(path):
    """The router's pattern for a path (src/web/router.c), so that one form per route is tried."""
    for pattern in POST_ROUTES:
        if re.fullmatch(re.escape(pattern).replace(r"\*", "[^/]+"), path):
            return pattern
    return path


forms = {}
for page in PAGES:
    r = client.get(page)
    f = Forms()
    f.feed(r.text)
    for action, fields in f.forms:
        path = urllib.parse.urlsplit(action).path or urllib.parse.urlsplit(page).path
        if route(path) not in SKIP_FORMS and "\0multipart" not in fields:
            forms.setdefault(route(path), []).append((path, page))
    url = BASE + (page if "?" in page else page.rstrip("/") + "*")
    # a target that does not answer as it should would make every payload look harmless
    if ONLY and ONLY not in "GET " + page:
        continue
    if ok(r.status == 200, f"GET {page} answers 200 before sqlmap", r.status):
        sqlmap("GET " + page, ["-u", url, "--cookie", COOKIE])

def fresh(path, page):
    """The form for path on page as it stands now (its version field included), filled in."""
    f = Forms()
    f.feed(client.get(page).text)
    fields = next((d for a, d in f.forms if urllib.parse.urlsplit(a).path == path), None)
    if fields is not None:
        for k in fields:
            # "grunn-4" is "grunn-" of finding 4
            v = FILL.get(k, FILL.get(re.sub(r"[0-9]+$", "", k)))
            if v and not fields[k]:
                fields[k] = v
    return fields


for pattern, candidates in sorted(forms.items()):
    if ONLY and ONLY not in "POST " + pattern:
        continue
    # the form as a browser sends it must be taken (not refused by the CSRF check or the
    # validation), or sqlmap's payloads never reach the code behind it: of the forms for
    # a route, the first that is taken
    why = ""
    for path, page in candidates:
        fields = fresh(path, page)
        r = client.post(path, {k: v for k, v in fields.items() if k != "csrf"}) if fields is not None else None
        if r is not None and r.status in (200, 201, 303):
            break
        said = re.search(r'id="form-error">(.*?)</p>', r.text, re.S) if r is not None else None
        why += f"{path}: {r.status if r is not None else 'no form'} {said.group(1) if said else ''}\n"
    else:
        ok(False, f"POST {pattern}: a form the server takes as the page sends it", why)
        continue
    fields = fresh(path, page) or fields   # after that write: the current version (if the form is still there)
    data = urllib.parse.urlencode(fields, quote_via=urllib.parse.quote)
    sqlmap("POST " + path, ["-u", BASE + path, "--data", data, "--cookie", COOKIE, "--csrf-token", "csrf",
                            "--csrf-url", BASE + page, "--headers", "Origin: " + BASE])

# before login: the login form itself (the account's own limiter still counts; its answer is
# the same for every failure)
sqlmap("POST /login (not logged in)", ["-u", BASE + "/login", "--data", "email=provesen%40granheim.no&password=feil",
                                       "--headers", "Origin: " + BASE, "--tamper", "xforwardedfor",
                                       "--ignore-code", "401"])

for method, path, body in API:
    url = BASE + (path if "?" in path or path.endswith("*") else path + "*")
    args = ["-u", url, "--headers", "Authorization: Bearer " + TOKEN]
    if body is not None:
        args = ["-u", url, "--method", "POST", "--data", json.dumps(body), "--headers",
                "Authorization: Bearer " + TOKEN + "\nContent-Type: application/json"]
    sqlmap(f"API {method} {path.rstrip('*')}", args)

left = [p for p in POST_ROUTES if p not in forms and p not in SKIP_FORMS]
print("# POST routes with no form on these pages, or only file uploads (the fuzzers and the HTTP suites cover "
      "them, sqlmap does not): " + ", ".join(left))
server.terminate()
server.wait(timeout=30)
shutil.rmtree(work, ignore_errors=True)
print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
