#!/usr/bin/env python3
"""Documents for the people who decide (issue 16, its first part): the leadership report as
PDF (WeasyPrint: A4, the marking on every page, "side N av M") and as Word (pandoc: the
headings as Word's own), from the CLI and the report page, in both languages; the marking
a setting. The PDF's text is read back with pdftotext and the Word file's headings from its
XML, as a person opening them would see them. Standard library only; prints TAP.

usage: test_documents.py BEREDT DB_URL
"""
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beredt_http import (Client, get_raw, run_sql, pinned_env, serve, stop, invite_and_enroll, ok, run_cli, section, tap,  # noqa: E402
                         totp)

BEREDT, DB = sys.argv[1], sys.argv[2]
ENV = pinned_env()
ENV.pop("BEREDT_REPORT_MARKING", None)
PASSWORD = "korrekt hest batteri stift"
TMP = tempfile.mkdtemp(prefix="beredt-doc.")
MARK = "Unntatt offentlighet, jf. offentleglova § 24 tredje ledd"
NOTICE_INC = "0"


def cli(*args, env=ENV):
    return run_cli(BEREDT, DB, env, *args)


def pdf_pages(path):
    """The text of each page (pdftotext puts a form feed between them)."""
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def flat(text):
    """Text as read: no-break spaces as spaces, lines joined."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("\u202f", " "))


def nok(v):
    return "kr " + f"{v:,}".replace(",", " ")


def technical_words():
    """What the demo's registers name: systems, products, vendors, hosts (from the files it
    is loaded from)."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "demo", "ros")
    words = set()
    with open(os.path.join(here, "systemer.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            for k in ("navn", "produkt", "leverandor"):
                if row.get(k) and len(row[k]) >= 3:
                    words.add(row[k])
            words.update(h for h in (row.get("verter") or "").split() if len(h) >= 3)
    with open(os.path.join(here, "leverandorer.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter=";"):
            words.add(row[next(iter(row))])
    return words


def named(text, word):
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text, re.I) is not None


rc, out = cli("init")
assert rc == 0, out
rc, out = cli("demo")
assert rc == 0, out
rc, out = cli("--kommune", "3499", "check")
assert rc == 0, out

proc, BASE, PORT = serve(BEREDT, DB, ENV)

try:
    with section("the report as PDF"):
        path = os.path.join(TMP, "rapport.pdf")
        rc, out = cli("--kommune", "3499", "report", "--format", "pdf", "--out", path)
        pages = pdf_pages(path) if rc == 0 else []
        ok(rc == 0 and open(path, "rb").read(5) == b"%PDF-" and len(pages) >= 2, "report --format pdf writes a PDF",
           out)
        ok(all(MARK in p for p in pages), "every page carries the marking", [p[:200] for p in pages if MARK not in p][:2])
        n = len(pages)
        ok(all(f"side {i} av {n}" in p for i, p in enumerate(pages, 1)), "every page says «side N av M»",
           [p[-200:] for p in pages][:2])
        ok(all("Granheim kommune" in p.splitlines()[0] for p in pages if p.splitlines()),
           "every page's head names the municipality")
        ok("Lederrapport: IKT-sikkerhet og beredskap" in flat(pages[0]) and "Beslutninger" in "".join(pages),
           "the first page has the title, and the decisions are in it", pages[0][:300])
        en = os.path.join(TMP, "report.pdf")
        rc, out = cli("--kommune", "3499", "report", "--format", "pdf", "--lang", "en", "--out", en)
        pe = pdf_pages(en) if rc == 0 else []
        ok(pe and all(f"page {i} of {len(pe)}" in p for i, p in enumerate(pe, 1)), "in English: «page N of M»",
           pe[0][-200:] if pe else out)
        own = dict(ENV, BEREDT_REPORT_MARKING="Intern: ikke til offentlig journal")
        rc, out = cli("--kommune", "3499", "report", "--format", "pdf", "--out", os.path.join(TMP, "intern.pdf"), env=own)
        pi = pdf_pages(os.path.join(TMP, "intern.pdf")) if rc == 0 else []
        ok(pi and all("Intern: ikke til offentlig journal" in p for p in pi) and not any(MARK in p for p in pi),
           "the marking is a setting (BEREDT_REPORT_MARKING)")

    with section("the summary for the elected bodies"):
        path = os.path.join(TMP, "politikere.pdf")
        rc, out = cli("--kommune", "3499", "report", "--for", "politikere", "--format", "pdf", "--out", path)
        pp = pdf_pages(path) if rc == 0 else []
        text = flat(" ".join(pp))
        ok(rc == 0 and 1 <= len(pp) <= 3, "report --for politikere is a PDF of at most three pages", (rc, len(pp), out))
        ok(all(f"side {i} av {len(pp)}" in p for i, p in enumerate(pp, 1)), "... numbered «side N av M»")
        rc, out = cli("--kommune", "3499", "action", "list", "--format", "json")
        acts = json.loads(out) if rc == 0 else []
        years = {}
        for a in acts:
            if a["status"] in ("åpen", "pågår") and a["cost_nok"]:
                y = a["cost_year"] or int((a["due"] or "0")[:4])
                years[y] = years.get(y, 0) + a["cost_nok"]
        ok(years and all(f"Sette av {nok(v)} i budsjettet for {y}" in text for y, v in years.items()),
           "the decisions ask for the money of the open actions, summed per budget year", (years, text[:1500]))
        ok("Sikring av systemer: kr" in text and "Vedtak som foreslås" in text and "Akseptere risikoen" in text,
           "... per area, and the rejected measure's risk to accept", text[:1500])
        cves = re.findall(r"CVE-\d{4}-\d+", text, re.I)
        versions = re.findall(r"\d+\.\d+", text)
        leaks = sorted(w for w in technical_words() if named(text, w))
        ok(not cves and not versions and not leaks, "no CVE id, version, host, product or vendor name in it",
           (cves[:3], versions[:3], leaks[:5]))
        admin = os.path.join(TMP, "admin.pdf")
        rc, out = cli("--kommune", "3499", "report", "--format", "pdf", "--out", admin)
        at = flat(" ".join(pdf_pages(admin))) if rc == 0 else ""
        ok(re.search(r"CVE-\d{4}-\d+", at) and any(named(at, w) for w in technical_words()),
           "the administrative report does have them (the check above can fail)")
        ok(MARK not in text, "the summary is not marked exempt: it is written to be public")
        en = os.path.join(TMP, "councillors.pdf")
        rc, out = cli("--kommune", "3499", "report", "--for", "politikere", "--lang", "en", "--format", "pdf",
                      "--out", en)
        et = flat(" ".join(pdf_pages(en))) if rc == 0 else ""
        ok("Proposed resolutions" in et and "page 1 of" in et and "NOK " in et, "... and in English", et[:600])
        docx = os.path.join(TMP, "politikere.docx")
        rc, out = cli("--kommune", "3499", "report", "--for", "politikere", "--format", "docx", "--out", docx)
        doc = zipfile.ZipFile(docx).read("word/document.xml").decode() if rc == 0 and zipfile.is_zipfile(docx) else ""
        ok('w:val="Heading2"' in doc and "Vedtak som foreslås" in doc, "... and as Word, with Word's headings", out)
        rc, out = cli("--kommune", "3499", "report", "--for", "velgere")
        ok(rc == 2 and "politikere" in out, "an unknown audience is refused with the choices", out)

    with section("an action's cost: the command line, the page and the API"):
        rc, out = cli("--kommune", "3499", "action", "add", "--title", "Ny brannmur for skolene", "--cost", "1,5 mill",
                      "--year", "2031")
        no = re.search(r"T-(\d+)", out).group(1) if rc == 0 else "0"
        rc, out = cli("--kommune", "3499", "action", "show", "T-" + no, "--format", "json")
        shown = json.loads(out) if rc == 0 else {}
        ok(shown.get("cost_nok") == 1500000 and shown.get("cost_year") == 2031, "action add --cost «1,5 mill» --year",
           shown)
        rc, out = cli("--kommune", "3499", "action", "set", "T-" + no, "--cost", "mange penger")
        ok(rc != 0 and "hele kroner" in out, "a cost that is not a sum is refused, saying how to write it", out)
        rc, out = cli("--kommune", "3499", "report", "--for", "politikere", "--format", "html")
        ok("Sette av kr\xa01\xa0500\xa0000 i budsjettet for 2031" in out and "Ny brannmur" not in out,
           "the summary asks for it in its year, without the action's own words", out[:300])
        red = invite_and_enroll(BEREDT, DB, ENV, BASE, "red@granheim.no", "redaktor", "3499", PASSWORD)
        c = red["client"]
        page = c.get(f"/tiltak/{no}").text
        ok('name="cost"' in page and 'value="1500000"' in page and 'name="cost_year"' in page,
           "the action's page shows the estimate and its year in the form")
        version = re.search(r'name="version" value="(\d+)"', page).group(1)
        r = c.post(f"/tiltak/{no}", {"version": version, "cost": "250 000", "cost_year": "2030"})
        rc, out = cli("--kommune", "3499", "action", "show", "T-" + no, "--format", "json")
        shown = json.loads(out) if rc == 0 else {}
        ok(r.status in (200, 303) and shown.get("cost_nok") == 250000 and shown.get("cost_year") == 2030,
           "changed from the page", (r.status, shown.get("cost_nok"), shown.get("cost_year")))
        ok(len(shown.get("history", [])) >= 2 and shown["history"][0]["cost_nok"] == 1500000,
           "the earlier estimate is kept in the history", shown.get("history"))
        c.get("/profil")
        r = c.post("/profil/nokler", {"label": "kost", "token-password": PASSWORD,
                                      "token-code": totp(red["key"], step_offset=1)})
        m = re.search(r'id="api-token">([^<]+)<', r.text)
        api = Client(BASE)
        auth = {"Authorization": "Bearer " + (m.group(1) if m else "x"), "Content-Type": "application/json"}
        r = api.request("POST", f"/api/v1/actions/{no}", body=json.dumps({"cost_nok": 99000, "cost_year": None}),
                        headers=auth)
        got = json.loads(r.text) if r.status == 200 else {}
        ok(got.get("cost_nok") == 99000 and got.get("cost_year") is None, "and from the API", (r.status, r.text[:300]))
        r = api.request("POST", f"/api/v1/actions/{no}", body=json.dumps({"cost_nok": -5}), headers=auth)
        ok(r.status == 400, "a negative cost is refused by the API", (r.status, r.text[:200]))

    with section("the yearly report on internal control"):
        path = os.path.join(TMP, "internkontroll.pdf")
        rc, out = cli("--kommune", "3499", "report", "--kind", "internkontroll", "--year", "2026", "--format", "pdf",
                      "--out", path)
        ip = pdf_pages(path) if rc == 0 else []
        it = flat(" ".join(ip))
        ok(rc == 0 and ip and "Internkontroll 2026" in it and "kommuneloven § 25-2" in it,
           "report --kind internkontroll --year 2026 is a PDF for the kommunestyre", (rc, out, it[:300]))
        heads = ["1. Hva som ble undersøkt", "2. Avvik", "3. Hva som ble gjort", "4. Hva som er planlagt"]
        ok(all(h in it for h in heads) and all(MARK in p for p in ip) and all(f"side {i} av {len(ip)}" in p
                                                                            for i, p in enumerate(ip, 1)),
           "... in its four parts, marked and numbered on every page", it[:800])
        ok("Året er ikke omme: rapporten gjelder 1. januar til 2026-11-28" in it,
           "a year not yet over says up to which day it speaks", it[:600])
        rc, out = cli("--kommune", "3499", "action", "list", "--overdue", "--format", "json")
        late = [a["ref"] for a in json.loads(out)] if rc == 0 else []
        ok(late and all(f"{ref} " in it for ref in late), "every overdue action is a deviation in it", (late, it[-1500:]))
        rc, out = cli("--kommune", "3499", "posture", "list", "--format", "json")
        failed = [p["system"] for p in json.loads(out) if (p.get("gjenoppretting-testet") or "").startswith("2026") and
                  p.get("gjenoppretting-resultat") in ("feilet", "delvis")] if rc == 0 else []
        ok(failed and all(f"{name}, 2026-" in it for name in failed),
           "a restore test that did not succeed this year is a deviation, naming the system", failed)
        rc, out = cli("--kommune", "3499", "exercise", "list", "--format", "json")
        held = [x for x in json.loads(out)["exercises"] if x["held"] and x["date"].startswith("2026")] if rc == 0 else []
        ok(held and all(f"Ø-{x['no']} {x['date']}" in it for x in held) and "Ingen øvelse holdt" not in it,
           "the exercises held are what was examined", held)
        old = os.path.join(TMP, "internkontroll-2025.html")
        rc, out = cli("--kommune", "3499", "report", "--kind", "internkontroll", "--year", "2025", "--out", old)
        ot = flat(re.sub(r"<[^>]+>", " ", open(old, encoding="utf-8").read())) if rc == 0 else ""
        ok("Rapporten gjelder hele året 2025" in ot and "Ingen øvelse holdt" in ot and "Vurderingsrunde 1" in ot,
           "last year's report: the whole year, its round, and no exercise held as a deviation", ot[:900])
        rc, out = cli("--kommune", "3499", "report", "--kind", "internkontroll", "--year", "2031")
        ok(rc != 0 and "2026" in out, "a year ahead is refused", out)
        docx = os.path.join(TMP, "internkontroll.docx")
        rc, out = cli("--kommune", "3499", "report", "--kind", "internkontroll", "--format", "docx", "--out", docx)
        doc = zipfile.ZipFile(docx).read("word/document.xml").decode() if rc == 0 and zipfile.is_zipfile(docx) else ""
        ok(doc.count('w:val="Heading2"') >= 5 and "2. Avvik" in doc, "... and as Word, its parts Word's headings", out)
        rc, out = cli("--kommune", "3499", "report", "--kind", "internkontroll", "--year", "2026", "--lang", "en",
                      "--format", "html")
        ok("Internal control 2026" in out and "2. Deviations" in out, "... and in English", out[:400])

    with section("the inspection pack"):
        evidence = os.path.join(TMP, "politikere.pdf")
        rc, out = cli("--kommune", "3499", "attachment", "add", "exercise:1", evidence, "--note", "Evaluering av Ø-1")
        ok(rc == 0, "an evaluation is attached to the exercise", out)
        pack = os.path.join(TMP, "tilsyn.pdf")
        rc, out = cli("--kommune", "3499", "report", "--kind", "tilsyn", "--out", pack)
        tp = pdf_pages(pack) if rc == 0 else []
        ok(rc == 0 and open(pack, "rb").read(5) == b"%PDF-" and len(tp) >= 3,
           "report --kind tilsyn is one PDF (the default format)", (rc, out))
        parts = ["1. Helhetlig risiko- og sårbarhetsanalyse", "2. Beredskapsplanen", "3. Øvelser og evaluering",
                 "4. Godkjenninger", "5. Vedlegg: dokumentasjon"]
        index = {}
        for line in tp[0].splitlines() if tp else []:
            m = re.match(r"\s*(\d\. .*?)\s*\.{3,}\s*(\d+)\s*$", line)
            if m:
                index[m.group(1).strip()] = int(m.group(2))
        ok(all(p in index for p in parts), "its first page is an index of the five parts", index)
        ok(all(0 < index.get(p, 0) <= len(tp) and p in flat(tp[index[p] - 1]) for p in parts),
           "... each part starting on the page the index says", index)
        text = flat(" ".join(tp))
        rc, out = cli("--kommune", "3499", "exercise", "list", "--format", "json")
        exs = json.loads(out)["exercises"] if rc == 0 else []
        ok(exs and all(f"Ø-{x['no']} {x['date']}" in text for x in exs) and "Revisjoner av planen" in text and
           "Kriseorganisasjonen" in text, "the plan with its revisions and every exercise with its date", text[:300])
        ok(all(MARK in p for p in tp), "marked on every page")
        listed = subprocess.run(["pdfdetach", "-list", pack], capture_output=True, text=True).stdout
        ok("politikere.pdf" in listed, "the attached file is embedded in the PDF under its own name", listed)
        saved = os.path.join(TMP, "ut.pdf")
        subprocess.run(["pdfdetach", "-save", "1", "-o", saved, pack], capture_output=True)
        same = os.path.exists(saved) and hashlib.sha256(open(saved, "rb").read()).hexdigest() == \
            hashlib.sha256(open(evidence, "rb").read()).hexdigest()
        raw = re.sub(r"\s+", "", subprocess.run(["pdftotext", pack, "-"], capture_output=True, text=True).stdout)
        ok(same and hashlib.sha256(open(evidence, "rb").read()).hexdigest() in raw,
           "... byte for byte, its SHA-256 printed in the index of evidence")
        rc, out = cli("--kommune", "3499", "report", "--kind", "tilsyn", "--format", "docx", "--out",
                      os.path.join(TMP, "tilsyn.docx"))
        ok(rc == 0 and zipfile.is_zipfile(os.path.join(TMP, "tilsyn.docx")), "... and as Word", out)

    with section("the breach notice to Datatilsynet"):
        rc, out = cli("--kommune", "3499", "incident", "declare", "Uvedkommende har lest journaler", "--personal-data",
                      "--aware", "2026-11-27 09:30")
        inc = re.search(r"H-(\d+)", out).group(1) if rc == 0 else "0"
        cli("--kommune", "3499", "incident", "log", "H-" + inc, "--kind", "observasjon",
            "Innlogging fra ukjent adresse mot journalsystemet.")
        cli("--kommune", "3499", "incident", "log", "H-" + inc, "--kind", "beslutning", "Kontoen er sperret.")
        path = os.path.join(TMP, "melding.pdf")
        rc, out = cli("--kommune", "3499", "incident", "notice", "H-" + inc, "--to", "datatilsynet", "--systems",
                      "EPJ helse og omsorg", "--out", path)
        np_ = pdf_pages(path) if rc == 0 else []
        first = next((ln.strip() for ln in np_[0].splitlines() if ln.strip() and "Granheim" not in ln), "") if np_ else ""
        # 09:30 Oslo time on 27 November (UTC+01:00) and 72 hours: 09:30 on 30 November
        ok(first.startswith("Frist for melding til Datatilsynet: 2026-11-30 09:30 (UTC+01:00)"),
           "the deadline, discovery + 72 hours, is on the first line", (rc, out, first))
        nt = flat(" ".join(np_))
        rc, out = cli("--kommune", "3499", "ros", "impact", "--untrusted", "EPJ helse og omsorg", "--format", "json")
        hit = [x["service"] for x in json.loads(out)["services"] if x["personal_data"]] if rc == 0 else []
        ok(hit and all(h in nt for h in hit) and "særlige kategorier" in nt,
           "the categories of data are the services with personal data the leaked system serves", (hit, nt[-900:]))
        ok("Innlogging fra ukjent adresse" in nt and "Kontoen er sperret" in nt and "Granheim kommune, org.nr. 944990011" in nt,
           "what happened and what was done come from the log; the controller from the register", nt[:900])
        ok("Må fylles ut: Et anslag er nok" in nt and nt.count("Må fylles ut:") >= 3,
           "what the registers cannot know is marked for a person to write", nt.count("Må fylles ut:"))
        rc, out = cli("--kommune", "3499", "incident", "notice", "H-" + inc, "--to", "datatilsynet", "--format", "docx",
                      "--out", os.path.join(TMP, "melding.docx"))
        doc = zipfile.ZipFile(os.path.join(TMP, "melding.docx")).read("word/document.xml").decode() if rc == 0 else ""
        ok("Frist for melding til Datatilsynet: 2026-11-30 09:30" in doc and 'w:val="Heading2"' in doc,
           "... and as Word", out)
        rc, out = cli("--kommune", "3499", "incident", "declare", "Strømbrudd på rådhuset")
        other = re.search(r"H-(\d+)", out).group(1) if rc == 0 else "0"
        rc, out = cli("--kommune", "3499", "incident", "notice", "H-" + other, "--to", "datatilsynet")
        ok(rc != 0 and "ikke noe å melde" in out, "an incident without personal data has nothing to notify", out)
        rc, out = cli("--kommune", "3499", "incident", "notice", "H-" + inc, "--to", "datatilsynet", "--systems",
                      "Finnes ikke")
        ok(rc != 0 and "Finnes ikke" in out, "a system that is not in the register is refused by name", out)
        NOTICE_INC = inc

    with section("the insurance dossier"):
        POLICY = "Kommuneforsikring cyber 2026"
        before = os.path.join(TMP, "dossier-for.md")
        rc, out = cli("--kommune", "3499", "insurance", "dossier", "--policy", POLICY, "--at", "2026-11-20", "--format",
                      "md", "--out", before)
        md = open(before, encoding="utf-8").read() if rc == 0 else ""
        sig = "SHA-256 av teksten over denne linjen: "
        body, _, digest = md.partition(sig)
        ok(rc == 0 and digest.strip() == hashlib.sha256(body.encode()).hexdigest() and digest.strip() in out,
           "insurance dossier --format md: the text ends with its own SHA-256", (rc, out, digest))
        ok("## 3. Beredskapsplan for dataangrep" in md and "Oppfylt, sammenhengende siden" in md.split("## 3.")[1],
           "a condition met on the day says since when", md[-1500:])
        m = re.search(r"innføring nr\. (\d+) med kjedehash ([0-9a-f]{64})", md)
        head = run_sql(DB, f"SELECT hash FROM audit WHERE seq = {m.group(1)}").strip() if m else ""
        later = run_sql(DB, f"SELECT COUNT(*) FROM audit WHERE seq > {m.group(1)} AND at <= '2026-11-20T22:59:59Z'").strip() \
            if m else "1"
        ok(m and head == m.group(2) and later == "0", "it names the audit chain's head as it stood at the end of that day",
           (m.groups() if m else None, head, later))
        # the plan is changed afterwards: the dossier for the day still shows what stood then
        rc, out = cli("--kommune", "3499", "assess", "set", "4a", "--status", "nei", "--evidence", "Planen er trukket")
        rc2, again = cli("--kommune", "3499", "insurance", "dossier", "--policy", POLICY, "--at", "2026-11-20", "--format", "md")
        ok(rc == 0 and again.split(sig)[0] == body, "made again after a change, the dossier for that day is the same, "
           "hash and all (nothing is overwritten)", (out, again[-300:]))
        rc, now = cli("--kommune", "3499", "insurance", "dossier", "--policy", POLICY, "--format", "md")
        ok(rc == 0 and "Ikke oppfylt" in now.split("## 3.")[1].split("##")[0],
           "the dossier for today shows the change", now[-900:])
        pdf = os.path.join(TMP, "dossier.pdf")
        rc, out = cli("--kommune", "3499", "insurance", "dossier", "--policy", POLICY, "--at", "2026-11-20", "--out", pdf)
        pt = re.sub(r"\s+", "", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout) \
            if rc == 0 else ""
        ok(digest.strip() in pt and "1av3sikkerhetsvilkår" in pt, "the PDF carries the same content and hash", out)
        rc, out = cli("--kommune", "3499", "insurance", "dossier", "--policy", "Trygg Forsikring, tilbud 2027")
        ok(rc != 0 and "tilbud" in out, "an offer has no dossier: it covers nothing", out)
        rc, out = cli("--kommune", "3499", "insurance", "dossier", "--policy", POLICY, "--at", "2025-01-01")
        ok(rc != 0 and "2025-01-01" in out, "a day before the policy was registered is refused, saying so", out)

    with section("draft or approved, with people's names"):
        ok("Status: utkast (runden er åpen)" in pages[0], "an open round's document says it is a draft", pages[0][:600])
        rc, out = cli("--kommune", "3499", "user", "add", "--email", "leder@granheim.no", "--name", "Kari Nordmann",
                      "--role", "leder", "--base-url", BASE)
        leader = dict(ENV, BEREDT_USER="leder@granheim.no")
        rc, out = cli("--kommune", "3499", "assess", "close", "--approved-by", "leder@granheim.no", "--yes", env=leader)
        ok(rc == 0, "the round is closed and approved by a leader known by address", out)
        closed = os.path.join(TMP, "godkjent.pdf")
        rc, out = cli("--kommune", "3499", "report", "--format", "pdf", "--out", closed)
        pc = pdf_pages(closed) if rc == 0 else [""]
        ok("Status: godkjent av Kari Nordmann" in pc[0] and "leder@granheim.no" not in "".join(pc),
           "the approved document names the leader, not the address", pc[0][:700])

    with section("the report as Word"):
        path = os.path.join(TMP, "rapport.docx")
        rc, out = cli("--kommune", "3499", "report", "--format", "docx", "--out", path)
        ok(rc == 0 and zipfile.is_zipfile(path), "report --format docx writes a Word file", out)
        doc = zipfile.ZipFile(path).read("word/document.xml").decode() if rc == 0 else ""
        heads = re.findall(r'<w:pStyle w:val="(Heading[123])" ?/></w:pPr><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t[^>]*>([^<]*)</w:t>',
                           doc, re.S)
        ok(any(h == "Heading1" for h, _ in heads) and sum(h == "Heading2" for h, _ in heads) >= 5,
           "its headings are Word's own Heading 1 and 2", heads[:6])
        ok(any("Sammendrag" in t for h, t in heads if h == "Heading2") and MARK in doc,
           "... the sections by name, with the marking at the top", heads[:8])

    with section("the crisis kit prints"):
        kit = os.path.join(TMP, "kit.html")
        rc, out = cli("--kommune", "3499", "kit", "--out", kit)
        html_text = open(kit, encoding="utf-8").read() if rc == 0 else ""
        pdf = os.path.join(TMP, "kit.pdf")
        # printed as a browser would print it: the kit's own print style, A4
        p = subprocess.run(["weasyprint", "-q", kit, pdf], capture_output=True, text=True)
        pages = pdf_pages(pdf) if p.returncode == 0 else []
        ok(rc == 0 and len(pages) > 3, "the kit is printed", out + p.stderr)
        first = pages[0] if pages else ""
        ok("Kontakter" in first and "02800" in first and "Bekreftet" in first,
           "the contact list is on the first page, its last column too", first[:1200])
        cards = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", t)).strip()
                 for t in re.findall(r'<section class="card" id="kort-\d+"><h3>(.*?)</h3>', html_text)]
        starts = [re.sub(r"\s+", " ", pg.strip())[:200] for pg in pages]
        ok(cards and all(any(st.startswith(c[:40]) for st in starts) for c in cards),
           "every action card starts a page of its own", (cards[:3], [st[:60] for st in starts[:8]]))
        ok('a[href^=\\"tel:\\"]' in html_text or 'a[href^="tel:"]' in html_text,
           "the phone numbers have a style of their own (large type)")

    with section("from the report page"):
        les = invite_and_enroll(BEREDT, DB, ENV, BASE, "les@granheim.no", "les", "3499", PASSWORD)["client"]
        page = les.get("/rapport").text
        r, body = get_raw(PORT, "/rapport/last-ned?for=politikere&format=pdf", {"Cookie": "beredt=" + les.cookie})
        ok('href="/rapport/last-ned?for=politikere&amp;format=pdf"' in page and r.status == 200 and
           body.startswith(b"%PDF-") and "sammendrag-folkevalgte" in r.getheader("Content-Disposition", ""),
           "the report page offers the summary for the elected bodies as PDF", (r.status, body[:40]))
        ok('href="/rapport/last-ned?format=pdf"' in page and 'href="/rapport/last-ned?format=docx"' in page,
           "the report page offers PDF and Word")
        for fmt, magic, ctype in (("pdf", b"%PDF-", "application/pdf"),
                                  ("docx", b"PK\x03\x04", "application/vnd.openxmlformats-officedocument")):
            r, body = get_raw(PORT, f"/rapport/last-ned?format={fmt}", {"Cookie": "beredt=" + les.cookie})
            ok(r.status == 200 and body.startswith(magic) and r.getheader("Content-Type", "").startswith(ctype) and
               r.getheader("Content-Disposition", "").endswith(f'.{fmt}"'), f"GET /rapport/last-ned?format={fmt}",
               (r.status, r.getheader("Content-Type"), body[:60]))
        ok(les.get("/rapport/last-ned?format=odt").status == 400, "an unknown format is refused")
        ok('name="kind" value="internkontroll"' in page and 'name="year"' in page,
           "the report page has a form for the internal-control report of a year")
        r, body = get_raw(PORT, "/rapport/last-ned?kind=internkontroll&year=2026&format=pdf",
                          {"Cookie": "beredt=" + les.cookie})
        ok(r.status == 200 and body.startswith(b"%PDF-") and "internkontroll-2026.pdf" in
           r.getheader("Content-Disposition", ""), "GET /rapport/last-ned?kind=internkontroll&year=2026&format=pdf",
           (r.status, body[:80]))
        ok(les.get("/rapport/last-ned?kind=internkontroll&year=1999").status == 400, "a year out of range is refused")
        ipage = les.get(f"/beredskap/hendelser/{NOTICE_INC}").text
        r, body = get_raw(PORT, f"/beredskap/hendelser/{NOTICE_INC}/melding?systemer=EPJ+helse+og+omsorg&format=pdf",
                          {"Cookie": "beredt=" + les.cookie})
        ok('name="systemer"' in ipage and r.status == 200 and body.startswith(b"%PDF-") and
           f"melding-datatilsynet-H-{NOTICE_INC}.pdf" in r.getheader("Content-Disposition", ""),
           "the incident's page makes the draft notice", (r.status, body[:80]))
        fpage = les.get("/beredskap/forsikring").text
        r, body = get_raw(PORT, "/beredskap/forsikring/dokumentasjon?polise=Kommuneforsikring+cyber+2026&dato=2026-11-20"
                          "&format=md", {"Cookie": "beredt=" + les.cookie})
        ok('action="/beredskap/forsikring/dokumentasjon"' in fpage and r.status == 200 and
           b"SHA-256 av teksten over denne linjen" in body, "the insurance page makes the dossier", (r.status, body[:120]))
        r, body = get_raw(PORT, "/rapport/last-ned?kind=tilsyn", {"Cookie": "beredt=" + les.cookie})
        ok('href="/rapport/last-ned?kind=tilsyn&amp;format=pdf"' in page and r.status == 200 and
           body.startswith(b"%PDF-") and "tilsyn-" in r.getheader("Content-Disposition", ""),
           "the report page offers the inspection pack", (r.status, body[:60]))
finally:
    stop(proc)

print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
