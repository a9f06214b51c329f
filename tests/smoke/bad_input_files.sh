#!/usr/bin/env bash
# Special files where a file should be, and devices as outputs, the way a
# careful Unix tool treats them (engine/base/file_io.*): a mission "file"
# that is a folder, /dev/zero, a FIFO no one writes or a file of gigabytes is
# refused at once with its name and the reason (exit 2), never read forever
# or waited on; an output that is /dev/full fails with the system's reason
# (exit 1) and never says "wrote"; /dev/stdout and /dev/null are written
# straight, the same bytes as a file.
# Usage: bad_input_files.sh RENDEZVOUS OUTDIR [PNG_STATS]
source "$(dirname "$0")/bad_input_lib.bash" "$@"
rm -rf "${out:?}"/*

# Inputs. (--mission checks that the path exists and is not a folder before
# the reader runs, so the folder case comes through the assets folder and a
# what-if file's base.)
mkdir -p "$out/assets/missions/soyuz-ms19.toml"
check "mission file is a folder" 2 "^rendezvous: $out/assets/missions/soyuz-ms19\.toml is a directory, not a mission file$" -- \
  env RENDEZVOUS_ASSETS="$out/assets" "$bin" events
mkdir -p "$out/folder.toml"
printf 'base = "folder.toml"\nname = "x"\n' >"$out/based.toml"
check "mission base is a folder" 2 "^rendezvous: $out/based\.toml:1:8: base: $out/folder\.toml is a directory, not a mission file$" -- \
  "$bin" --mission "$out/based.toml" events
check "mission file is /dev/zero" 2 "^rendezvous: /dev/zero is a device, not a mission file$" -- \
  "$bin" --mission /dev/zero events
check "export with /dev/zero as mission" 2 "^rendezvous: /dev/zero is a device, not a mission file$" -- \
  "$bin" --mission /dev/zero export --from T+0 --to T+1 -o "$out/x.csv"
absent "export with /dev/zero as mission" "$out/x.csv"
mkfifo "$out/fifo.toml"
check "mission file is a FIFO without a writer" 2 "^rendezvous: $out/fifo\.toml is a named pipe \(FIFO\), not a mission file$" -- \
  "$bin" --mission "$out/fifo.toml" events
truncate -s 17M "$out/huge.toml"
check "mission file over 16 MiB" 2 "^rendezvous: $out/huge\.toml is larger than a mission file can be \(16777216 bytes at most\)$" -- \
  "$bin" --mission "$out/huge.toml" events

# Outputs.
if [ -w /dev/full ]; then
  check "export to /dev/full" 1 "^rendezvous: writing /dev/full failed \(disk full\?\)$" -- \
    "$bin" export --from T+0 --to T+60 -o /dev/full
  if grep -qi wrote "$out/stderr" "$out/stdout"; then echo "FAIL: export to /dev/full: said it wrote"; fail=1; fi
  # The subtitles go through the same careful writer: written before the
  # first frame, so the recording stops there, with nothing under -o.
  check "record --subtitles /dev/full" 1 "^rendezvous: record: cannot write the subtitles to /dev/full: No space left on device \(check that the folder exists and is writable\)$" -- \
    "$bin" record --from T+117 --to T+127 --size 160x90 --subtitles /dev/full -o "$out/s.mp4"
  if grep -qi "written" "$out/stderr"; then echo "FAIL: record --subtitles /dev/full: said it wrote"; fail=1; fi
  absent "record --subtitles /dev/full" "$out/s.mp4"
else
  skip "export to /dev/full" "no /dev/full"
fi
check "export to /dev/null" 0 "wrote /dev/null" -- "$bin" export --from T+0 --to T+10 -o /dev/null
[ -c /dev/null ] || { echo "FAIL: export to /dev/null: /dev/null is no longer a device"; fail=1; }
"$bin" export --from T+0 --to T+10 -o "$out/file.csv" 2>/dev/null
check "export to /dev/stdout" 0 "wrote /dev/stdout" -- "$bin" export --from T+0 --to T+10 -o /dev/stdout
cmp -s "$out/stdout" "$out/file.csv" || { echo "FAIL: export to /dev/stdout: not the bytes export writes to a file"; fail=1; }
finish
