#!/usr/bin/env python3
"""Generate the demo municipality's ROS registers (demo/ros/*.csv): about 30 services,
150 systems and 20 vendors with their dependencies, built from what a Norwegian
municipality runs (docs of the domain). Vendor names are fictional. Deterministic.
usage: scripts/gen-demo-ros.py OUTDIR"""
import csv
import os
import random
import sys

out = sys.argv[1]
rnd = random.Random(3499)

vendors = [  # name, orgnr (fictional, valid check digit), phone, 24/7, contract, rto
    ("Fjordsoft AS", "123456785", "+47 400 11 001", "ja", "K-2021-01", 24),
    ("Helsedata Nord AS", "", "+47 400 11 002", "ja", "K-2020-07", 12),
    ("Omsorgsteknikk AS", "", "+47 400 11 003", "ja", "K-2019-04", 8),
    ("Skoleplattform AS", "", "+47 400 11 004", "nei", "K-2022-02", 72),
    ("Økonomisystemer AS", "", "+47 400 11 005", "nei", "K-2018-11", 48),
    ("Arkivløsninger AS", "", "+47 400 11 006", "nei", "K-2020-01", 72),
    ("Kartverkstedet AS", "", "+47 400 11 007", "nei", "K-2021-05", 96),
    ("Vannkontroll AS", "", "+47 400 11 008", "ja", "K-2017-09", 6),
    ("Nettlinje AS", "", "+47 400 11 009", "ja", "L-2020-01", 8),
    ("Fibernord AS", "", "+47 400 11 010", "ja", "L-2021-03", 12),
    ("Skydrift Norden AS", "", "+47 400 11 011", "ja", "K-2022-08", 4),
    ("IKT Fjordregionen IKS", "", "+47 400 11 012", "ja", "SLA-2023", 24),
    ("Telefoni Vest AS", "", "+47 400 11 013", "nei", "K-2019-10", 24),
    ("Adgangssystemer AS", "", "+47 400 11 014", "nei", "K-2016-06", 48),
    ("Lønn og HR AS", "", "+47 400 11 015", "nei", "K-2020-12", 48),
    ("Sosialdata AS", "", "+47 400 11 016", "nei", "K-2021-09", 48),
    ("Byggsak Digital AS", "", "+47 400 11 017", "nei", "K-2022-04", 72),
    ("Medisinrobot AS", "", "+47 400 11 018", "ja", "K-2021-11", 6),
    ("Sikkerhetsdrift AS", "", "+47 400 11 019", "ja", "K-2023-02", 4),
    ("Helsenett-tilkobling AS", "", "+47 400 11 020", "ja", "K-2018-01", 8),
]
V = [v[0] for v in vendors]

systems = []   # name, vendor, product, version, kind, hosting, domain, rto, rpo, class, owner, internet, hosts
def sysadd(name, vendor, product, version, kind, hosting, domain, rto, rpo, cls, owner, internet="nei", hosts=""):
    systems.append((name, vendor, product, version, kind, hosting, domain, rto, rpo, cls, owner, internet, hosts))

# addresses, so a network scan (demo/scan/) can be matched to the systems
hosts = {"Active Directory": "dc01.granheim.local 10.20.0.10", "Filserver": "fil01.granheim.local 10.20.0.20",
         "Terminalserver": "ts01.granheim.local 10.20.0.15", "Brannmur": "10.20.0.1 192.0.2.1",
         "VPN": "vpn.granheim.kommune.no 192.0.2.10"}

# infrastructure run by the municipality's own IT
for n, p, v, rto in [("Active Directory", "Windows Server", "2019", 48), ("Vmware-klynge A", "VMware ESXi", "7.0", 24),
                     ("Vmware-klynge B", "VMware ESXi", "7.0", 24), ("Lagring SAN", "Lagringssystem", "5.2", 36),
                     ("Sikkerhetskopi", "Backupprogram", "12", 12), ("SQL-server 1", "Microsoft SQL Server", "2016", 12),
                     ("SQL-server 2", "Microsoft SQL Server", "2019", 12), ("Filserver", "Windows Server", "2016", 24),
                     ("Utskrift", "Utskriftsserver", "3.1", 72), ("DNS og DHCP", "Windows Server", "2019", 8),
                     ("Sertifikattjener", "Windows Server", "2012 R2", 72), ("Terminalserver", "Windows Server", "2016", 24)]:
    sysadd(n, "", p, v, "infrastruktur", "egen", "AD intern", rto, 24, "intern", "IT-sjef", "nei", hosts.get(n, ""))
