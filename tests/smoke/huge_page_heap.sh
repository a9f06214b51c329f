#!/usr/bin/env bash
# The start-up restart onto huge pages (app/platform/huge_page_heap.h):
# (1) a headless render takes far fewer page faults than with
#     RENDEZVOUS_NO_HUGE_PAGES=1, and draws the same picture;
# (2) programs it starts (ffmpeg) get the user's environment: no
#     GLIBC_TUNABLES of ours, and the user's own passed on as given.
# Usage: huge_page_heap.sh RENDEZVOUS OUTDIR PNG_STATS
set -uo pipefail
bin=$1 out=$2
rm -rf "$out"
mkdir -p "$out"
unset DISPLAY WAYLAND_DISPLAY GLIBC_TUNABLES RENDEZVOUS_NO_HUGE_PAGES
export XDG_CACHE_HOME="$out/cache"
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [ ! -r $thp ] || grep -q '\[never\]' $thp; then
  echo "SKIP: transparent huge pages are off on this machine ($thp)"; exit 77
fi
fail=0

# Minor page faults of one command (and its children), from getrusage.
faults() {
  python3 -c 'import resource, subprocess, sys
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt if rc == 0 else -1)' "$@"
}
render=("$bin" render --time T+60 --size 1280x720 --quality low)
"${render[@]}" -o "$out/prime.png" 2>/dev/null  # the timeline cache, both ways alike
on=$(faults "${render[@]}" -o "$out/on.png")
off=$(faults env RENDEZVOUS_NO_HUGE_PAGES=1 "${render[@]}" -o "$out/off.png")
echo "page faults: $on with huge pages, $off without"
if [ "$on" -lt 0 ] || [ "$off" -lt 0 ]; then
  echo "FAIL: a render failed"; fail=1
elif [ $((on * 10)) -gt $((off * 7)) ]; then
  echo "FAIL: huge pages should save at least 30% of the faults"; fail=1
fi
cmp -s "$out/on.png" "$out/off.png" || { echo "FAIL: the two renders differ"; fail=1; }

# (2) A stand-in ffmpeg that writes down its environment and runs the real one.
if command -v ffmpeg >/dev/null; then
  mkdir -p "$out/path"
  printf '#!/bin/sh\nenv > "%s/ffmpeg-env.$$"\nexec "%s" "$@"\n' "$out" "$(command -v ffmpeg)" \
    >"$out/path/ffmpeg"
  chmod +x "$out/path/ffmpeg"
  rec=(record --from T+0 --to T+0.2 --fps 24 --size 160x90)
  PATH="$out/path:$PATH" "$bin" "${rec[@]}" -o "$out/a.mp4" 2>"$out/a.log" ||
    { echo "FAIL: record failed"; cat "$out/a.log"; fail=1; }
  if cat "$out"/ffmpeg-env.* 2>/dev/null | grep -q '^GLIBC_TUNABLES='; then
    echo "FAIL: ffmpeg was given our GLIBC_TUNABLES"; fail=1
  fi
  rm -f "$out"/ffmpeg-env.*
  PATH="$out/path:$PATH" GLIBC_TUNABLES=glibc.malloc.check=0 "$bin" "${rec[@]}" -o "$out/b.mp4" \
    2>"$out/b.log" || { echo "FAIL: record with the user's tunables failed"; fail=1; }
  seen=$(cat "$out"/ffmpeg-env.* 2>/dev/null | grep '^GLIBC_TUNABLES=' | sort -u)
  [ "$seen" = "GLIBC_TUNABLES=glibc.malloc.check=0" ] ||
    { echo "FAIL: the user's GLIBC_TUNABLES reached ffmpeg as '$seen'"; fail=1; }
  [ $fail -eq 0 ] && echo "ok: ffmpeg got the user's environment both times"
else
  echo "note: no ffmpeg here, the environment check is left out"
fi
exit $fail
