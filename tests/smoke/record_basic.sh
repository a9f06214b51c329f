#!/usr/bin/env bash
# `rendezvous record`: H.264 video of the right size, rate, length and codec;
# --speed/--duration; PNG sequences; --overlay; --subtitles; --quality; --plan.
# Usage: record_basic.sh RENDEZVOUS OUTDIR PNG_STATS
source "$(dirname "$0")/record_lib.bash" "$@"
rm -rf "$out"/*

# Two seconds around lift-off in real time: 60 frames at 30 fps.
expect 0 "record mp4" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" -o "$out/a.mp4"
check_eq "codec" "$(probe "$out/a.mp4" codec_name)" h264
check_eq "pixel format" "$(probe "$out/a.mp4" pix_fmt)" yuv420p
check_eq "size" "$(probe "$out/a.mp4" width)x$(probe "$out/a.mp4" height)" 160x90
check_eq "fps" "$(probe "$out/a.mp4" r_frame_rate)" 30/1
check_eq "frames" "$(probe "$out/a.mp4" nb_read_frames)" 60
dur=$(ffprobe -v error -show_entries format=duration -of default=nokey=1:noprint_wrappers=1 "$out/a.mp4")
awk -v d="$dur" 'BEGIN { exit !(d > 1.95 && d < 2.05) }' && echo "ok: duration $dur" ||
  { echo "FAIL: duration $dur, want 2.0"; fail=1; }
stderr_has "wrote $out/a.mp4 (60 frames" "summary line"
stderr_has "60/60 frames" "progress"

# --duration sets the speed: 10 s of mission in 1 s of 60 fps video.
expect 0 "--duration at 60 fps" -- "$bin" record --from T+0 --to T+10 --duration 1 --size 160x90 --fps 60 --crf 28 --preset ultrafast -o "$out/b.mkv"
check_eq "60 fps frames" "$(probe "$out/b.mkv" nb_read_frames)" 60
check_eq "60 fps rate" "$(probe "$out/b.mkv" r_frame_rate)" 60/1
# --speed, event ids as times, --plan
expect 0 "--plan" -- "$bin" record --from T+100 --to T+200.05 --speed 10 --fps 30 --plan
check_eq "plan frame count" "$(awk '$1=="frames"{print $2}' "$out/stdout")" 301 # ceil(100.05 / 10 * 30); last at T+200
check_eq "plan last frame" "$(awk '$1=="last_utc"{print $2}' "$out/stdout")" 2021-10-05T08:58:22.442Z
expect 0 "--plan with event ids" -- "$bin" record --from booster_sep --to core_sep --speed 10 --plan
expect 0 "--plan of a piece" -- "$bin" record --from T+100 --to T+200.05 --speed 10 --fps 30 --frames 30:90 --plan -o "$out/piece.mp4"
check_eq "plan piece frames" "$(awk '$1=="piece_frames"{print $2}' "$out/stdout")" 60
check_eq "plan piece first" "$(awk '$1=="piece_first"{print $2}' "$out/stdout")" 30
check_eq "plan whole video still" "$(awk '$1=="frames"{print $2}' "$out/stdout")" 301
[ ! -e "$out/piece.mp4" ] || { echo "FAIL: --plan wrote the video"; fail=1; }
# With -o it measures a sample for the estimates, and leaves nothing behind.
awk '$1=="estimate_render_s"{exit !($2 > 0)} END{}' "$out/stdout" && grep -q "^estimate_bytes [1-9]" "$out/stdout" ||
  { echo "FAIL: no time/size estimate"; cat "$out/stdout"; fail=1; }
stderr_has "to render 60 frames on this machine" "plan estimate line"
[ -z "$(ls -A "$out" | grep plan-sample)" ] || { echo "FAIL: the plan's sample was left behind"; fail=1; }

# Captions as SubRip, timed in video seconds: booster burn-out and separation
# (0.4 s apart in the mission) both get their 3 s, the second queued.
expect 0 "--subtitles" -- "$bin" record --from T+117 --to T+127 "${SMALL[@]}" --overlay --subtitles "$out/s.srt" -o "$out/s.mp4"
check_eq "srt cues" "$(grep -c -- '-->' "$out/s.srt")" 2
grep -q "^Booster burn-out$" "$out/s.srt" && grep -q "^Booster separation$" "$out/s.srt" ||
  { echo "FAIL: a caption is missing from the .srt"; cat "$out/s.srt"; fail=1; }
grep -q "^00:00:04,3.* --> 00:00:10,000$" "$out/s.srt" ||
  { echo "FAIL: separation not queued 3 s after burn-out"; cat "$out/s.srt"; fail=1; }
stderr_has "2 captions written to $out/s.srt" "subtitles message"
expect 0 "--plan counts captions" -- "$bin" record --from T+117 --to T+127 --plan
check_eq "plan captions" "$(awk '$1=="captions"{print $2}' "$out/stdout")" 2

# A PNG sequence, numbered by video frame (a chunk keeps the numbers).
mkdir -p "$out/png"
expect 0 "PNG sequence" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" --frames 5:10 -o "$out/png/f_%04d.png"
check_eq "PNG files" "$(ls "$out/png" | tr '\n' ' ')" "f_0005.png f_0006.png f_0007.png f_0008.png f_0009.png "
if [ -n "$stats" ]; then
  read -r w h mean sd < <("$stats" "$out/png/f_0007.png") || fail=1
  check_eq "PNG size" "${w:-?}x${h:-?}" 160x90
  awk -v m="${mean:-0}" 'BEGIN { exit !(m > 5) }' || { echo "FAIL: blank PNG frame"; fail=1; }
fi
no_leftovers "$out/png" "PNG sequence"

# --overlay burns text in: the frames differ from the plain ones.
expect 0 "--overlay" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" --overlay -o "$out/o.mp4"
if [ "$(framemd5 "$out/a.mp4" | md5sum)" = "$(framemd5 "$out/o.mp4" | md5sum)" ]; then
  echo "FAIL: --overlay changed nothing"; fail=1
else
  echo "ok: --overlay changes the frames"
fi
# --quality low (no MSAA) renders other frames; a bad value is a usage error.
expect 0 "--quality low" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" --quality low -o "$out/q.mp4"
check_eq "low quality frames" "$(probe "$out/q.mp4" nb_read_frames)" 60
if [ "$(framemd5 "$out/a.mp4" | md5sum)" = "$(framemd5 "$out/q.mp4" | md5sum)" ]; then
  echo "FAIL: --quality low changed nothing"; fail=1
else
  echo "ok: --quality low changes the frames"
fi
expect 2 "--quality bogus" -- "$bin" record --from T-1 --to T+1 "${SMALL[@]}" --quality best -o "$out/x.mp4"
stderr_has "quality" "names the option"
no_leftovers "$out" "basic"
exit $fail
