# bench/lib.sh: what the load benchmarks share, sourced by them (not run alone): wrk from
# Debian when it is missing, and a release build in build-bench/; sets B to its binary.
bench_prepare() {
  if ! command -v wrk >/dev/null; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null
  fi
  [ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release >/dev/null
  ninja -C build-bench >/dev/null
  B=$PWD/build-bench/beredt
}
