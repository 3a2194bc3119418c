#!/usr/bin/env bash
# Benchmark of the dependency analyses (issue 4): a national-scale graph (357
# municipalities, ~120,000 nodes, ~600,000 dependencies) answered by beredt, igraph and
# NetworkX in the same run, on the same question (plain reachability: which services go
# down when one system or vendor fails), with the answers checked against each other;
# and loading a large city's registers (through the real CSV import) from SQLite.
# Never fails on a timing; fails if the answers differ.
#   bench/ros_graph.sh [NETWORKX_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
pkg-config --exists igraph || need+=(libigraph-dev)
python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release >/dev/null
meson setup --reconfigure build-bench >/dev/null
ninja -C build-bench >/dev/null
tmp=$(mktemp -d /tmp/beredt-rosbench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# A large city: 300 services, 3,000 systems, 100 vendors, written as CSV and imported.
python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]; r = random.Random(301)
open(f"{d}/v.csv", "w").write("navn;rto_timer\n" + "".join(f"Leverandør {i};{r.randint(4, 96)}\n" for i in range(100)))
open(f"{d}/s.csv", "w").write("navn;type;drift;leverandor;rto_timer;admin_domene\n" + "".join(
    f"System {i};{'fagsystem' if i < 1000 else 'infrastruktur'};egen;Leverandør {r.randrange(100)};{r.randint(1, 96)};AD {i % 7}\n"
    for i in range(3000)))
open(f"{d}/t.csv", "w").write("navn;sektor;kritikalitet;maks_nedetid_timer\n" + "".join(
    f"Tjeneste {i};helse-og-omsorg;{r.randint(1, 5)};{r.choice([1, 4, 24, 72])}\n" for i in range(300)))
deps = set()
for i in range(300):
    for _ in range(5): deps.add(("tjeneste", f"Tjeneste {i}", "system", f"System {r.randrange(1000)}"))
for i in range(3000):
    lo = max(i + 1, 1000)
    for _ in range(4 if lo < 3000 else 0): deps.add(("system", f"System {i}", "system", f"System {r.randrange(lo, 3000)}"))
with open(f"{d}/d.csv", "w") as f:
    f.write("fra_type;fra;til_type;til;type\n")
    for a, b, c, e in sorted(deps): f.write(f"{a};{b};{c};{e};kjorer-pa\n")
PY
B=build-bench/beredt
DB="sqlite:$tmp/city.db"
"$B" --db "$DB" init >/dev/null
"$B" --db "$DB" tenant add --kommune 0301 --name "Storby kommune" --orgnr 123456785 >/dev/null
start=$(date +%s.%N)
"$B" --db "$DB" --kommune 0301 ros import --vendors "$tmp/v.csv" --systems "$tmp/s.csv" --services "$tmp/t.csv" --dependencies "$tmp/d.csv"
echo "CSV import of the large city: $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s"
echo
build-bench/bench/ros_bench "$tmp" "$DB" 0301
python3 bench/ros_networkx.py "$tmp" "${1:-600}"
echo
echo "Aims: one failure under 1 ms median; the full ranking faster than igraph."
