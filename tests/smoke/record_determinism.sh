#!/usr/bin/env bash
# The same command gives the same frames (ffmpeg -f framemd5), with the
# default encoder settings and with the auto camera's eases and the overlay.
# Usage: record_determinism.sh RENDEZVOUS OUTDIR PNG_STATS
source "$(dirname "$0")/record_lib.bash" "$@"
rm -rf "$out"/*
# Across lift-off: the pad camera eases into the chase camera at T+6.
ARGS=(record --from T+4 --to T+8 "${SMALL[@]}" --camera auto --overlay)
expect 0 "run 1" -- "$bin" "${ARGS[@]}" -o "$out/run1.mp4"
expect 0 "run 2" -- "$bin" "${ARGS[@]}" -o "$out/run2.mp4"
framemd5 "$out/run1.mp4" > "$out/run1.md5"
framemd5 "$out/run2.mp4" > "$out/run2.md5"
check_eq "frames hashed" "$(wc -l < "$out/run1.md5")" 120
if cmp -s "$out/run1.md5" "$out/run2.md5"; then echo "ok: identical framemd5"
else echo "FAIL: the two runs differ"; diff "$out/run1.md5" "$out/run2.md5" | head; fail=1; fi
# Not a constant picture: the ease and the rising rocket change the frames.
check_eq "distinct frames > 100" "$([ "$(sort -u "$out/run1.md5" | wc -l)" -gt 100 ] && echo yes)" yes
exit $fail
