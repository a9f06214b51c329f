#!/usr/bin/env bash
# `rendezvous record` failures: one clear line, a non-zero exit, no ffmpeg
# left running, no partial file, nothing at the output name.
# Usage: record_errors.sh RENDEZVOUS OUTDIR PNG_STATS
source "$(dirname "$0")/record_lib.bash" "$@"
rm -rf "$out"/*
mkdir -p "$out/v"
R=(record --from T-1 --to T+1 "${SMALL[@]}")

absent() { # absent FILE DESCRIPTION
  [ ! -e "$1" ] || { echo "FAIL: $2: $1 exists"; fail=1; }
  no_leftovers "$(dirname "$1")" "$2"
}

# Arguments (exit 2).
expect 2 "odd size for yuv420p" -- "$bin" record --from T-1 --to T+1 --size 161x90 -o "$out/v/x.mp4"
stderr_has "even width and height" "odd size"
absent "$out/v/x.mp4" "odd size"
expect 2 "bad size" -- "$bin" record --from T-1 --to T+1 --size 16x9x -o "$out/v/x.mp4"
expect 2 "fps 29" -- "$bin" record --from T-1 --to T+1 --size 160x90 --fps 29 -o "$out/v/x.mp4"
stderr_has "24, 25, 30, 50 or 60" "fps"
expect 2 "--to before --from" -- "$bin" record --from T+10 --to T+5 "${SMALL[@]}" -o "$out/v/x.mp4"
stderr_has "later than --from" "range order"
expect 2 "range outside the mission" -- "$bin" record --from T-9999 --to T+5 "${SMALL[@]}" -o "$out/v/x.mp4"
stderr_has "within the mission" "range outside"
expect 2 "unknown event" -- "$bin" record --from no_such_event --to T+5 "${SMALL[@]}" -o "$out/v/x.mp4"
stderr_has "not a time or a known event" "unknown event"
expect 2 "--shots with a bad camera" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" --shots "pad@T-1,chace@T+0" -o "$out/v/x.mp4"
stderr_has "'chace@T+0': no camera 'chace'" "shots camera"
absent "$out/v/x.mp4" "bad --shots"
expect 2 "--shots in --plan too" -- "$bin" record --from T-1 --to T+1 --shots "pad@soon" --plan
stderr_has "'pad@soon'" "shots time in --plan"
expect 2 "--frames out of range" -- "$bin" "${R[@]}" --frames 50:70 -o "$out/v/x.mp4"
stderr_has "0 <= A < B <= 60" "frames range"
expect 2 "--speed with --duration" -- "$bin" "${R[@]}" --speed 2 --duration 3 -o "$out/v/x.mp4"
expect 2 "missing -o" -- "$bin" "${R[@]}"
expect 2 "unknown camera" -- "$bin" "${R[@]}" --camera nowhere -o "$out/v/x.mp4"
expect 2 "bad --crf" -- "$bin" "${R[@]}" --crf 99 -o "$out/v/x.mp4"
expect 2 "bad --preset" -- "$bin" "${R[@]}" --preset warp-speed -o "$out/v/x.mp4"
expect 2 "output folder missing" -- "$bin" "${R[@]}" -o "$out/no/such/dir/x.mp4"
stderr_has "does not exist" "missing folder"
expect 2 "pattern that is not %d" -- "$bin" "${R[@]}" -o "$out/v/f_%s.png"
# --plan refuses what the recording would refuse (ffmpeg asked with the very
# arguments), without rendering or writing anything.
expect 2 "--plan: unknown codec" -- "$bin" "${R[@]}" --plan --codec no_such_codec -o "$out/v/x.mp4"
stderr_has "Unknown encoder" "--plan unknown codec"
expect 2 "--plan: codec the container cannot hold" -- "$bin" "${R[@]}" --plan --codec prores_ks -o "$out/v/x.mp4"
stderr_has "not currently supported in container" "--plan container"
expect 2 "--plan: odd size for yuv420p" -- "$bin" record --from T-1 --to T+1 --size 161x90 --plan -o "$out/v/x.mp4"
expect 0 "--plan: ProRes in a .mov" -- "$bin" "${R[@]}" --plan --codec prores_ks -o "$out/v/x.mov"
absent "$out/v/x.mov" "--plan"
# A PNG sequence gets its own new folder (one level), but not a missing chain.
rm -rf "$out/newframes"
expect 0 "PNG sequence into a new folder" -- "$bin" record --from T+0 --to T+0.1 "${SMALL[@]}" -o "$out/newframes/f_%03d.png"
[ -s "$out/newframes/f_000.png" ] || { echo "FAIL: the new frames folder holds no f_000.png"; fail=1; }
expect 2 "PNG sequence into a missing chain" -- "$bin" "${R[@]}" -o "$out/no/such/f_%03d.png"
absent "$out/v/x.mp4" "argument errors"

# ffmpeg missing (exit 1): names the Debian package; nothing written.
expect 1 "ffmpeg missing" -- env PATH=/nonexistent "$bin" "${R[@]}" -o "$out/v/x.mp4"
stderr_has "package 'ffmpeg'" "ffmpeg missing"
[ "$(wc -l < "$out/stderr")" -le 1 ] || { echo "FAIL: ffmpeg missing: more than one line"; fail=1; }
absent "$out/v/x.mp4" "ffmpeg missing"

# An encoder ffmpeg does not have: ffmpeg's reason, partial file removed.
expect 1 "unknown codec" -- "$bin" "${R[@]}" --codec no_such_codec -o "$out/v/x.mp4"
stderr_has "ffmpeg failed" "unknown codec"
absent "$out/v/x.mp4" "unknown codec"

# Unwritable output folder: a read-only bind mount when user namespaces
# allow it (root passes permission checks), else chmod as a normal user.
mkdir -p "$out/ro"
if unshare -rm true 2>/dev/null; then
  unshare -rm bash -c "mount --bind -o ro '$out/ro' '$out/ro' 2>/dev/null || mount -o remount,ro,bind '$out/ro' 2>/dev/null; mount -o remount,ro,bind '$out/ro' 2>/dev/null; exec \"\$@\"" _ \
    "$bin" "${R[@]}" -o "$out/ro/x.mp4" >"$out/stdout" 2>"$out/stderr"
  got=$?
elif [ "$(id -u)" != 0 ]; then
  chmod 555 "$out/ro"; "$bin" "${R[@]}" -o "$out/ro/x.mp4" >"$out/stdout" 2>"$out/stderr"; got=$?
  chmod 755 "$out/ro"
else
  got=skip
fi
if [ "$got" = skip ]; then echo "skip: unwritable folder (root without user namespaces)"
elif [ "$got" = 0 ]; then echo "FAIL: unwritable folder: exit 0"; cat "$out/stderr"; fail=1
else echo "ok: unwritable folder (exit $got) $(tail -1 "$out/stderr")"; stderr_has "not writable" "unwritable"; fi
absent "$out/ro/x.mp4" "unwritable folder"

# Disk full part-way: an 8 KiB tmpfs in a private mount namespace (real
# ENOSPC) when allowed; else a file-size limit (ulimit -f), which ffmpeg meets
# the same way, part-way through. Lossless frames so the file outgrows it.
FULL=(record --from T-1 --to T+5 "${SMALL[@]}" --crf 0) # about 38 KB: well over the 8 KiB
# (2 s of it was 8.1 KB once the scene changed: too near the limit)
if unshare -rm true 2>/dev/null; then
  mkdir -p "$out/full"
  # The tmpfs vanishes with the namespace: list it from inside.
  unshare -rm bash -c "mount -t tmpfs -o size=8k none '$out/full' || exit 99
    \"\$@\"; rc=\$?; ls -A '$out/full' > '$out/full.ls'; exit \$rc" _ \
    "$bin" "${FULL[@]}" -o "$out/full/x.mp4" >"$out/stdout" 2>"$out/stderr"
  got=$?; how="tmpfs ENOSPC"
  [ ! -s "$out/full.ls" ] || { echo "FAIL: disk full: left $(cat "$out/full.ls")"; fail=1; }
else
  mkdir -p "$out/full"
  (ulimit -f 8; exec "$bin" "${FULL[@]}" -o "$out/full/x.mp4") >"$out/stdout" 2>"$out/stderr"
  got=$?; how="ulimit -f"
fi
if [ "$got" = 0 ]; then echo "FAIL: disk full ($how): exit 0"; cat "$out/stderr"; fail=1
else echo "ok: disk full part-way, $how (exit $got) $(tail -1 "$out/stderr")"; fi
stderr_has "ffmpeg failed\|No space\|too large\|size limit" "disk full"
absent "$out/full/x.mp4" "disk full"
exit $fail
