#!/usr/bin/env bash
# SIGINT and SIGTERM stop a recording cleanly: exit 1, a message, and a valid,
# playable file holding the frames done so far; ffmpeg is not left running.
# Usage: record_signal.sh RENDEZVOUS OUTDIR PNG_STATS
source "$(dirname "$0")/record_lib.bash" "$@"
rm -rf "$out"/*
for sig in INT TERM; do
  f="$out/$sig.mp4"
  # A minute of video: far longer than we wait.
  "$bin" record --from T-10 --to T+50 "${SMALL[@]}" -o "$f" 2>"$out/$sig.err" &
  pid=$!
  # Wait until frames flow (the progress line or 8 s), then signal.
  for _ in $(seq 1 80); do
    grep -q "frames (0\.\." "$out/$sig.err" 2>/dev/null && break
    sleep 0.1
  done
  sleep 1.5
  kill -s "$sig" "$pid"
  wait "$pid"; got=$?
  check_eq "SIG$sig exit" "$got" 1
  grep -q "stopped by SIG$sig" "$out/$sig.err" && echo "ok: SIG$sig message" ||
    { echo "FAIL: SIG$sig: no message"; cat "$out/$sig.err"; fail=1; }
  [ -s "$f" ] || { echo "FAIL: SIG$sig: no file"; fail=1; continue; }
  # Playable: decodes with no error, holds some but not all frames.
  errs=$(ffmpeg -v error -i "$f" -f null - 2>&1 | head -3)
  [ -z "$errs" ] && echo "ok: SIG$sig file decodes cleanly" || { echo "FAIL: SIG$sig decode: $errs"; fail=1; }
  n=$(probe "$f" nb_read_frames)
  if [ "${n:-0}" -gt 0 ] && [ "${n:-0}" -lt 1800 ]; then echo "ok: SIG$sig file has $n frames"
  else echo "FAIL: SIG$sig frames: ${n:-none}"; fail=1; fi
  no_leftovers "$out" "SIG$sig"
done
exit $fail
