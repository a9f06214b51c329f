#!/usr/bin/env bash
# Soak test: the real window under Xvfb for a long time at the highest warp
# (x10000), looping the whole mission and switching cameras every few
# seconds, as a kiosk or a long demo would. Samples the process's resident
# memory every 5 s and reads the app's own frame log (--frame-log), then
# reports the memory slope (least squares after a warm-up) and frame times.
#
# Usage: scripts/soak.sh [--minutes N] [--out DIR] [--max-slope MIB_PER_H] [--bin PATH]
#   --minutes    how long (default 30)
#   --out        where rss.txt, frames.txt, app.log and soak.json go
#                (default build/soak/)
#   --max-slope  fail above this memory growth (default 8 MiB per hour)
#   --bin        the rendezvous binary (default build/app/rendezvous)
# Fails (exit 1) if the app dies, stops drawing, or memory grows faster than
# --max-slope. Needs xvfb-run and xdotool (scripts/setup.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=30 out="$root/build/soak" max_slope=8 bin="$root/build/app/rendezvous"
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes=$2; shift ;;
    --out) out=$2; shift ;;
    --max-slope) max_slope=$2; shift ;;
    --bin) bin=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "soak.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$bin" ] || { echo "soak.sh: no binary at $bin (run scripts/build.sh first)" >&2; exit 2; }
for tool in xvfb-run xdotool python3; do
  command -v $tool >/dev/null || { echo "soak.sh: $tool is missing (run scripts/setup.sh)" >&2; exit 2; }
done

if [ -z "${RV_SOAK_INNER:-}" ]; then
  rm -rf "$out"
  mkdir -p "$out"
  export RV_SOAK_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x720x24" bash "$0" --minutes "$minutes" --out "$out" \
    --max-slope "$max_slope" --bin "$bin"
fi

# Inside Xvfb from here; nothing touches the user's settings.
export XDG_CONFIG_HOME="$out/config" XDG_PICTURES_DIR="$out/pictures"
fail() { echo "soak.sh: FAIL: $*"; tail -20 "$out/app.log" || true; exit 1; }

"$bin" --reset-settings --start T-30 --camera chase --frame-log "$out/frames.txt" \
  >"$out/app.log" 2>&1 &
pid=$!
wid=""
for _ in $(seq 120); do
  wid=$(xdotool search --name "Rendezvous" 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  kill -0 $pid 2>/dev/null || fail "the app exited at start"
  sleep 0.25
done
[ -n "$wid" ] || fail "no window after 30 s"
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 2
press() { xdotool key --window "$wid" "$1" 2>/dev/null || xdotool key "$1"; sleep 0.4; }
press l # loop at the ends
for _ in 1 2 3 4 5 6 7; do press bracketright; done # x1 -> x10000
press space                                          # play

end=$(($(date +%s) + minutes * 60))
start=$(date +%s)
cams=(1 2 3 4 5 6)
i=0
echo "soak.sh: running ${minutes} min (pid $pid); samples in $out"
while [ "$(date +%s)" -lt "$end" ]; do
  kill -0 $pid 2>/dev/null || fail "the app died after $(($(date +%s) - start)) s"
  rss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status 2>/dev/null || echo "")
  echo "$(($(date +%s) - start)) $rss" >>"$out/rss.txt"
  if [ $((i % 3)) -eq 0 ]; then press "${cams[$(((i / 3) % 6))]}"; fi
  i=$((i + 1))
  sleep 5
done
press Escape
press Escape
for _ in $(seq 60); do kill -0 $pid 2>/dev/null || break; sleep 0.5; done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "Esc did not quit"; fi
wait $pid || fail "exit status $?"

python3 - "$out" "$max_slope" <<'PY'
import json, statistics, sys
out, max_slope = sys.argv[1], float(sys.argv[2])
rss = [tuple(map(float, l.split())) for l in open(f"{out}/rss.txt") if len(l.split()) == 2]
frames = [l.split() for l in open(f"{out}/frames.txt")]
span = rss[-1][0] if rss else 0
# Warm-up: one full camera cycle (6 cameras x 15 s) plus 10 s, because each
# camera allocates its buffers and driver caches the first time it is drawn.
warm = 100.0
if span < 2 * warm:
    print(f"soak.sh: FAIL: {span:.0f} s is too short to judge the memory slope (needs >= {2 * warm:.0f} s, --minutes 4)")
    sys.exit(1)
pts = [(t, kb) for t, kb in rss if t >= warm]
def slope_per_hour(points):  # least squares, KiB per s -> MiB per hour
    n = len(points)
    mt = sum(t for t, _ in points) / n
    mk = sum(k for _, k in points) / n
    den = sum((t - mt) ** 2 for t, _ in points)
    return sum((t - mt) * (k - mk) for t, k in points) / max(1e-9, den) * 3600 / 1024
slope = slope_per_hour(pts)
# Heap in use (malloc's own count, the frame log's last column) beside RSS:
# growth of RSS alone is the driver's JIT code (mmap) or fragmentation.
heap = [(float(f[0]), float(f[5])) for f in frames if len(f) >= 6 and float(f[0]) >= warm]
heap_slope = slope_per_hour(heap) if len(heap) >= 2 else None
ms = sorted(float(f[1]) for f in frames)
met = [float(f[2]) for f in frames]
loops = sum(1 for a, b in zip(met, met[1:]) if b < a - 3600)
cams = sorted({f[4] for f in frames})
report = {
    "minutes": span / 60, "rss_samples": len(rss), "rss_start_mib": pts[0][1] / 1024,
    "rss_end_mib": pts[-1][1] / 1024, "rss_max_mib": max(k for _, k in rss) / 1024,
    "slope_mib_per_hour": slope, "max_slope_mib_per_hour": max_slope,
    "heap_start_mib": heap[0][1] / 1024 if heap else None,
    "heap_end_mib": heap[-1][1] / 1024 if heap else None,
    "heap_slope_mib_per_hour": heap_slope,
    "frame_ms_median": statistics.median(ms), "frame_ms_p95": ms[int(len(ms) * 0.95)],
    "frame_ms_max": ms[-1], "warp_max": max(float(f[3]) for f in frames),
    "mission_loops": loops, "cameras_seen": cams,
}
json.dump(report, open(f"{out}/soak.json", "w"), indent=2)
print(f"soak.sh: {report['minutes']:.1f} min, RSS {report['rss_start_mib']:.1f} -> "
      f"{report['rss_end_mib']:.1f} MiB (max {report['rss_max_mib']:.1f}), slope {slope:+.2f} MiB/h "
      f"(after {warm:.0f} s warm-up; limit {max_slope})")
if heap:
    print(f"soak.sh: heap in use {heap[0][1] / 1024:.1f} -> {heap[-1][1] / 1024:.1f} MiB, slope {heap_slope:+.2f} MiB/h")
print(f"soak.sh: frame time median {report['frame_ms_median']:.1f} ms, p95 {report['frame_ms_p95']:.1f} ms, "
      f"max {report['frame_ms_max']:.1f} ms; warp up to x{report['warp_max']:g}; "
      f"{loops} mission loops; cameras {', '.join(cams)}")
ok = slope <= max_slope and report["warp_max"] >= 10000 and len(cams) >= 6 and loops >= 1
if not ok:
    print("soak.sh: FAIL: " + ("memory grows" if slope > max_slope else
          "the warp, the loop or the camera switching did not happen as driven"))
sys.exit(0 if ok else 1)
PY
