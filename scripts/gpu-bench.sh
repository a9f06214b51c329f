#!/usr/bin/env bash
# The GPU figures of the README (issue 18): frame time per camera at 1280x720,
# 1920x1080 and 3840x2160 against the reference globe, recording speed with
# libx264 and, where ffmpeg has it and the driver loads it, NVENC, and the
# start-up to a first frame. Not part of CI (CI has no GPU).
#
# Usage: scripts/gpu-bench.sh [BIN_DIR] [OUT_DIR]
#   BIN_DIR holds rendezvous, frame_bench and record_bench (default: the
#   build tree's build/app and build/bench); OUT_DIR gets one .txt per part
#   (default build/gpu-report). Each part is cut off after a time limit so a
#   lent machine's minutes are not lost to one hang.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-}
out=${2:-$root/build/gpu-report}
mkdir -p "$out"
exe() {  # name -> path
  if [ -n "$bin" ]; then echo "$bin/$1"; elif [ "$1" = rendezvous ]; then
    echo "$root/build/app/rendezvous"; else echo "$root/build/bench/$1"; fi
}
part() {  # seconds, name, command...
  local limit=$1 name=$2; shift 2
  echo "== $name ($(date -u +%H:%M:%S))"
  timeout "$limit" "$@" >"$out/$name.txt" 2>&1
  echo "   exit $? ($name)"
  tail -n 40 "$out/$name.txt"
}

{
  nvidia-smi -L 2>/dev/null || echo "no nvidia-smi"
  ldd --version 2>&1 | head -1
  nproc
} >"$out/machine.txt" 2>&1
cat "$out/machine.txt"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
part 60 still "$(exe rendezvous)" render -t T+60 -c chase --size 3840x2160 -o "$tmp/chase-4k.png"
cp "$tmp/chase-4k.png" "$out/" 2>/dev/null

part 200 frame_bench "$(exe frame_bench)" --sizes=3840x2160,1920x1080,1280x720 --passes \
  --benchmark_min_time=0.3
part 120 record_x264 "$(exe record_bench)" 120 1920x1080 3840x2160
# NVENC only where ffmpeg has it and the GPU encodes: a short probe first,
# whose message is kept when it fails (some data-centre GPUs have no encoder).
if ! ffmpeg -hide_banner -encoders 2>/dev/null | grep -q h264_nvenc; then
  echo "ffmpeg has no h264_nvenc" | tee "$out/record_nvenc.txt"
elif ! ffmpeg -hide_banner -v error -f lavfi -i testsrc2=size=1280x720:rate=30 -frames:v 30 \
    -c:v h264_nvenc -f null - >"$out/record_nvenc.txt" 2>&1; then
  echo "h264_nvenc does not open on this machine:" | cat - "$out/record_nvenc.txt"
else
  part 120 record_nvenc "$(exe record_bench)" 120 1920x1080 3840x2160 --codec h264_nvenc
fi

# Start-up to a first frame written to PNG, three runs.
{
  for run in 1 2 3; do
    t0=$(date +%s.%N)
    "$(exe rendezvous)" render --time T+60 --size 1280x720 -o "$tmp/f.png" >/dev/null 2>&1
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "headless first frame: %.3f s\n", b - a }'
  done
} >"$out/startup.txt" 2>&1
cat "$out/startup.txt"
