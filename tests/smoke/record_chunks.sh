#!/usr/bin/env bash
# Chunks: --frames A:B pieces joined with ffmpeg's concat demuxer give the
# same frames as one run (lossless --crf 0, so the encoder's rate control
# cannot make chunk boundaries differ); scripts/render-farm.sh does the same
# with GNU parallel across local cores, and across "machines" with
# --sshlogin when ssh to localhost works.
# Usage: record_chunks.sh RENDEZVOUS OUTDIR PNG_STATS
source "$(dirname "$0")/record_lib.bash" "$@"
rm -rf "$out"/*
farm="$(cd "$(dirname "$0")/../.." && pwd)/scripts/render-farm.sh"
ARGS=(--from T-1 --to T+1 "${SMALL[@]}" --crf 0)

expect 0 "one run" -- "$bin" record "${ARGS[@]}" -o "$out/one.mp4"
expect 0 "chunk 0:23" -- "$bin" record "${ARGS[@]}" --frames 0:23 -o "$out/c0.mp4"
expect 0 "chunk 23:41" -- "$bin" record "${ARGS[@]}" --frames 23:41 -o "$out/c1.mp4"
expect 0 "chunk 41:" -- "$bin" record "${ARGS[@]}" --frames 41: -o "$out/c2.mp4"
printf "file '%s'\n" "$out/c0.mp4" "$out/c1.mp4" "$out/c2.mp4" > "$out/list.txt"
ffmpeg -v error -y -f concat -safe 0 -i "$out/list.txt" -c copy "$out/joined.mp4" ||
  { echo "FAIL: concat"; fail=1; }
framemd5 "$out/one.mp4" > "$out/one.md5"
framemd5 "$out/joined.mp4" > "$out/joined.md5"
check_eq "joined frames" "$(wc -l < "$out/joined.md5")" 60
if cmp -s "$out/one.md5" "$out/joined.md5"; then echo "ok: split-and-join == one run"
else echo "FAIL: joined frames differ"; diff "$out/one.md5" "$out/joined.md5" | head; fail=1; fi

# The farm script, local cores.
expect 0 "render-farm.sh (local)" -- "$farm" --bin "$bin" --chunks 3 -j 2 -- "${ARGS[@]}" -o "$out/farm.mp4"
framemd5 "$out/farm.mp4" > "$out/farm.md5"
if cmp -s "$out/one.md5" "$out/farm.md5"; then echo "ok: render-farm.sh == one run"
else echo "FAIL: render-farm.sh frames differ"; fail=1; fi
ls -A "$out" | grep -q '^\.farm.mp4.chunks' && { echo "FAIL: farm left its chunk folder"; fail=1; }

# Across machines: ssh to localhost stands in for a second machine. The
# login comes from RV_TEST_SSHLOGIN (parallel's format, e.g.
# "1/ssh -p 2222 -i key localhost"), else plain passwordless ssh to localhost.
login=${RV_TEST_SSHLOGIN:-}
if [ -z "$login" ] && ssh -o BatchMode=yes -o ConnectTimeout=3 localhost true 2>/dev/null; then
  login=1/localhost
fi
if [ -n "$login" ] && command -v rsync >/dev/null; then
  expect 0 "render-farm.sh --sshlogin (localhost)" -- "$farm" --bin "$bin" --chunks 2 \
    --sshlogin "$login" -- "${ARGS[@]}" -o "$out/ssh.mp4"
  framemd5 "$out/ssh.mp4" > "$out/ssh.md5"
  cmp -s "$out/one.md5" "$out/ssh.md5" && echo "ok: --sshlogin == one run" ||
    { echo "FAIL: --sshlogin frames differ"; fail=1; }
else
  echo "skip: render-farm.sh --sshlogin (no ssh to localhost or no rsync; set RV_TEST_SSHLOGIN)"
fi
exit $fail