for n, p, rto, net in [("Brannmur", "Brannmur", 8, "ja"), ("VPN", "Ivanti Connect Secure", 8, "ja"), ("Kjernesvitsj", "Svitsj", 12, "nei"),
                       ("Trådløst nett", "WLAN", 24, "nei"), ("Internett linje 1", "", 8, "ja"), ("Internett linje 2", "", 12, "ja")]:
    sysadd(n, "Nettlinje AS" if n == "Internett linje 1" else "Fibernord AS" if n == "Internett linje 2" else "", p,
           "22.7" if n == "VPN" else "",
           "nettverk", "leverandor" if n.startswith("Internett") else "egen", "AD intern" if not n.startswith("Internett") else "",
           rto, None, "intern", "IT-sjef", net, hosts.get(n, ""))
for n, rto in [("Entra ID", 4), ("Exchange Online", 4), ("Teams", 4), ("SharePoint", 8), ("OneDrive", 8), ("Intune", 12)]:
    sysadd(n, "Skydrift Norden AS", "Microsoft 365", "", "sky", "leverandor", "Entra ID", rto, 1, "intern", "IT-sjef", "ja", "")
sysadd("Endepunktsvern", "Sikkerhetsdrift AS", "EDR", "", "sky", "leverandor", "Leverandør", 4, None, "intern", "IT-sjef", "ja")
sysadd("Logginnsamling", "Sikkerhetsdrift AS", "SIEM", "", "sky", "leverandor", "Leverandør", 8, None, "intern", "IT-sjef", "ja")
sysadd("Helsenett-tilkobling", "Helsenett-tilkobling AS", "NHN-ruter", "", "nettverk", "leverandor", "Leverandør", 8, None, "intern", "IT-sjef", "nei")
sysadd("Telefoniplattform", "Telefoni Vest AS", "Sentralbord", "", "sky", "leverandor", "Leverandør", 24, None, "intern", "IT-sjef", "ja")

