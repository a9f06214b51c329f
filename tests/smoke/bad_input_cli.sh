#!/usr/bin/env bash
# Bad command-line values: times that do not parse or lie outside the
# mission, sizes, frame rates, camera and event names, output paths that are
# folders, in missing folders or unwritable even by root (/proc). Each gives
# its exit code and a clear line, and leaves no file. Cases already in
# cli_usage.sh and record_errors.sh are not repeated here.
# Usage: bad_input_cli.sh RENDEZVOUS OUTDIR [PNG_STATS]
source "$(dirname "$0")/bad_input_lib.bash" "$@"
rm -rf "${out:?}"/*
mkdir -p "$out/v" "$out/folder.png" "$out/folder.mp4"
png=$out/v/x.png mp4=$out/v/x.mp4 csv=$out/v/x.csv
REC=(record --size 64x36 --fps 30)

# Times. render shows the nearest end of the mission and says so; record and
# export refuse a range outside it; nothing parses "T+abc", nan or overflow.
check "render T+99999999" 0 "warning: --time is outside the mission; showing 2021-10-05T15:01:00Z" -- \
  "$bin" render --time T+99999999 --size 64x36 -o "$png"
check "render in 1900" 0 "warning: --time is outside the mission; showing 2021-10-05T08:50:02Z" -- \
  "$bin" render --time 1900-01-01T00:00:00Z --size 64x36 -o "$png"
rm -f "$png"
for t in T+abc T+ T+nan T+inf T+1e400 2021-02-30T00:00:00Z 2021-10-05T25:00:00Z; do
  check "render --time $t" 2 "^rendezvous: --time: '$(re "$t")' is not" -- "$bin" render --time "$t" --size 64x36 -o "$png"
done
absent "unparsable times" "$png"
check "record T+99999999" 2 "within the mission" -- "$bin" "${REC[@]}" --from T+0 --to T+99999999 -o "$mp4"
check "record in 1900" 2 "within the mission" -- "$bin" "${REC[@]}" --from 1900-01-01T00:00:00Z --to T+1 -o "$mp4"
check "record --from T+abc" 2 "^rendezvous: record: --from: 'T\+abc' is not a mission time" -- "$bin" "${REC[@]}" --from T+abc --to T+1 -o "$mp4"
absent "record times" "$mp4"
check "export T+99999999" 2 "the range must lie within the mission, 2021-10-05T08:50:02Z to 2021-10-05T15:01:00Z" -- \
  "$bin" export --from T+0 --to T+99999999 -o "$csv"
check "export in 1900" 2 "the range must lie within the mission" -- "$bin" export --from 1900-01-01T00:00:00Z --to T+1 -o "$csv"
check "export --to T+abc" 2 "^rendezvous: --to: 'T\+abc' is not a mission time" -- "$bin" export --from T+0 --to T+abc -o "$csv"
check "export --step 0" 2 "^rendezvous: --step: Value 0 not in range" -- "$bin" export --from T+0 --to T+1 --step 0 -o "$csv"
absent "export times" "$csv"
check "window --start T+abc" 2 "^rendezvous: --start: 'T\+abc' is not a mission time" -- "$bin" --start T+abc --exit-after-frames 1
if command -v Xvfb >/dev/null; then
  check "window --start T+99999999" 0 "warning: --start is outside the mission; opening at 2021-10-05T15:01:00Z" -- \
    "$(dirname "$0")/../../scripts/with-xvfb.sh" 640x480x24 "$bin" --start T+99999999 --window-size 160x90 --exit-after-frames 1
else
  skip "window --start T+99999999" "no Xvfb"
fi

# Sizes and frame rates.
for s in 0x0 100000x100000; do
  check "render --size $s" 2 "^rendezvous: --size: '$s' is not a valid size \(each side must be between 16 and 16384 pixels\)" -- \
    "$bin" render --size "$s" -o "$png"
  check "record --size $s" 2 "'$s' is not a valid size" -- "$bin" record --from T-1 --to T+1 --size "$s" -o "$mp4"
  check "window --window-size $s" 2 "^rendezvous: --window-size: '$s' is not a valid size" -- "$bin" --window-size "$s"
done
for f in 0 10000 -30 abc; do
  check "record --fps $f" 2 "fps|--fps" -- "$bin" record --from T-1 --to T+1 --size 64x36 --fps "$f" -o "$mp4"
done
check "record --fps 10000 says which" 2 "^rendezvous: record: --fps 10000 is not supported; use 24, 25, 30, 50 or 60$" -- \
  "$bin" record --from T-1 --to T+1 --size 64x36 --fps 10000 -o "$mp4"
absent "sizes and frame rates" "$png"
absent "sizes and frame rates" "$mp4"

# Unknown names.
check "render --camera nowhere" 2 "^rendezvous: --camera: nowhere not in \{pad,chase,onboard,port,overview,free,stages\}" -- \
  "$bin" render --camera nowhere -o "$png"
check "window --camera nowhere" 2 "^rendezvous: --camera: nowhere not in" -- "$bin" --camera nowhere
check "render --time no_such_event" 2 "^rendezvous: --time: 'no_such_event' is not a time or a known event; events are: ignition liftoff" -- \
  "$bin" render --time no_such_event --size 64x36 -o "$png"
check "export --to no_such_event" 2 "^rendezvous: --to: 'no_such_event' is not a time or a known event" -- \
  "$bin" export --from T+0 --to no_such_event -o "$csv"
check "window --start no_such_event" 2 "^rendezvous: --start: 'no_such_event' is not a time or a known event" -- \
  "$bin" --start no_such_event
check "unknown subcommand" 2 "^rendezvous: The following argument was not expected: rendr" -- "$bin" rendr
absent "unknown names" "$png"
absent "unknown names" "$csv"

# Output paths: a folder, a missing folder, a place not even root can write.
check "render -o a folder" 2 "^rendezvous: output '$out/folder.png' is a folder; name a file in it$" -- \
  "$bin" render --size 64x36 -o "$out/folder.png"
check "export -o a folder" 2 "^rendezvous: output '$out/folder.png' is a folder; name a file in it$" -- \
  "$bin" export --from T+0 --to T+1 -o "$out/folder.png"
check "record -o a folder" 2 "output '$out/folder.mp4' is a folder" -- "$bin" "${REC[@]}" --from T-1 --to T+1 -o "$out/folder.mp4"
[ -z "$(find "$out/folder.png" "$out/folder.mp4" -mindepth 1)" ] || { echo "FAIL: output folders: something was written in them"; fail=1; }
absent "output folders" "$out/folder.png.part"
check "export -o in a missing folder" 2 "^rendezvous: output folder '$out/no/such' does not exist; create it first$" -- \
  "$bin" export --from T+0 --to T+1 -o "$out/no/such/x.csv"
check "render -o /proc/x.png" 1 "^rendezvous: cannot write /proc/x.png: " -- "$bin" render --size 64x36 -o /proc/x.png
check "export -o /proc/x.csv" 1 "^rendezvous: cannot write /proc/x.csv: No such file or directory$" -- "$bin" export --from T+0 --to T+1 -o /proc/x.csv
check "record -o /proc/x.mp4" 1 "output folder '/proc' is not writable" -- "$bin" "${REC[@]}" --from T-1 --to T+1 -o /proc/x.mp4
if [ -w /dev/full ]; then
  check "events to a full disk" 1 "^rendezvous: events: cannot write the table: No space left on device$" -- \
    bash -c '"$0" events >/dev/full' "$bin"
else
  skip "events to a full disk" "no /dev/full"
fi
finish
