#!/usr/bin/env bash
# One benchmark report: builds Release, runs every benchmark program in
# bench/ plus start-up timings of the real binary, and prints one table
# (also written as JSON). Ratios in the table come from figures measured in
# this same run, side by side, because these machines are noisy.
#
# Usage: scripts/bench.sh [--quick] [--no-build] [--out DIR]
#   --quick  shorter runs (fewer frames, shorter minimum times): a smoke
#            check of the report, not figures to quote
#   --no-build  measure the build/ that is there (no setup, no build)
#   --out    where the JSON files go (default build/bench-report/)
# Never part of CI: benchmarks measure, tests check behaviour.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/build/bench-report"
quick=0
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-build) build=0 ;;
    --out) out=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ $build = 1 ]; then
  "$root/scripts/setup.sh" >/dev/null
  "$root/scripts/build.sh" Release >/dev/null
fi
bin="$root/build"
mkdir -p "$out"
rm -f "$out"/*.json

min_time=1.0; record_frames=48
if [ $quick = 1 ]; then min_time=0.2; record_frames=12; fi

# The machine, for the report's heading.
{
  echo "{"
  echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
  echo "  \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
  echo "  \"cores\": $(nproc),"
  echo "  \"memory_gib\": $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo),"
  echo "  \"commit\": \"$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)\","
  echo "  \"quick\": $quick"
  echo "}"
} >"$out/machine.json"

step() { echo "bench.sh: $*" >&2; }

gbench() {  # name, extra args...
  local name=$1; shift
  step "$name"
  "$bin/bench/$name" --benchmark_format=console --benchmark_out_format=json \
    --benchmark_out="$out/$name.json" "$@" >"$out/$name.txt" 2>&1 || step "$name failed (see $out/$name.txt)"
}

gbench sim_bench --benchmark_min_time="$min_time"
gbench sgp4_bench --benchmark_min_time="$min_time"
gbench frame_bench --benchmark_min_time="$min_time"
step "record_bench ($record_frames frames)"
"$bin/bench/record_bench" "$record_frames" 1280x720 1920x1080 --json "$out/record_bench.json" \
  >"$out/record_bench.txt" 2>&1 || step "record_bench failed (see $out/record_bench.txt)"

# Start-up to first frame. First, once, a start after install: the window
# with the GL driver's shader cache empty (the timeline cached). Then five
# runs each, with the caches as any later start finds them, medians in the
# report:
#   headless       `rendezvous render` (mission load + EGL + one frame written
#                  to PNG), the timeline read from the cache (primed first)
#   headless_cold  the same with RENDEZVOUS_NO_CACHE=1: the mission simulated
#   events         `rendezvous events` (no GL): cached, and cold
#   window         the window under Xvfb, quitting after its first frame (cached)
#   window_shown   the same run by the app's own account: from the command's
#                  start (the kernel's record) to the first frame's swap, so
#                  neither Xvfb's start nor the app's exit is in it
#   baseline       `rendezvous --version`: the process alone
#   xvfb           `with-xvfb.sh ... true`: the X server's own start, inside "window"
step "start-up to first frame"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }
export XDG_CACHE_HOME="$tmp/cache"
"$bin/app/rendezvous" events >/dev/null 2>&1 || true  # primes the timeline cache
t0=$(now)
HOME="$tmp" XDG_CONFIG_HOME="$tmp/cfg" "$root/scripts/with-xvfb.sh" 1280x720x24 \
  "$bin/app/rendezvous" --exit-after-frames 1 --window-size 1280x720 >/dev/null \
  2>"$tmp/window.err" || true
t1=$(now)
# and the shaders of quality high, which `render` uses, into the cache too
"$bin/app/rendezvous" render --time T+60 --size 1280x720 -o "$tmp/f.png" >/dev/null 2>&1 || true
# The app's "first frame on screen S s after the command started", or null.
shown() { sed -n 's/.*first frame on screen \([0-9.]*\) s after.*/\1/p' "$1" | grep . || echo null; }
printf '{"window_first_s": %s, "window_first_shown_s": %s}\n' "$(sub "$t1" "$t0")" \
  "$(shown "$tmp/window.err")" >"$out/startup_first.json"
{
  echo "["
  sep=""
  for run in 1 2 3 4 5; do
    t0=$(now); "$bin/app/rendezvous" --version >/dev/null 2>&1 || true; t1=$(now)
    "$bin/app/rendezvous" render --time T+60 --size 1280x720 -o "$tmp/f.png" >/dev/null 2>&1 || true
    t2=$(now)
    RENDEZVOUS_NO_CACHE=1 "$bin/app/rendezvous" render --time T+60 --size 1280x720 \
      -o "$tmp/f.png" >/dev/null 2>&1 || true
    t5=$(now)
    "$bin/app/rendezvous" events >/dev/null 2>&1 || true
    t6=$(now)
    RENDEZVOUS_NO_CACHE=1 "$bin/app/rendezvous" events >/dev/null 2>&1 || true
    t7=$(now)
    HOME="$tmp" XDG_CONFIG_HOME="$tmp/cfg" "$root/scripts/with-xvfb.sh" 1280x720x24 \
      "$bin/app/rendezvous" --exit-after-frames 1 --window-size 1280x720 >/dev/null \
      2>"$tmp/window.err" || true
    t3=$(now)
    "$root/scripts/with-xvfb.sh" 1280x720x24 true >/dev/null 2>&1 || true
    t4=$(now)
    printf '%s  {"baseline_s": %s, "headless_s": %s, "window_s": %s, "xvfb_s": %s,' "$sep" \
      "$(sub "$t1" "$t0")" "$(sub "$t2" "$t1")" "$(sub "$t3" "$t7")" "$(sub "$t4" "$t3")"
    printf ' "headless_cold_s": %s, "events_s": %s, "events_cold_s": %s, "window_shown_s": %s}\n' \
      "$(sub "$t5" "$t2")" "$(sub "$t6" "$t5")" "$(sub "$t7" "$t6")" "$(shown "$tmp/window.err")"
    sep=","
  done
  echo "]"
} >"$out/startup.json"

python3 "$root/scripts/bench_report.py" "$out"