# specialised applications, per service area
apps = [
    ("EPJ helse og omsorg", "Helsedata Nord AS", "helse", 8, "fortrolig", "Helsesjef", "SQL-server 1"),
    ("Kurve og legemidler", "Helsedata Nord AS", "helse", 4, "fortrolig", "Helsesjef", "SQL-server 1"),
    ("Multidose og e-resept", "Helsedata Nord AS", "helse", 8, "fortrolig", "Helsesjef", ""),
    ("Pasientvarsling Granlund", "Omsorgsteknikk AS", "omsorg", 2, "intern", "Omsorgssjef", ""),
    ("Pasientvarsling Bakkely", "Omsorgsteknikk AS", "omsorg", 2, "intern", "Omsorgssjef", ""),
    ("Pasientvarsling Solgløtt", "Omsorgsteknikk AS", "omsorg", 2, "intern", "Omsorgssjef", ""),
    ("Trygghetsalarmer", "Omsorgsteknikk AS", "omsorg", 2, "fortrolig", "Omsorgssjef", ""),
    ("Medisinrobot Granlund", "Medisinrobot AS", "omsorg", 6, "fortrolig", "Omsorgssjef", ""),
    ("Medisinrobot Bakkely", "Medisinrobot AS", "omsorg", 6, "fortrolig", "Omsorgssjef", ""),
    ("Barnevern fagsystem", "Fjordsoft AS", "barnevern", 12, "strengt fortrolig", "Barnevernleder", ""),
    ("Sosialtjeneste fagsystem", "Sosialdata AS", "sosial", 24, "fortrolig", "NAV-leder", "SQL-server 2"),
    ("Økonomisk sosialhjelp", "Sosialdata AS", "sosial", 24, "fortrolig", "NAV-leder", "SQL-server 2"),
    ("Skoleadministrasjon", "Skoleplattform AS", "skole", 72, "fortrolig", "Oppvekstsjef", ""),
    ("Læringsplattform", "Skoleplattform AS", "skole", 72, "intern", "Oppvekstsjef", ""),
    ("Barnehageadministrasjon", "Skoleplattform AS", "skole", 72, "fortrolig", "Oppvekstsjef", ""),
    ("PPT fagsystem", "Fjordsoft AS", "skole", 72, "fortrolig", "Oppvekstsjef", "SQL-server 2"),
    ("Helsestasjon journal", "Helsedata Nord AS", "helse", 24, "fortrolig", "Helsesjef", "SQL-server 1"),
    ("Legevakt journal", "Helsedata Nord AS", "helse", 4, "fortrolig", "Helsesjef", ""),
    ("Økonomisystem", "Økonomisystemer AS", "adm", 48, "intern", "Økonomisjef", "SQL-server 2"),
    ("Lønn og personal", "Lønn og HR AS", "adm", 48, "fortrolig", "HR-sjef", "SQL-server 2"),
    ("Fakturamottak", "Økonomisystemer AS", "adm", 72, "intern", "Økonomisjef", ""),
    ("Sak og arkiv", "Arkivløsninger AS", "adm", 48, "fortrolig", "Arkivleder", "SQL-server 1"),
    ("Eiendomsskatt", "Økonomisystemer AS", "teknisk", 96, "intern", "Økonomisjef", "SQL-server 2"),
    ("Byggesak", "Byggsak Digital AS", "teknisk", 72, "intern", "Plansjef", ""),
    ("Kart og matrikkel", "Kartverkstedet AS", "teknisk", 96, "intern", "Plansjef", ""),
    ("Kommunale avgifter", "Økonomisystemer AS", "teknisk", 96, "intern", "Økonomisjef", "SQL-server 2"),
    ("Adgangskontroll", "Adgangssystemer AS", "adm", 24, "intern", "Eiendomssjef", ""),
    ("Byggautomasjon", "Adgangssystemer AS", "teknisk", 48, "intern", "Eiendomssjef", ""),
    ("Nettsider", "Skydrift Norden AS", "adm", 24, "åpen", "Kommunikasjonssjef", ""),
    ("Digital postkasse", "Skydrift Norden AS", "adm", 48, "fortrolig", "Arkivleder", ""),
    ("Innbyggerportal", "Fjordsoft AS", "adm", 48, "fortrolig", "Kommunikasjonssjef", ""),
    ("Beredskapsvarsling", "Telefoni Vest AS", "styring", 2, "intern", "Beredskapskoordinator", ""),
    ("Krisestøtteverktøy", "Skydrift Norden AS", "styring", 4, "intern", "Beredskapskoordinator", ""),
    ("Bibliotek", "Fjordsoft AS", "kultur", 168, "intern", "Kultursjef", ""),
    ("Kulturskole", "Skoleplattform AS", "kultur", 168, "intern", "Kultursjef", ""),
    ("Renovasjon", "Fjordsoft AS", "teknisk", 96, "intern", "Driftssjef", ""),
    ("Turnus og vaktplan", "Lønn og HR AS", "omsorg", 24, "intern", "Omsorgssjef", ""),
    ("Hjemmetjeneste mobil", "Helsedata Nord AS", "omsorg", 8, "fortrolig", "Omsorgssjef", ""),
    ("Tolketjeneste", "Fjordsoft AS", "sosial", 72, "intern", "NAV-leder", ""),
    ("Flyktningtjeneste", "Sosialdata AS", "sosial", 72, "fortrolig", "NAV-leder", ""),
]
for name, vendor, area, rto, cls, owner, db in apps:
    saas = vendor in ("Skoleplattform AS", "Kartverkstedet AS", "Byggsak Digital AS", "Skydrift Norden AS", "Fjordsoft AS") and name not in ("PPT fagsystem",)
    sysadd(name, vendor, name.split()[0], f"{rnd.randint(1, 12)}.{rnd.randint(0, 9)}", "sky" if saas else "fagsystem",
           "leverandor" if saas else "egen", "Leverandør" if saas else "AD intern", rto, max(1, rto // 4), cls, owner,
           "ja" if saas else "nei", "")
# OT: water and sewage
ot = ["Vannverk Granheim", "Vannverk Lia", "Høydebasseng Åsen", "Pumpestasjon Sentrum", "Pumpestasjon Nord",
      "Pumpestasjon Sør", "Renseanlegg Granheim", "Renseanlegg Bekkeby", "SCADA sentral", "SCADA fjerntilgang"]
for n in ot:
    sysadd(n, "Vannkontroll AS", "Styresystem", "4.2", "ot", "egen", "OT-nett", 6 if "SCADA" in n else 12, None,
           "intern", "Driftssjef", "ja" if n == "SCADA fjerntilgang" else "nei", "")
# end-user devices and smaller systems to a realistic count
for i in range(1, 9):
    sysadd(f"PC-er skole {i}", "", "Windows 11", "23H2", "sluttbruker", "egen", "AD intern", 72, None, "intern", "Oppvekstsjef")
for i in range(1, 7):
    sysadd(f"PC-er administrasjon {i}", "", "Windows 11", "23H2", "sluttbruker", "egen", "AD intern", 48, None, "intern", "IT-sjef")
for i in range(1, 5):
    sysadd(f"Nettbrett omsorg {i}", "", "iPadOS", "17", "sluttbruker", "egen", "Entra ID", 24, None, "intern", "Omsorgssjef")
small = ["Timeregistrering", "Møteromsbooking", "Kantinesystem", "Vikarformidling", "Skyss og transport", "Politisk møteportal",
         "Tilskuddsportal", "Søknadssenter", "Parkeringsautomater", "Idrettshall-booking", "Kinoanlegg", "Gravplassforvaltning",
         "Veilys", "Brøyteplanlegging", "Vannmålere", "Kvalitetssystem", "Avvikssystem", "Risikostyring", "Kompetanseportal",
         "Rekruttering", "Dokumentmaler", "Skanning", "E-læring", "Spørreundersøkelser", "Leverandørportal", "Kontraktsarkiv",
         "Innkjøp", "Lagerstyring", "Bilpark", "Nøkkelskap", "Kameraovervåking", "Besøksregistrering", "Helsebibliotek",
         "Fysioterapi journal", "Jordmortjeneste", "Smittevern", "Vaksinasjon", "Miljøretta helsevern", "Boligtildeling",
         "Startlån", "Husbanken-integrasjon", "Skjenkebevilling", "Matrikkelføring", "Landbruk", "Viltforvaltning",
         "Friluftsregister", "Valgadministrasjon", "Folkeregister-integrasjon", "Meldingsformidler", "Integrasjonsplattform",
         "Arealplan", "Oppmåling", "Legeavtaler", "Dokumentasjon IKT"]
for i, n in enumerate(small):
    if len(systems) >= 150:
        break
    vendor = V[rnd.randrange(len(V))] if i % 3 else ""
    sysadd(n, vendor, n, f"{rnd.randint(1, 9)}.{rnd.randint(0, 9)}", "fagsystem", "egen" if not vendor else "leverandor",
           "AD intern" if not vendor else "Leverandør", rnd.choice([24, 48, 72, 96]), None, "intern", "Virksomhetsleder")
assert len(systems) == 150, len(systems)
S = {s[0]: s for s in systems}

services = [  # name, sector, owner, criticality, mtd, personal, special, fallback, systems it runs on
    ("Pleie og omsorg i sykehjem", "helse-og-omsorg", "Omsorgssjef", 5, 4, "ja", "ja", "Papirjournal og medisinkort i perm på vaktrommet.", ["EPJ helse og omsorg", "Kurve og legemidler"]),
    ("Pasientvarsling i sykehjem", "helse-og-omsorg", "Omsorgssjef", 5, 1, "nei", "nei", "Fast vakt på hver avdeling og runder hvert kvarter.", ["Pasientvarsling Granlund", "Pasientvarsling Bakkely", "Pasientvarsling Solgløtt"]),
    ("Hjemmetjeneste", "helse-og-omsorg", "Omsorgssjef", 5, 4, "ja", "ja", "Utskrevne kjørelister og medisinlister hver morgen.", ["Hjemmetjeneste mobil", "EPJ helse og omsorg", "Multidose og e-resept"]),
    ("Legemiddelhåndtering", "helse-og-omsorg", "Helsesjef", 5, 4, "ja", "ja", "Manuell utdeling etter papirliste.", ["Medisinrobot Granlund", "Medisinrobot Bakkely", "Multidose og e-resept"]),
    ("Trygghetsalarmer", "helse-og-omsorg", "Omsorgssjef", 5, 1, "ja", "ja", "Ring brukerne to ganger daglig.", ["Trygghetsalarmer"]),
    ("Legevakt", "helse-og-omsorg", "Helsesjef", 5, 2, "ja", "ja", "Papirjournal; samarbeid med nabokommunens legevakt.", ["Legevakt journal", "Helsenett-tilkobling"]),
    ("Helsestasjon og skolehelsetjeneste", "helse-og-omsorg", "Helsesjef", 3, 72, "ja", "ja", "", ["Helsestasjon journal"]),
    ("Smittevern og vaksinasjon", "helse-og-omsorg", "Kommuneoverlege", 4, 24, "ja", "ja", "", ["Smittevern", "Vaksinasjon"]),
    ("Barnevern", "barnevern", "Barnevernleder", 5, 24, "ja", "ja", "Papirskjema for akutte saker; barnevernvakt på telefon.", ["Barnevern fagsystem"]),
    ("Sosiale tjenester og NAV", "sosiale-tjenester", "NAV-leder", 4, 48, "ja", "ja", "Nødhjelp etter papirrutine.", ["Sosialtjeneste fagsystem", "Økonomisk sosialhjelp"]),
    ("Flyktningtjeneste", "sosiale-tjenester", "NAV-leder", 3, 72, "ja", "ja", "", ["Flyktningtjeneste", "Tolketjeneste"]),
    ("Vannforsyning", "vann-og-avlop", "Driftssjef", 5, 6, "nei", "nei", "Manuell drift på anleggene; kokeanbefaling.", ["Vannverk Granheim", "Vannverk Lia", "Høydebasseng Åsen", "SCADA sentral"]),
    ("Avløp", "vann-og-avlop", "Driftssjef", 4, 12, "nei", "nei", "Tilsyn på pumpestasjonene.", ["Pumpestasjon Sentrum", "Pumpestasjon Nord", "Pumpestasjon Sør", "Renseanlegg Granheim", "Renseanlegg Bekkeby", "SCADA sentral"]),
    ("Kriseledelse og beredskapsvarsling", "styring-og-kriseledelse", "Beredskapskoordinator", 5, 2, "ja", "nei", "Telefonliste på papir; satellittelefon.", ["Beredskapsvarsling", "Krisestøtteverktøy"]),
    ("Skole", "oppvekst-og-utdanning", "Oppvekstsjef", 3, 72, "ja", "nei", "Undervisning uten digitale verktøy.", ["Skoleadministrasjon", "Læringsplattform"]),
    ("Barnehage", "oppvekst-og-utdanning", "Oppvekstsjef", 3, 72, "ja", "nei", "", ["Barnehageadministrasjon"]),
    ("Pedagogisk-psykologisk tjeneste", "oppvekst-og-utdanning", "Oppvekstsjef", 2, 168, "ja", "ja", "", ["PPT fagsystem"]),
    ("Lønn", "administrasjon", "HR-sjef", 4, 72, "ja", "nei", "Forskudd etter forrige måneds lønn.", ["Lønn og personal"]),
    ("Økonomi og betaling", "administrasjon", "Økonomisjef", 4, 72, "nei", "nei", "", ["Økonomisystem", "Fakturamottak"]),
    ("Sak og arkiv", "administrasjon", "Arkivleder", 3, 72, "ja", "ja", "Papirjournal for inngående post.", ["Sak og arkiv", "Digital postkasse"]),
    ("E-post og samhandling", "administrasjon", "IT-sjef", 3, 24, "ja", "nei", "Telefon og SMS.", ["Exchange Online", "Teams"]),
    ("Sentralbord og telefoni", "elektronisk-kommunikasjon", "Servicetorgleder", 4, 8, "nei", "nei", "Mobiltelefoner med viderekobling.", ["Telefoniplattform"]),
    ("Byggesak og plan", "tekniske-tjenester", "Plansjef", 2, 168, "ja", "nei", "", ["Byggesak", "Kart og matrikkel"]),
    ("Eiendomsskatt og avgifter", "tekniske-tjenester", "Økonomisjef", 2, 336, "ja", "nei", "", ["Eiendomsskatt", "Kommunale avgifter"]),
    ("Renovasjon", "tekniske-tjenester", "Driftssjef", 2, 168, "ja", "nei", "", ["Renovasjon"]),
    ("Bygg og adgang", "tekniske-tjenester", "Eiendomssjef", 3, 24, "nei", "nei", "Vektere og fysiske nøkler.", ["Adgangskontroll", "Byggautomasjon"]),
    ("Nettsider og innbyggerdialog", "administrasjon", "Kommunikasjonssjef", 3, 24, "nei", "nei", "Informasjon via lokalradio og oppslag.", ["Nettsider", "Innbyggerportal"]),
    ("Turnus og bemanning i omsorg", "helse-og-omsorg", "Omsorgssjef", 4, 24, "ja", "nei", "Utskrevet turnus for fire uker.", ["Turnus og vaktplan"]),
    ("Bibliotek og kultur", "kultur", "Kultursjef", 1, 336, "ja", "nei", "", ["Bibliotek", "Kulturskole"]),
    ("Valg", "styring-og-kriseledelse", "Valgsekretariat", 4, 24, "ja", "nei", "Manuelt manntall.", ["Valgadministrasjon"]),
]

deps = []  # from_kind, from, to_kind, to, kind, alt
def dep(fk, f, tk, t, kind, alt=""):
    deps.append((fk, f, tk, t, kind, alt))

for name, *_rest, runs in services:
    for s in runs:
        dep("tjeneste", name, "system", s, "kjorer-pa")
on_prem = [s for s in systems if s[5] == "egen" and s[4] in ("fagsystem", "infrastruktur") and s[0] not in
           ("Active Directory", "Vmware-klynge A", "Vmware-klynge B", "Lagring SAN")]
for s in on_prem:
    # run on either VMware cluster: alternatives (group 1)
    dep("system", s[0], "system", "Vmware-klynge A", "kjorer-pa", "1")
    dep("system", s[0], "system", "Vmware-klynge B", "kjorer-pa", "1")
    dep("system", s[0], "system", "Active Directory", "autentisering")
for c in ("Vmware-klynge A", "Vmware-klynge B"):
    dep("system", c, "system", "Lagring SAN", "kjorer-pa")
dep("system", "Active Directory", "system", "Vmware-klynge A", "kjorer-pa", "1")
dep("system", "Active Directory", "system", "Vmware-klynge B", "kjorer-pa", "1")
dep("system", "Sikkerhetskopi", "system", "Lagring SAN", "dataflyt")
for s in systems:
    if s[1]:
        dep("system", s[0], "leverandor", s[1], "leverandorstotte")
    if s[4] in ("sky",) or s[5] == "leverandor":
        if s[4] != "nettverk":
            dep("system", s[0], "system", "Internett linje 1", "nettverk", "2")
            dep("system", s[0], "system", "Internett linje 2", "nettverk", "2")
    if s[6] == "Entra ID" and s[0] != "Entra ID":
        dep("system", s[0], "system", "Entra ID", "autentisering")
    if s[4] == "ot" and s[0] not in ("SCADA sentral",):
        dep("system", s[0], "system", "SCADA sentral", "nettverk")
for db_sys in [a for a in apps if a[6]]:
    dep("system", db_sys[0], "system", db_sys[6], "kjorer-pa")
for a_, b_ in [("Multidose og e-resept", "Helsenett-tilkobling"), ("Legevakt journal", "Helsenett-tilkobling"),
               ("EPJ helse og omsorg", "Helsenett-tilkobling")]:
    dep("system", a_, "system", b_, "nettverk")
for a_, b_ in [("Kurve og legemidler", "EPJ helse og omsorg"), ("Multidose og e-resept", "Kurve og legemidler"),
               ("Økonomisystem", "Lønn og personal"), ("Fakturamottak", "Økonomisystem"),
               ("Hjemmetjeneste mobil", "EPJ helse og omsorg"), ("Turnus og vaktplan", "Lønn og personal"),
               ("Sak og arkiv", "Digital postkasse"), ("Innbyggerportal", "Sak og arkiv")]:
    dep("system", a_, "system", b_, "dataflyt")
dep("system", "SCADA sentral", "system", "Internett linje 1", "nettverk")
dep("system", "Helsenett-tilkobling", "system", "Internett linje 1", "nettverk", "3")
dep("system", "Helsenett-tilkobling", "system", "Internett linje 2", "nettverk", "3")
dep("tjeneste", "E-post og samhandling", "system", "Entra ID", "autentisering")

events = [
    ("Løsepengevirus krypterer servere og sikkerhetskopier", "Kriminelle via phishing og sårbar VPN", "D", 4, 1, 5, 4, 4, "Endepunktsvern; kopier på bånd", "Middels", "Uforanderlige kopier i eget domene; tofaktor på VPN"),
    ("Kompromittert administrativt domene (AD)", "Stjålne administratorpassord", "D", 4, 1, 4, 4, 5, "Logging", "Høy", "Egne administratorkontoer med tofaktor; skjermet administrasjon"),
    ("Lekkasje av barnevernssaker", "Kompromittert skyløsning hos leverandør", "C", 3, 1, 3, 4, 3, "Tofaktor", "Høy", "Logging og varsling hos leverandør; databehandleravtale"),
    ("Manipulering av styringssystem for vannverk", "Fjerntilgang uten tofaktor", "B", 5, 4, 3, 5, 3, "Manuell overvåking", "Høy", "Tofaktor og egen sone for SCADA"),
    ("Bortfall av internett i tre døgn", "Graving eller feil hos leverandør", "C", 2, 1, 2, 3, 2, "To linjer", "Lav", ""),
    ("Leverandør av helsejournal rammet", "Angrep på leverandørens driftsmiljø", "C", 4, 1, 3, 4, 3, "", "Høy", "Reserverutiner på papir; eksport av nøkkeldata"),
    ("Langvarig strømbrudd", "Uvær", "D", 3, 2, 2, 3, 2, "Aggregat på sykehjem", "Middels", "Aggregat på vannverk"),
    ("Phishing mot lønnsutbetaling", "Falsk e-post til lønningskontoret", "D", 1, 1, 3, 2, 2, "Rutine for endring av kontonummer", "Lav", "Opplæring"),
]

def write(name, header, rows):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if x is None else x for x in r])

write("leverandorer.csv", ["navn", "orgnr", "stottetelefon", "dognbemannet", "avtale", "rto_timer"], vendors)
write("systemer.csv", ["navn", "leverandor", "produkt", "versjon", "type", "drift", "admin_domene", "rto_timer",
                       "rpo_timer", "klassifisering", "eier", "internett", "verter"], systems)
write("tjenester.csv", ["navn", "sektor", "eier", "kritikalitet", "maks_nedetid_timer", "personopplysninger",
                        "saerlige_kategorier", "reserverutine"], [s[:8] for s in services])
write("avhengigheter.csv", ["fra_type", "fra", "til_type", "til", "type", "alternativgruppe"], deps)
write("hendelser.csv", ["hendelse", "arsak", "sannsynlighet", "konsekvens_liv_og_helse", "konsekvens_natur_og_kultur",
                        "konsekvens_okonomi", "konsekvens_samfunnsstabilitet", "konsekvens_styringsevne", "barrierer",
                        "usikkerhet", "tiltak"], events)
print(f"{len(services)} services, {len(systems)} systems, {len(vendors)} vendors, {len(deps)} dependencies, {len(events)} events")
