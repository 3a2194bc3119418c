#!/usr/bin/env python3
"""Excel workbooks for the registers (issue 15): a workbook as Excel saves it (shared and rich
strings, dates as serial numbers in a date style, display labels, decimal numbers, cells and
rows left out) imported after a preview, in the CLI and the browser; every register exported
as a workbook that reads back to the same register; templates with an example row and the
value lists as data validation; and a workbook that is not one, or is a zip bomb, refused
with nothing changed. Standard library only; prints TAP.

usage: test_xlsx.py BEREDT DB_URL
"""
import io
import os
import re
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from beredt_http import get_raw, pinned_env, serve, stop, invite_and_enroll, ok, run_cli, section, tap  # noqa: E402
from xlsx_book import DEPENDENCIES, SERVICES, SYSTEMS, book  # noqa: E402

BEREDT, DB = sys.argv[1], sys.argv[2]
ENV = pinned_env()
PASSWORD = "korrekt hest batteri stift"
TMP = tempfile.mkdtemp(prefix="beredt-xlsx.")


def cli(*args):
    return run_cli(BEREDT, DB, ENV, *args)


def text_of(page):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def save(name, data):
    path = os.path.join(TMP, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


rc, out = cli("init")
assert rc == 0, out
rc, out = cli("tenant", "add", "--kommune", "3442", "--name", "Testvik kommune", "--orgnr", "974760673")
assert rc == 0, out
rc, out = cli("demo")      # Granheim kommune, 3499
assert rc == 0, out

proc, BASE, PORT = serve(BEREDT, DB, ENV)

try:
    with section("a workbook as Excel saves it, through the CLI"):
        svc, sysf, dep = (save("tjenester.xlsx", book(SERVICES)), save("systemer.xlsx", book(SYSTEMS, prefix="x")),
                          save("avhengigheter.xlsx", book(DEPENDENCIES)))
        rc, out = cli("--kommune", "3442", "ros", "import", "--services", svc, "--systems", sysf, "--dependencies", dep,
                      "--dry-run")
        ok(rc == 0 and "3" in out and "Hjemmetjeneste" in out, "--dry-run shows what the workbooks would add", out)
        rc, out = cli("--kommune", "3442", "ros", "list", "tjenester")
        ok("Hjemmetjeneste" not in out, "... and changes nothing", out)
        rc, out = cli("--kommune", "3442", "ros", "import", "--services", svc, "--systems", sysf, "--dependencies", dep)
        ok(rc == 0 and "3 tjenester" in out and "2 systemer" in out and "4 avhengigheter" in out,
           "imported: three services, two systems, four dependencies", out)
        rc, out = cli("--kommune", "3442", "ros", "export", "--dir", os.path.join(TMP, "ut"))
        services = open(os.path.join(TMP, "ut", "tjenester.csv"), encoding="utf-8-sig").read()
        systems = open(os.path.join(TMP, "ut", "systemer.csv"), encoding="utf-8-sig").read()
        ok('"Hjemmetjeneste";"Besøk og medisiner";"helse-og-omsorg"' in services,
           "a rich-text name joins its runs (not its phonetic hint), and a display label becomes its code", services)
        ok('"2026-11-28"' in services and '"2026-10-05"' in services,
           "dates stored as Excel serial numbers, in a built-in and a custom date style, read as dates", services)
        ok('"4.5"' in services or '"4,5"' in services or ';"5";"4' in services, "a decimal number of hours is taken",
           services)
        ok('"Byggesak";"";"teknisk' in services, "an inline string, a cell left out in the middle, and a row cut short",
           services)
        ok('"Fagsystem pleie";"";"Gerica";"8.1";"fagsystem";"leverandor"' in systems and '"ja"' in systems,
           "a sheet whose elements carry a namespace prefix; TRUE as ja", systems)

    with section("every register out as a workbook, and back"):
        rc, out = cli("--kommune", "3499", "ros", "export", "--dir", os.path.join(TMP, "demo"), "--xlsx")
        files = {t: os.path.join(TMP, "demo", f"{t}.xlsx") for t in
                 ("leverandorer", "systemer", "tjenester", "avhengigheter", "hendelser")}
        ok(rc == 0 and all(zipfile.is_zipfile(p) for p in files.values()), "ros export --xlsx writes five workbooks", out)
        z = zipfile.ZipFile(files["systemer"])
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        ok("<dataValidation " in sheet and "fagsystem" in sheet and "leverandor" in sheet,
           "the coded columns carry their value lists as data validation", sheet[-800:])
        ok("state=\"frozen\"" in sheet and "<autoFilter" in sheet, "the header row is frozen, with a filter")
        ok("xl/worksheets/sheet2.xml" in z.namelist() and "verdier" in z.read("xl/workbook.xml").decode(),
           "the value lists are on a sheet of their own, for people to read")
        rc, out = cli("tenant", "add", "--kommune", "3444", "--name", "Tilbakevik", "--orgnr", "974760673")
        rc, out = cli("--kommune", "3444", "ros", "import", "--vendors", files["leverandorer"], "--systems", files["systemer"],
                      "--services", files["tjenester"], "--dependencies", files["avhengigheter"], "--events",
                      files["hendelser"])
        ok(rc == 0, "the five workbooks import into another municipality", out)
        for k in ("3499", "3444"):
            cli("--kommune", k, "ros", "export", "--dir", os.path.join(TMP, f"csv-{k}"))
        same = all(open(os.path.join(TMP, "csv-3499", f"{t}.csv"), "rb").read() ==
                   open(os.path.join(TMP, "csv-3444", f"{t}.csv"), "rb").read() for t in files)
        systems = open(os.path.join(TMP, "csv-3444", "systemer.csv"), encoding="utf-8-sig").read().splitlines()
        ok(same and len(systems) > 100, "... and give exactly the same registers", len(systems))

    with section("templates"):
        rc, out = cli("--kommune", "3442", "ros", "template", "systemer", "--out", os.path.join(TMP, "mal.csv"))
        mal = open(os.path.join(TMP, "mal.csv"), encoding="utf-8-sig").read().splitlines()
        ok(rc == 0 and len(mal) == 2 and mal[0].startswith('"navn";"leverandor"'),
           "a CSV template has the header and one example row", mal)
        rc, out = cli("--kommune", "3442", "ros", "template", "hendelser", "--xlsx", "--out", os.path.join(TMP, "mal.xlsx"))
        z = zipfile.ZipFile(os.path.join(TMP, "mal.xlsx"))
        ok(rc == 0 and "<dataValidation " in z.read("xl/worksheets/sheet1.xml").decode(),
           "an Excel template has the value lists (probability A–E) as validation")

    with section("in the browser"):
        red = invite_and_enroll(BEREDT, DB, ENV, BASE, "red@testvik.no", "redaktor", "3442", PASSWORD)["client"]
        page = red.get("/ros").text
        ok('href="/ros/mal/systemer.xlsx"' in page and 'href="/ros/mal/systemer.csv"' in page,
           "the import form links the templates of each register")
        ok("docs/import.md" not in page, "... and no longer points at a file in the source tree")
        ok("Tillatte verdier" in page and "kjorer-pa" in page, "... and lists the allowed values")
        r = red.get("/ros/mal/tjenester.xlsx")
        ok(r.status == 200 and "spreadsheetml" in r.getheader("Content-Type", "") and
           "mal-tjenester.xlsx" in r.getheader("Content-Disposition", ""), "a template downloads as a workbook")
        ok(red.get("/ros/mal/passord.xlsx").status == 404, "an unknown register's template is 404")
        r = red.get("/ros/eksport/systemer.xlsx")
        ok(r.status == 200 and "systemer.xlsx" in r.getheader("Content-Disposition", ""), "a register exports as a workbook")
        # a changed service in a workbook, uploaded: a preview first, then the import
        changed = [row[:] if row else row for row in SERVICES]
        changed[1][3] = "Kommunalsjef helse"
        r = red.upload("/ros/import", {"tjenester": ("tjenester.xlsx", book(changed))})
        ok(r.status == 200 and "Forhåndsvisning av importen" in r.text and "Kommunalsjef helse" not in
           cli("--kommune", "3442", "ros", "list", "tjenester")[1], "an uploaded workbook gives a preview, nothing changed",
           text_of(r.text)[-500:])
        confirm = dict(re.findall(r'<textarea hidden name="([a-z]+)">\n(.*?)</textarea>', r.text, re.S))
        import html as h
        parts = {k: (None, h.unescape(v).encode()) for k, v in confirm.items()}
        parts["bekreft"] = (None, b"ja")
        r = red.upload("/ros/import", parts)
        ok(r.status == 303, "confirmed, it is imported", text_of(r.text)[-300:])
        rc, out = cli("--kommune", "3442", "ros", "export", "--dir", os.path.join(TMP, "etter"))
        ok("Kommunalsjef helse" in open(os.path.join(TMP, "etter", "tjenester.csv"), encoding="utf-8-sig").read(),
           "... with the change")

    with section("the register lists: filters and pages"):
        les = invite_and_enroll(BEREDT, DB, ENV, BASE, "lesing@granheim.no", "les", "3499", PASSWORD)["client"]
        page = les.get("/ros").text
        systems = lambda p: p.split('id="liste-systemer"')[1].split('id="liste-leverandorer"')[0]
        services = lambda p: p.split('id="liste-tjenester"')[1].split('id="liste-systemer"')[0]
        ok("Viser 1–50 av 150." in systems(page) and 'side-systemer=2' in systems(page) and
           systems(page).count("<tr><td>") == 50, "150 systems are shown 50 to a page, with a link to the next",
           systems(page)[-400:])
        page3 = les.get("/ros?side-systemer=3").text
        ok("Viser 101–150 av 150." in systems(page3) and "side-systemer=2" in systems(page3) and
           "Neste side" not in systems(page3), "the last page has the link back and none onward")
        ok(systems(page).split("<tr><td>")[1] != systems(page3).split("<tr><td>")[1], "... and other systems")
        page = les.get("/ros?domene=AD+intern").text
        rows = systems(page).count("<tr><td>")
        ok(0 < rows < 150 and 'value="AD intern" selected' in page and services(page).count("<tr><td>") == 0,
           "a filter by administrative domain shows that domain's systems, and no services", rows)
        page = les.get("/ros?sektor=helse-og-omsorg&kritikalitet=5").text
        svc = services(page)
        ok(0 < svc.count("<tr><td>") < 30 and "Pleie og omsorg i sykehjem" in svc and "Byggesak" not in svc and
           systems(page).count("<tr><td>") == 0, "a filter by service area and criticality", svc[-300:])
        r = les.get("/ros?side-systemer=kaffe&kritikalitet=99")
        ok(r.status == 200 and "Viser 1–50 av 150." in systems(r.text), "a page number that is not one shows the first")

    with section("a graph you can read"):
        def size(page):
            m = re.search(r'<svg width="(\d+)pt" height="(\d+)pt"', page)
            return (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        whole = les.get("/ros/graf?gruppe=ingen").text
        grouped = les.get("/ros/graf").text
        nodes = lambda page: page.count('class="node"')
        w0, h0 = size(whole)
        w1, h1 = size(grouped)
        ok(w0 * h0 > 0 and 'class="cluster"' not in whole, "ungrouped, every system is drawn for itself", (w0, h0))
        ok('class="cluster"' in grouped and "Helse og omsorg" in grouped and re.search(r"\d+ systemer:", grouped),
           "by default the whole municipality is grouped by service area, with the systems that rest on nothing folded")
        ok(w1 * h1 < w0 * h0 / 2 and nodes(grouped) < nodes(whole),
           "... and the picture is less than half the area, with fewer nodes", ((w0, h0), (w1, h1), nodes(whole), nodes(grouped)))
        dom = les.get("/ros/graf?gruppe=domene").text
        ok('class="cluster"' in dom and "AD intern" in dom, "grouped by administrative domain")
        svg = lambda page: page[page.find("<svg"):page.find("</svg>")]
        area = svg(les.get("/ros/graf?omrade=helse-og-omsorg").text)
        ok("Pleie og omsorg i sykehjem" in area and "Byggesak og plan" not in area and nodes(area) < nodes(grouped),
           "one service area: its services and what they rest on",
           ("Pleie og omsorg i sykehjem" in area, "Byggesak" in area, nodes(area), nodes(grouped), text_of(area)[:300]))
        near = svg(les.get("/ros/graf?system=EPJ+helse+og+omsorg").text)
        ok("EPJ helse og omsorg" in near and "Pleie og omsorg i sykehjem" in near and "Byggesak og plan" not in near and
           0 < nodes(near) < nodes(whole),
           "a system's neighbourhood, two steps either way", (nodes(near), "Pleie og omsorg i sykehjem" in near,
                                                               "EPJ helse og omsorg" in near, text_of(near)[:400]))
        ok(les.get("/ros/graf?system=Finnes+ikke").status == 404, "a system not in the register is 404")

    with section("findings in groups"):
        rc, out = cli("--kommune", "3499", "check")
        page = les.get("/funn?gruppe=kontroll&status=alle").text
        heads = re.findall(r'<tr class="group"><th colspan="7" scope="colgroup">([^<]*) \((\d+)\)</th></tr>', page)
        total = int(re.search(r"av (\d+) funn\.", page).group(1))
        ok(len(heads) > 3 and 'value="kontroll" selected' in page, "grouped by check: a heading for each", heads[:5])
        rows = page.split('<tr class="group">')
        ok(all(re.search(r"<strong>" + re.escape(h) + "</strong>", part) for (h, _), part in zip(heads, rows[1:])),
           "... and the findings under each heading are of that check")
        all_heads = []
        for side in range(1, total // 50 + 2):
            pg = les.get(f"/funn?gruppe=kontroll&status=alle&side={side}").text
            all_heads += re.findall(r'scope="colgroup">([^<]*) \((\d+)\)</th>', pg)
        ok(sum(int(c) for h, c in dict(all_heads).items()) == total, "the groups' counts add up to the findings shown",
           (total, dict(all_heads)))
        page = les.get("/funn?gruppe=system").text
        ok('scope="colgroup">Active Directory (' in page, "grouped by what they concern: a system's heading",
           page[:0])

    with section("the action plan as a workbook"):
        rc, out = cli("--kommune", "3499", "action", "export", "--out", os.path.join(TMP, "plan.xlsx"))
        z = zipfile.ZipFile(os.path.join(TMP, "plan.xlsx"))
        strings = z.read("xl/sharedStrings.xml").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        rc2, listed = cli("--kommune", "3499", "action", "list", "--format", "json")
        import json
        items = json.loads(listed)
        items = items.get("actions", items) if isinstance(items, dict) else items
        ok(rc == 0 and len(items) > 5 and f"{len(items)} tiltak" in out and all(f"T-{x['no']}" in strings for x in items),
           "action export writes every item of the plan", out)
        ok("Sikkerhetsrevisjon" in strings and "<dataValidation " in sheet and "pågår" in strings,
           "... with the measures' titles, and priority and status as value lists")
        red2 = invite_and_enroll(BEREDT, DB, ENV, BASE, "les@granheim.no", "les", "3499", PASSWORD)["client"]
        page = red2.get("/tiltak").text
        r = red2.get("/tiltak/handlingsplan.xlsx")
        ok('href="/tiltak/handlingsplan.xlsx"' in page and r.status == 200 and
           "handlingsplan.xlsx" in r.getheader("Content-Disposition", ""), "the action plan's page downloads it too")

    with section("what is not a workbook"):
        before = open(os.path.join(TMP, "etter", "tjenester.csv"), "rb").read()
        r = red.upload("/ros/import", {"tjenester": ("tjenester.xlsx", b"PK\x03\x04" + b"\x00" * 200)})
        ok(r.status == 400 and "arbeidsbok" in text_of(r.text), "a broken zip is refused as no workbook",
           text_of(r.text)[-300:])
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (80 << 20) + b"</a>")
        r = red.upload("/ros/import", {"tjenester": ("bombe.xlsx", bomb.getvalue())})
        ok(r.status == 400 and "større enn" in text_of(r.text), "a part that unpacks past 64 MB is refused (a zip bomb)",
           f"{len(bomb.getvalue())} bytes: {text_of(r.text)[-300:]}")
        ent = io.BytesIO()
        with zipfile.ZipFile(ent, "w") as z:
            z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><sst><si><t>&a;</t>'
                       '</si></sst>')
            z.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")
        r = red.upload("/ros/import", {"tjenester": ("entitet.xlsx", ent.getvalue())})
        ok(r.status == 400 and "entitet" in text_of(r.text), "an entity declaration is refused", text_of(r.text)[-300:])
        rc, out = cli("--kommune", "3442", "ros", "export", "--dir", os.path.join(TMP, "etter2"))
        ok(open(os.path.join(TMP, "etter2", "tjenester.csv"), "rb").read() == before, "none of them changed anything")
finally:
    stop(proc)

print(f"1..{tap.n}")
sys.exit(1 if tap.failed else 0)
