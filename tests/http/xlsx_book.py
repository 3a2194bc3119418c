"""Excel workbooks as Excel itself saves them, made with the standard library for the tests:
shared strings (some as rich-text runs), an inline string, numbers, dates as serial numbers
in a date style (built-in 14 and a custom dd.mm.yyyy), booleans, cells left out in the
middle and at the end of a row, and an empty row. The sheet's element names carry a prefix
in one variant (as some writers do)."""
import io
import zipfile
from xml.sax.saxutils import escape


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def book(rows, prefix=""):
    """rows: lists of cells: str (shared string), ("rich", a, b), ("inline", s), int/float,
    ("date", serial, style 1 or 2), bool, or None (left out)."""
    strings, index = [], {}

    def sid(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    p = prefix + ":" if prefix else ""
    out = []
    for r, row in enumerate(rows, 1):
        if row is None:
            out.append(f'<{p}row r="{r}"/>')
            continue
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, bool):
                cells.append(f'<{p}c r="{ref}" t="b"><{p}v>{int(v)}</{p}v></{p}c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<{p}c r="{ref}"><{p}v>{v}</{p}v></{p}c>')
            elif isinstance(v, tuple) and v[0] == "date":
                cells.append(f'<{p}c r="{ref}" s="{v[2]}"><{p}v>{v[1]}</{p}v></{p}c>')
            elif isinstance(v, tuple) and v[0] == "inline":
                cells.append(f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{escape(v[1])}</{p}t></{p}is></{p}c>')
            elif isinstance(v, tuple) and v[0] == "rich":
                k = sid(("rich", v[1], v[2]))
                cells.append(f'<{p}c r="{ref}" t="s"><{p}v>{k}</{p}v></{p}c>')
            else:
                cells.append(f'<{p}c r="{ref}" t="s"><{p}v>{sid(v)}</{p}v></{p}c>')
        out.append(f'<{p}row r="{r}">' + "".join(cells) + f"</{p}row>")
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' if prefix else \
         'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{p}worksheet {ns}><{p}sheetData>'
             + "".join(out) + f"</{p}sheetData></{p}worksheet>")
    si = []
    for s in strings:
        if isinstance(s, tuple):
            si.append(f'<si><r><t>{escape(s[1])}</t></r><r><rPr><b/></rPr><t>{escape(s[2])}</t></r>'
                      f'<rPh><t>fonetisk</t></rPh></si>')
        else:
            si.append(f'<si><t xml:space="preserve">{escape(s)}</t></si>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
              f'spreadsheetml/2006/main" count="{len(si)}" uniqueCount="{len(si)}">' + "".join(si) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" '
              'formatCode="dd\\.mm\\.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/>'
              '<xf numFmtId="164"/></cellXfs></styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/>'
                '</sheets></workbook>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/ark1.xml"/>'
            '</Relationships>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/ark1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/styles.xml", styles)
    return b.getvalue()


# 2026-11-28 is Excel's day 46354
SERVICES = [
    ["Navn", "Beskrivelse", "Sektor", "Eier", "Kritikalitet", "Maks nedetid (timer)", "Personopplysninger",
     "Særlige kategorier", "Reserverutine", "Reserverutine testet"],
    [("rich", "Hjemme", "tjeneste"), "Besøk og medisiner", "Helse og omsorg", "Helsesjef", 5, 4.5, True, True,
     "Papirlister i perm", ("date", 46354, 1)],
    None,
    [("inline", "Byggesak"), None, "Tekniske tjenester, plan og bygg", "Plansjef", 2, 72, False, False],
    ["Barnevern", "Akutt", "Oppvekst og utdanning", "Barnevernleder", 5, 2, True, True, "Vaktlister", ("date", 46300, 2)],
]
SYSTEMS = [
    ["Navn", "Leverandør", "Produkt", "Versjon", "Type", "Drift", "Admin-domene", "RTO (timer)", "RPO (timer)",
     "Klassifisering", "Eier", "Internett", "Verter"],
    ["Active Directory", None, "Windows Server", "2019", "Infrastruktur", "Egen drift", "AD intern", 48, 24, "intern",
     "IT-sjef", False, "dc01"],
    ["Fagsystem pleie", None, "Gerica", "8.1", "Fagsystem", "Leverandør/SaaS", "leverandør", 1.5, 0.5, "fortrolig",
     "Helsesjef", True],
]
DEPENDENCIES = [
    ["Fra type", "Fra", "Til type", "Til", "Type", "Alternativgruppe"],
    ["Tjeneste", "Hjemmetjeneste", "System", "Fagsystem pleie", "kjører på"],
    ["System", "Fagsystem pleie", "System", "Active Directory", "autentiserer gjennom"],
    ["Tjeneste", "Barnevern", "System", "Fagsystem pleie", "kjører på"],
    ["Tjeneste", "Byggesak", "System", "Active Directory", "kjører på"],
]
