#!/usr/bin/env python3
"""Write the registers of a large cooperation as CSV files for bench/coop.sh: the
cooperation's 100 shared systems (a chain of infrastructure under its applications), and
20 member municipalities with 200 systems and 30 services each, resting on their own
systems and on the shared ones. The same files every run (a fixed seed).
usage: coop_gen.py OUTDIR [MEMBERS] [OWN_SYSTEMS] [SHARED]"""
import os
import random
import sys

out = sys.argv[1]
members = int(sys.argv[2]) if len(sys.argv) > 2 else 20
own = int(sys.argv[3]) if len(sys.argv) > 3 else 200
shared = int(sys.argv[4]) if len(sys.argv) > 4 else 100
services = 30
rng = random.Random(13)
os.makedirs(out, exist_ok=True)
SYS_HEAD = "navn;leverandor;produkt;versjon;type;drift;admin_domene;rto_timer;rpo_timer;klassifisering;eier;internett;verter\n"
DEP_HEAD = "fra_type;fra;til_type;til;type;alternativgruppe\n"

# the cooperation: 10 infrastructure systems at the bottom, the rest resting on them
with open(f"{out}/coop-systemer.csv", "w") as f, open(f"{out}/coop-avhengigheter.csv", "w") as d:
    f.write(SYS_HEAD)
    d.write(DEP_HEAD)
    for i in range(shared):
        kind = "infrastruktur" if i < 10 else "fagsystem"
        f.write(f"Felles {i:03d};;Produkt {i % 7};{i % 5}.0;{kind};samarbeid;AD Fjellnett;{4 + i % 48};{i % 24};intern;IKT-leder;nei;\n")
        if i >= 1:
            d.write(f"system;Felles {i:03d};system;Felles {rng.randrange(0, min(i, 10)):03d};kjorer-pa;\n")
for m in range(members):
    k = f"{3401 + m}"
    with open(f"{out}/{k}-systemer.csv", "w") as f:
        f.write(SYS_HEAD)
        for i in range(own):
            kind = "infrastruktur" if i < 40 else "fagsystem"
            f.write(f"System {k}-{i:03d};;Produkt {i % 9};{i % 4}.1;{kind};egen;AD {k};{2 + i % 72};{i % 24};intern;Eier {i % 5};nei;\n")
    with open(f"{out}/{k}-tjenester.csv", "w") as f:
        f.write("navn;sektor;eier;kritikalitet;maks_nedetid_timer;personopplysninger;saerlige_kategorier;reserverutine\n")
        for s in range(services):
            f.write(f"Tjeneste {s:02d};helse-og-omsorg;Leder;{1 + s % 5};{1 + (s * 7) % 96};ja;nei;Papir.\n")
    with open(f"{out}/{k}-avhengigheter.csv", "w") as d:
        d.write(DEP_HEAD)
        for i in range(40, own):   # each application on one of the municipality's infrastructure
            d.write(f"system;System {k}-{i:03d};system;System {k}-{rng.randrange(0, 40):03d};kjorer-pa;\n")
        for i in range(40):        # and its infrastructure on the shared systems
            d.write(f"system;System {k}-{i:03d};system;felles:Felles {rng.randrange(0, shared):03d};autentisering;\n")
        for s in range(services):
            picked = set()
            for _ in range(3):
                picked.add(f"System {k}-{rng.randrange(40, own):03d}")
            for p in sorted(picked):
                d.write(f"tjeneste;Tjeneste {s:02d};system;{p};kjorer-pa;\n")
            d.write(f"tjeneste;Tjeneste {s:02d};system;felles:Felles {rng.randrange(10, shared):03d};dataflyt;\n")
print(out)
