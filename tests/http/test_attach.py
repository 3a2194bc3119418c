#!/usr/bin/env python3
"""Evidence as files (issue 15): a file attached to a measure, an action, a system's restore
test, an exercise, an insurance policy or a finding, in the browser, the API and the CLI;
its type told by its content (HTML and programs refused, whatever their name), at most
10 MB, kept with its SHA-256 and served only as a download with safe headers; a replaced
or removed file kept in the history, a file changed in the database refused, every file
carried by the export, and nothing of one municipality's seen by another. Standard library
only; prints TAP.

usage: test_attach.py BEREDT DB_URL
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import io

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beredt_http import get_raw, pinned_env, serve, stop, Client, invite_and_enroll, login_at, ok, run_cli, run_sql, section, tap, totp  # noqa: E402

BEREDT, DB = sys.argv[1], sys.argv[2]
ENV = pinned_env()
PASSWORD = "korrekt hest batteri stift"
TMP = tempfile.mkdtemp(prefix="beredt-attach.")


def cli(*args):
    return run_cli(BEREDT, DB, ENV, *args)


def text_of(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
LOG = "Gjenopprettingstest 2026-11-03\nVeeam: alle 14 virtuelle maskiner lest tilbake, 4 t 10 min.\n".encode()
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
# a PNG: binary, with NUL bytes, which no text field takes
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def docx():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return b.getvalue()


rc, out = cli("init")
assert rc == 0, out
rc, out = cli("demo")
assert rc == 0, out
rc, out = cli("tenant", "add", "--kommune", "3401", "--name", "Annenby kommune", "--orgnr", "123456785")
assert rc == 0, out

proc, BASE, PORT = serve(BEREDT, DB, ENV)
users = {}


def add_user(email, role, kommune="3499"):
    users[email] = invite_and_enroll(BEREDT, DB, ENV, BASE, email, role, kommune, PASSWORD)
    return users[email]["client"]


def files_of(target):
    rc, out = cli("--kommune", "3499", "attachment", "list", target, "--format", "json")
    return json.loads(out) if rc == 0 else out


try:
    red = add_user("red@granheim.no", "redaktor")
    les = add_user("les@granheim.no", "les")
    other = add_user("red@annenby.no", "redaktor", "3401")

    with section("a restore-test report attached to measure 3b in the browser"):
        page = red.get("/vurdering/3b")
        ok(page.status == 200 and 'id="vedlegg-h"' in page.text and 'name="fil"' in page.text and
           'enctype="multipart/form-data"' in page.text, "measure 3b's page has a section for files with a form")
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "merknad": (None, "Test av Veeam, november"),
                                    "fil": ("C:\\fakepath\\gjenoppretting<nov>;2026.pdf", PDF)})
        ok(r.status == 303 and r.getheader("Location", "").startswith("/vurdering/3b"),
           "the upload goes back to the measure's page", f"{r.status} {r.getheader('Location')} {text_of(r.text)[:300]}")
        page = red.get("/vurdering/3b")
        ok("gjenoppretting_nov__2026.pdf" in page.text and "V-1" in page.text and "PDF-dokument" in page.text and
           "Test av Veeam, november" in page.text, "the page lists the file by a clean name, its number, type and note",
           text_of(page.text)[-900:])
        ok(hashlib.sha256(PDF).hexdigest() in page.text, "... with its SHA-256")
        ok("V-1 «gjenoppretting_nov__2026.pdf» er lagt ved." in text_of(page.text), "... and says it was attached")

    with section("downloaded only as a download, with safe headers"):
        r = les.get("/vedlegg/1")
        ok(r.status == 200, "a reader may download it", r.status)
        raw, body = get_raw(PORT, "/vedlegg/1", {"Cookie": "beredt=" + les.cookie})
        ok(body == PDF, "the bytes are those uploaded")
        ok(raw.getheader("Content-Type") == "application/pdf", "Content-Type is the type told by the content",
           raw.getheader("Content-Type"))
        disp = raw.getheader("Content-Disposition", "")
        ok(disp.startswith("attachment; filename=\"gjenoppretting_nov__2026.pdf\"") and "filename*=UTF-8''" in disp,
           "Content-Disposition: attachment, with the name in both forms", disp)
        ok(raw.getheader("X-Content-Type-Options") == "nosniff" and "sandbox" in raw.getheader("Content-Security-Policy", "")
           and "default-src 'none'" in raw.getheader("Content-Security-Policy", ""),
           "nosniff and a sandboxing policy: nothing in a file runs", raw.getheader("Content-Security-Policy"))

    with section("the type is told by the content, not the name"):
        before = len(files_of("measure:3b"))
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("rapport.pdf", HTML_PAGE)})
        ok(r.status == 400 and "text/html" in text_of(r.text) and "ikke tas som vedlegg" in text_of(r.text),
           "an HTML page named .pdf is refused with its real type", text_of(r.text)[-400:])
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("bilde.svg",
                                    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')})
        ok(r.status == 400, "an SVG (which can hold scripts) is refused", text_of(r.text)[-300:])
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("program.exe", b"MZ\x90\x00\x03\x00\x00\x00")})
        ok(r.status == 400, "a program is refused")
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("tom.pdf", b"")})
        ok(r.status == 400, "an empty file is refused")
        ok(len(files_of("measure:3b")) == before, "... and none of them was stored")
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("skjermbilde.png", PNG)})
        ok(r.status == 303, "a PNG, with NUL bytes, is taken where a file is expected", text_of(r.text)[-300:])
        r = red.upload("/ros/import", {"systemer": ("systemer.csv", b"navn;type\nA\x00B;fagsystem\n")})
        ok(r.status == 400 and "NUL" in text_of(r.text), "... while a register's CSV with a NUL byte is still refused",
           text_of(r.text)[-300:])

    with section("at most 10 MB"):
        big = b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1 - 9)
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("stor.pdf", big)})
        ok(r.status == 413 and "10 MB" in text_of(r.text), "a file of 10 MB and one byte is refused as too large",
           f"{r.status} {text_of(r.text)[-300:]}")
        exact = b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 - 9)
        r = red.upload("/vedlegg", {"til": (None, "action:2"), "fil": ("akkurat.pdf", exact)})
        ok(r.status == 303, "a file of exactly 10 MB is taken", f"{r.status} {text_of(r.text)[-300:]}")
        ok(any(x["size"] == 10 * 1024 * 1024 for x in files_of("action:2")), "... and stored whole")

    with section("every kind of evidence has its place"):
        for target, name, data, page in (("action:2", "plan.docx", docx(), "/tiltak/2"),
                                         ("restore:Active Directory", "restore.txt", LOG, None),
                                         ("exercise:1", "evaluering.pdf", PDF, "/vedlegg?til=exercise%3A1"),
                                         ("insurance:Trygg Forsikring, tilbud 2027", "vilkar.pdf", PDF, None)):
            r = red.upload("/vedlegg", {"til": (None, target), "fil": (name, data)})
            if r.status != 303:
                ok(False, f"{target}: attached", f"{r.status} {text_of(r.text)[-300:]}")
                continue
            loc = r.getheader("Location", "")
            shown = red.get(loc.split("#")[0])
            ok(name in shown.text, f"{target}: attached, and listed on {loc.split('#')[0]}", text_of(shown.text)[-300:])
        r = red.upload("/vedlegg", {"til": (None, "action:9999"), "fil": ("x.pdf", PDF)})
        ok(r.status == 404 and "T-9999" in text_of(r.text), "a target that does not exist is refused", text_of(r.text)[-200:])
        r = red.upload("/vedlegg", {"til": (None, "passord:1"), "fil": ("x.pdf", PDF)})
        ok(r.status == 400, "a kind of target that does not exist is refused")

    with section("replaced and removed, the history kept"):
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "erstatter": (None, "1"),
                                    "fil": ("gjenoppretting-ny.docx", docx())})
        ok(r.status == 303, "a new version replaces V-1", text_of(r.text)[-300:])
        xs = files_of("measure:3b")
        v1 = [x for x in xs if x["id"] == 1][0]
        new = [x for x in xs if x["replaces"] == 1][0]
        ok(not v1["live"] and v1["replaced_by"] == new["id"] and new["live"], "V-1 is no longer live, the new one is")
        page = red.get("/vurdering/3b").text
        ok("Tidligere vedlegg (1)" in page and f"erstattet av V-{new['id']}" in page,
           "the measure's page keeps V-1 in its history", text_of(page)[-800:])
        ok(les.get("/vedlegg/1").status == 200, "... and V-1 can still be downloaded")
        r = red.upload("/vedlegg", {"til": (None, "measure:3b"), "erstatter": (None, "1"), "fil": ("igjen.pdf", PDF)})
        ok(r.status == 409, "a file already replaced cannot be replaced again", r.status)
        r = red.post(f"/vedlegg/{new['id']}/fjern", {"grunn": ""})
        ok(r.status == 400, "a removal needs a reason")
        r = red.post(f"/vedlegg/{new['id']}/fjern", {"grunn": "Feil dokument"})
        ok(r.status == 303, "removed with a reason", text_of(r.text)[-200:])
        page = red.get("/vurdering/3b").text
        ok("Feil dokument" in page and "fjernet" in page, "the removal and its reason are in the history")
        ok(red.post(f"/vedlegg/{new['id']}/fjern", {"grunn": "igjen"}).status == 409, "... once")
        rc, out = cli("--kommune", "3499", "audit", "list")
        ok("attachment.add" in out and "attachment.replace" in out and "attachment.remove" in out,
           "every change is in the audit trail", out[-600:])

    with section("roles and municipalities"):
        r = les.upload("/vedlegg", {"til": (None, "measure:3b"), "fil": ("x.pdf", PDF)})
        ok(r.status == 403, "a reader cannot attach", r.status)
        ok('name="fil"' not in les.get("/vurdering/3b").text, "... and sees no form for it")
        ok(other.get("/vedlegg/1").status == 404, "another municipality's user gets 404 for the file")
        ok("gjenoppretting_nov" not in other.get("/vedlegg").text, "... and does not see it in the list")
        r = other.post("/vedlegg/2/fjern", {"grunn": "x"})
        ok(r.status == 404, "... nor remove it", r.status)
        r = other.upload("/vedlegg", {"til": (None, "action:2"), "fil": ("x.pdf", PDF)})
        ok(r.status == 404, "... nor attach to an action number of the other municipality that it has not", r.status)

    with section("a file changed in the database is not served"):
        if DB.startswith("sqlite:"):
            run_sql(DB, "DROP TRIGGER attachment_no_update")
        else:
            run_sql(DB, "ALTER TABLE attachment DISABLE TRIGGER attachment_append_only")
        run_sql(DB, "UPDATE attachment SET content = '%s' WHERE id = 1" % base64.b64encode(PDF.replace(b"1.4", b"1.7")).decode())
        r = les.get("/vedlegg/1")
        ok(r.status == 500 and "SHA-256" in text_of(r.text), "a file whose content no longer matches its SHA-256 is refused",
           f"{r.status} {text_of(r.text)[-300:]}")
        rc, out = cli("--kommune", "3499", "attachment", "get", "V-1")
        ok(rc != 0 and "SHA-256" in out, "... by the CLI too", out[-300:])
        run_sql(DB, "UPDATE attachment SET content = '%s' WHERE id = 1" % base64.b64encode(PDF).decode())
        if DB.startswith("sqlite:"):
            run_sql(DB, "CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment "
                        "BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END")
        else:
            run_sql(DB, "ALTER TABLE attachment ENABLE TRIGGER attachment_append_only")
        ok(les.get("/vedlegg/1").status == 200, "restored, it is served again")
        try:
            out = run_sql(DB, "UPDATE attachment SET name = 'x' WHERE id = 1")
        except AssertionError as refused:
            out = str(refused)
        ok("append-only" in str(out), "the database itself refuses a change to a stored file", out)

    with section("the API"):
        run_sql(DB, "UPDATE app_user SET totp_last_step = 0 WHERE email = 'red@granheim.no'")
        red.get("/profil")
        r = red.post("/profil/nokler", {"label": "vedlegg", "token-password": PASSWORD,
                                        "token-code": totp(users["red@granheim.no"]["key"])})
        tok = re.search(r'id="api-token">([^<]+)<', r.text).group(1)
        auth = {"Authorization": "Bearer " + tok, "Content-Type": "application/json"}
        api = Client(BASE)
        body = json.dumps({"target": "finding:1", "name": "x.pdf", "content": base64.b64encode(PDF).decode()})
        r = api.request("POST", "/api/v1/attachments", body=body, headers=auth, raw=True)
        ok(r.status == 404, "a finding that does not exist is refused (the demo has none open)", r.text[:300])
        body = json.dumps({"target": "measure:3b", "name": "revisjon.txt", "note": "fra API-et",
                           "content": base64.b64encode(LOG).decode()})
        r = api.request("POST", "/api/v1/attachments", body=body, headers=auth, raw=True)
        made = json.loads(r.text) if r.status == 201 else {}
        ok(r.status == 201 and made.get("sha256") == hashlib.sha256(LOG).hexdigest() and
           made.get("content_type") == "text/plain" and made.get("size") == len(LOG),
           "POST /api/v1/attachments stores a file sent as base64, with its SHA-256", r.text[:400])
        r = api.request("GET", "/api/v1/attachments?target=measure:3b", headers=auth)
        listed = json.loads(r.text).get("attachments", []) if r.status == 200 else []
        ok(any(x["id"] == made.get("id") and x["live"] for x in listed) and any(not x["live"] for x in listed),
           "GET /api/v1/attachments lists a target's files, live and past", r.text[:300])
        raw, body = get_raw(PORT, f"/api/v1/attachments/{made.get('id')}", {"Authorization": "Bearer " + tok})
        ok(body == LOG and raw.getheader("Content-Disposition", "").startswith("attachment"),
           "GET /api/v1/attachments/N gives the file itself, as a download")
        r = api.request("POST", "/api/v1/attachments", body=json.dumps({"target": "measure:3b", "content": "%%%"}),
                        headers=auth, raw=True)
        ok(r.status == 400 and "base64" in r.text, "content that is not base64 is refused", r.text[:200])
        r = api.request("POST", f"/api/v1/attachments/{made.get('id')}/remove", body=json.dumps({"reason": "test"}),
                        headers=auth, raw=True)
        ok(r.status == 200 and json.loads(r.text).get("removed_reason") == "test", "POST .../remove takes it off",
           r.text[:300])

    with section("the CLI, the report and the export"):
        path = os.path.join(TMP, "logg.txt")
        with open(path, "wb") as f:
            f.write(LOG)
        rc, out = cli("--kommune", "3499", "attachment", "add", "measure:3a", path, "--note", "fra terminalen")
        ok(rc == 0 and hashlib.sha256(LOG).hexdigest() in out, "attachment add stores a file and prints its SHA-256", out)
        ok("logg.txt" in red.get("/vurdering/3a").text, "... and the measure's page shows it")
        rc, out = cli("--kommune", "3499", "attachment", "add", "measure:3a", os.path.join(TMP, "finnes-ikke.pdf"))
        ok(rc != 0, "a file that cannot be read is a clear error", out)
        got = os.path.join(TMP, "hentet.pdf")
        rc, out = cli("--kommune", "3499", "attachment", "get", "V-1", "--out", got)
        ok(rc == 0 and open(got, "rb").read() == PDF, "attachment get writes the file, checked", out)
        page = red.get("/vedlegg").text
        ok("gjenoppretting_nov__2026.pdf" in page and "KS-tiltak i vurderingen 3b" in page,
           "the page of all files lists each with what it belongs to")
        rc, out = cli("--kommune", "3499", "report", "--format", "md")
        ok(rc == 0 and "logg.txt" in out and hashlib.sha256(LOG).hexdigest()[:12] in out,
           "the report lists the files attached to each measure", out[-800:])
        exp = os.path.join(TMP, "eksport.json")
        rc, out = cli("--kommune", "3499", "export", "--out", exp)
        doc = json.load(open(exp)) if rc == 0 else {}
        ok(rc == 0 and '"attachment"' in open(exp).read(), "the export carries the files", out)
        # into another installation: the files come with it, byte for byte
        db2 = "sqlite:" + os.path.join(TMP, "flyttet.db")
        env2 = dict(ENV)
        subprocess.run([BEREDT, "--db", db2, "init"], env=env2, capture_output=True)
        p = subprocess.run([BEREDT, "--db", db2, "import", exp], env=env2, capture_output=True, text=True)
        ok(p.returncode == 0, "the export is read into a new installation", p.stdout + p.stderr)
        p = subprocess.run([BEREDT, "--db", db2, "--kommune", "3499", "attachment", "list", "--format", "json"],
                           env=env2, capture_output=True, text=True)
        moved = json.loads(p.stdout) if p.returncode == 0 else []
        rc, out = cli("--kommune", "3499", "attachment", "list", "--format", "json")
        ok(rc == 0 and len(moved) == len(json.loads(out)) and len(moved) >= 8,
           "... with every file, live and past", p.stdout[:300] + p.stderr)
        repl = [x for x in moved if x["replaces"]]
        ok(repl and any(x["id"] == repl[0]["replaces"] and x["replaced_by"] == repl[0]["id"] for x in moved),
           "... and which replaced which")
        p = subprocess.run([BEREDT, "--db", db2, "--kommune", "3499", "attachment", "get", "V-1"], env=env2,
                           capture_output=True)
        ok(p.returncode == 0 and p.stdout == PDF, "... byte for byte")
finally:
    stop(proc)

print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
