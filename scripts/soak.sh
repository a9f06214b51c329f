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
# --max-slope; a run under 20 min reports its figures but does not judge the
# slope (exit 3). Needs Xvfb and xdotool (scripts/setup.sh installs them).
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
for tool in Xvfb xdotool python3; do
  command -v $tool >/dev/null || { echo "soak.sh: $tool is missing (run scripts/setup.sh)" >&2; exit 2; }
done

if [ -z "${RV_SOAK_INNER:-}" ]; then
  rm -rf "$out"
  mkdir -p "$out"
  export RV_SOAK_INNER=1
  exec "$root/scripts/with-xvfb.sh" 1280x720x24 bash "$0" --minutes "$minutes" --out "$out" \
    --max-slope "$max_slope" --bin "$bin"
fi

# Inside Xvfb from here; nothing touches the user's settings.
export XDG_CONFIG_HOME="$out/config" XDG_PICTURES_DIR="$out/pictures"
fail() { echo "soak.sh: FAIL: $*"; tail -20 "$out/app.log" || true; exit 1; }

"$bin" --reset-settings --start T-30 --camera chase --frame-log "$out/frames.txt" \
  >"$out/app.log" 2>&1 &
pid=$!
# shellcheck source=../tests/smoke/window_lib.bash
. "$root/tests/smoke/window_lib.bash"
rv_find_window $pid
sleep 2
press l # loop at the ends
for _ in 1 2 3 4 5 6 7; do press bracketright; done # x1 -> x10000
press space                                          # play

end=$(($(date +%s) + minutes * 60))
start=$(date +%s)
cams=(1 2 3 4 5 6)
i=0
mkdir -p "$out/smaps"
echo "soak.sh: running ${minutes} min (pid $pid); samples in $out"
while [ "$(date +%s)" -lt "$end" ]; do
  kill -0 $pid 2>/dev/null || fail "the app died after $(($(date +%s) - start)) s"
  now=$(($(date +%s) - start))
  # Resident memory split as the kernel counts it: total, anonymous (malloc,
  # driver JIT code), file-backed (libraries), shared memory (X images).
  rss=$(awk '/^(VmRSS|RssAnon|RssFile|RssShmem):/ {printf " %s", $2}' /proc/$pid/status 2>/dev/null || echo "")
  echo "$now$rss" >>"$out/rss.txt"
  # Whole mapping tables once a minute, so growth can be pinned to a mapping.
  if [ $((i % 12)) -eq 0 ]; then cp /proc/$pid/smaps "$out/smaps/$now.txt" 2>/dev/null || true; fi
  if [ $((i % 3)) -eq 0 ]; then press "${cams[$(((i / 3) % 6))]}"; fi
  i=$((i + 1))
  sleep 5
done
press Escape # leaves fullscreen if it was
press ctrl+q
for _ in $(seq 60); do kill -0 $pid 2>/dev/null || break; sleep 0.5; done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "Esc did not quit"; fi
wait $pid || fail "exit status $?"

python3 - "$out" "$max_slope" <<'PY'
import glob, json, os, statistics, sys
out, max_slope = sys.argv[1], float(sys.argv[2])
# rss.txt: wall s, then KiB resident: total, anonymous, file-backed, shared memory.
rows = [list(map(float, l.split())) for l in open(f"{out}/rss.txt") if len(l.split()) >= 5]
rss = [(r[0], r[1]) for r in rows]
frames = [l.split() for l in open(f"{out}/frames.txt")]
span = rss[-1][0] if rss else 0
# Warm-up: one full camera cycle (6 cameras x 15 s) plus 10 s, because each
# camera allocates its buffers and driver caches the first time it is drawn.
warm = 100.0
judge_s = 20 * 60.0
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
trims = [float(f[6]) for f in frames if len(f) >= 7 and float(f[6]) > 0]
after = [r for r in rows if r[0] >= warm]
split = {name: (after[0][col] / 1024, after[-1][col] / 1024)
         for col, name in ((2, "anon"), (3, "file"), (4, "shmem"))}

def mappings(path):  # KiB resident per mapping name ("anon rw-p" for unnamed)
    sizes, name = {}, None
    for line in open(path):
        head = line.split()
        if head and "-" in head[0] and ":" not in head[0]:
            name = " ".join(head[5:]) or f"anon {head[1]}"
        elif head and head[0] == "Rss:" and name:
            sizes[name] = sizes.get(name, 0) + int(head[1])
    return sizes
snaps = sorted(glob.glob(f"{out}/smaps/*.txt"), key=lambda p: int(os.path.basename(p)[:-4]))
snaps = [p for p in snaps if int(os.path.basename(p)[:-4]) >= warm]
grew = []
if len(snaps) >= 2:
    first, last = mappings(snaps[0]), mappings(snaps[-1])
    grew = sorted(((last.get(n, 0) - first.get(n, 0), n) for n in set(first) | set(last)), reverse=True)[:3]
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
    "rss_split_mib": {k: {"start": a, "end": b} for k, (a, b) in split.items()},
    "heap_trims": len(trims), "heap_trim_ms_median": statistics.median(trims) if trims else None,
    "heap_trim_ms_max": max(trims) if trims else None,
    "largest_growth_kib_by_mapping": [{"mapping": n, "kib": d} for d, n in grew],
}
json.dump(report, open(f"{out}/soak.json", "w"), indent=2)
print(f"soak.sh: {report['minutes']:.1f} min, RSS {report['rss_start_mib']:.1f} -> "
      f"{report['rss_end_mib']:.1f} MiB (max {report['rss_max_mib']:.1f}), slope {slope:+.2f} MiB/h "
      f"(after {warm:.0f} s warm-up; limit {max_slope})")
print("soak.sh: RSS split " + ", ".join(f"{k} {a:.1f} -> {b:.1f}" for k, (a, b) in split.items()) + " MiB")
if grew:
    print("soak.sh: grew most (smaps, after warm-up): " + ", ".join(f"{n} {d:+d} KiB" for d, n in grew))
if trims:
    print(f"soak.sh: {len(trims)} heap trims, median {statistics.median(trims):.1f} ms, max {max(trims):.1f} ms")
if heap:
    print(f"soak.sh: heap in use {heap[0][1] / 1024:.1f} -> {heap[-1][1] / 1024:.1f} MiB, slope {heap_slope:+.2f} MiB/h")
print(f"soak.sh: frame time median {report['frame_ms_median']:.1f} ms, p95 {report['frame_ms_p95']:.1f} ms, "
      f"max {report['frame_ms_max']:.1f} ms; warp up to x{report['warp_max']:g}; "
      f"{loops} mission loops; cameras {', '.join(cams)}")
driven = report["warp_max"] >= 10000 and len(cams) >= 6 and loops >= 1
if not driven:
    print("soak.sh: FAIL: the warp, the loop or the camera switching did not happen as driven")
    sys.exit(1)
# Between two heap trims RSS follows what is in use, which swings by a few
# MiB from frame to frame; over a short run that noise alone makes slopes of
# tens of MiB/h either way. The slope is judged from 20 minutes on.
if span < judge_s:
    print(f"soak.sh: NOT JUDGED: {span / 60:.1f} min is too short to judge the slope "
          f"(needs {judge_s / 60:.0f} min; the default is 30)")
    sys.exit(3)
if slope > max_slope:
    print("soak.sh: FAIL: memory grows")
    sys.exit(1)
print("soak.sh: PASS")
PY
