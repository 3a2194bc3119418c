#!/usr/bin/env bash
# Benchmark of the checks (issue 5): every rule over 107,100 systems and 100,000
# components matched against the shipped catalogs, beside the time to parse the catalog
# files (the floor). Never fails on a timing.
#   bench/checks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release >/dev/null
meson setup --reconfigure build-bench >/dev/null
ninja -C build-bench bench/checks_bench >/dev/null
build-bench/bench/checks_bench data/eol/endoflife-date.json data/kev/known_exploited_vulnerabilities.json
