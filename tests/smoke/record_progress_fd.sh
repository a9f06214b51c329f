#!/usr/bin/env bash
# `record --progress-fd N`: the machine-readable progress the window's Record
# panel reads ("frames DONE TOTAL ELAPSED_S" lines), and a bad descriptor.
# Usage: record_progress_fd.sh RENDEZVOUS OUTDIR
set -euo pipefail
bin=$1 out=$2
command -v ffmpeg >/dev/null || { echo "SKIP: ffmpeg not installed"; exit 77; }
rm -rf "$out"
mkdir -p "$out"
fail() { echo "FAIL: $*"; exit 1; }

"$bin" record --from T+10 --to T+11.5 --size 160x90 --fps 24 --camera chase --progress-fd 3 \
  -o "$out/a.mp4" 3>"$out/progress.txt" 2>"$out/log.txt" || fail "record failed: $(cat "$out/log.txt")"
cat "$out/progress.txt"
# Every line parses, counts never go down, elapsed never goes down, the last is 36 of 36.
awk 'BEGIN { d = -1; e = -1 }
     $1 != "frames" || NF != 4 || $3 != 36 || $2 < d || $4 < e { bad = 1; print "bad line " NR ": " $0 }
     { d = $2; e = $4; last = $2 }
     END { if (bad || NR < 2 || last != 36) { print "lines " NR ", last " last; exit 1 } }' "$out/progress.txt" ||
  fail "progress lines"
[ "$(head -1 "$out/progress.txt" | cut -d' ' -f2)" = 0 ] || fail "no first line at 0 frames"
# The usual stderr report is unchanged.
grep -q "wrote $out/a.mp4 (36 frames" "$out/log.txt" || fail "stderr: $(cat "$out/log.txt")"

# A descriptor that is not open: a usage error, nothing written.
set +e
"$bin" record --from T+10 --to T+11 --size 160x90 --progress-fd 9 -o "$out/b.mp4" 2>"$out/err.txt"
rc=$?
set -e
[ $rc = 2 ] || fail "exit $rc for a closed descriptor"
grep -q "progress-fd 9 is not a file descriptor open for writing" "$out/err.txt" || fail "message: $(cat "$out/err.txt")"
[ ! -e "$out/b.mp4" ] || fail "b.mp4 was written"
echo PASS
