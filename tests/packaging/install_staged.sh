#!/usr/bin/env bash
# The installed program, with no build tree on its paths: `cmake --install`
# into a staging folder (DESTDIR, prefix /usr), then the staged binary run
# from / finds its mission data beside itself (share/rendezvous), lists the
# events, renders a frame and records one second of video.
# Usage: install_staged.sh BUILD_DIR OUTDIR
set -uo pipefail
build=$1 out=$2
rm -rf "$out"
mkdir -p "$out"
stage=$out/stage
fail=0
DESTDIR=$stage cmake --install "$build" --prefix /usr >"$out/install.log" 2>&1 ||
  { echo "FAIL: cmake --install"; cat "$out/install.log"; exit 1; }
bin=$stage/usr/bin/rendezvous
for f in usr/bin/rendezvous usr/share/rendezvous/missions/soyuz-ms19.toml \
  usr/share/rendezvous/missions/what-if-kurs-nominal.toml usr/share/applications/rendezvous.desktop \
  usr/share/metainfo/io.github.soyuz_rendezvous.Rendezvous.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/rendezvous.svg usr/share/icons/hicolor/48x48/apps/rendezvous.png \
  usr/share/man/man1/rendezvous.1.gz usr/share/bash-completion/completions/rendezvous \
  usr/share/doc/rendezvous/copyright usr/share/doc/rendezvous/changelog.gz; do
  [ -e "$stage/$f" ] || { echo "FAIL: not installed: /$f"; fail=1; }
done
cd / || exit 1
unset RENDEZVOUS_ASSETS DISPLAY WAYLAND_DISPLAY
"$bin" --version >"$out/version" 2>&1 || { echo "FAIL: --version"; fail=1; }
grep -qx "mission data: $stage/usr/share/rendezvous" "$out/version" ||
  { echo "FAIL: the staged binary does not use its own data: $(cat "$out/version")"; fail=1; }
"$bin" events >"$out/events" 2>&1 && grep -q " contact " "$out/events" ||
  { echo "FAIL: events"; cat "$out/events"; fail=1; }
"$bin" render --time booster_sep --camera chase --size 320x180 -o "$out/frame.png" >"$out/render.log" 2>&1 &&
  [ -s "$out/frame.png" ] || { echo "FAIL: render"; cat "$out/render.log"; fail=1; }
if command -v ffmpeg >/dev/null; then
  "$bin" record --from T-1 --to T+0 --size 160x90 --fps 24 -o "$out/clip.mp4" >"$out/record.log" 2>&1 &&
    [ -s "$out/clip.mp4" ] || { echo "FAIL: record"; cat "$out/record.log"; fail=1; }
else
  echo "FAIL: ffmpeg is missing (scripts/setup.sh installs it)"; fail=1
fi
# The what-if file finds its base file beside it in the installed tree.
"$bin" --mission "$stage/usr/share/rendezvous/missions/what-if-kurs-nominal.toml" events >"$out/nominal" 2>&1 ||
  { echo "FAIL: what-if-kurs-nominal from the installed tree"; cat "$out/nominal"; fail=1; }
[ $fail = 0 ] && echo "install_staged: ok ($(head -1 "$out/version"), data in the staged /usr/share/rendezvous)"
exit $fail
