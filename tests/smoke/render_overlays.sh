#!/usr/bin/env bash
# --overlays on render and record: bad lists exit 2 with a one-line reason;
# "default" is each camera's own set; names and lines change the picture.
# Usage: render_overlays.sh RENDEZVOUS OUTDIR [PNG_STATS]
set -uo pipefail
bin=$1 out=$2
mkdir -p "$out"
fail=0
unset DISPLAY WAYLAND_DISPLAY
render() { # render NAME OVERLAYS [CAMERA]
  "$bin" render --time T+10800 --camera "${3:-overview}" --size 320x180 --overlays "$2" \
    -o "$out/$1.png" 2>"$out/$1.err" || { echo "FAIL: render --overlays $2"; cat "$out/$1.err"; fail=1; }
}
bad() { # bad DESCRIPTION COMMAND...
  local what=$1; shift
  "$@" >"$out/stdout" 2>"$out/stderr"; local got=$?
  if [ "$got" != 2 ] || ! grep -q "unknown overlay" "$out/stderr" || [ "$(wc -l <"$out/stderr")" != 1 ]; then
    echo "FAIL: $what: exit $got, expected 2 and one line naming the overlay"; cat "$out/stderr"; fail=1
  else
    echo "ok: $what: $(cat "$out/stderr")"
  fi
}
bad "render --overlays orbit" "$bin" render --overlays orbit -o "$out/x.png"
bad "render --overlays labels," "$bin" render --overlays labels, -o "$out/x.png"
bad "record --overlays names" "$bin" record --from T+0 --to T+1 --overlays names -o "$out/x.mp4"
[ -e "$out/x.png" ] && { echo "FAIL: a bad --overlays still wrote a PNG"; fail=1; }

render default default
render listed orbits,tracks,marker,labels
render none none
render labels labels
render chase_default default chase
render chase_none orbits,tracks,marker,arrows chase
cmp -s "$out/default.png" "$out/listed.png" && echo "ok: default is the overview's own set" ||
  { echo "FAIL: --overlays default differs from the overview's listed defaults"; fail=1; }
for pair in "none labels" "labels default" "chase_default chase_none"; do
  set -- $pair
  if cmp -s "$out/$1.png" "$out/$2.png"; then echo "FAIL: $1 and $2 are the same picture"; fail=1
  else echo "ok: $1 and $2 differ"; fi
done
exit $fail
