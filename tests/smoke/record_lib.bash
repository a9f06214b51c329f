# Helpers shared by the record_*.sh smoke tests (sourced; named .bash so that
# tests/CMakeLists.txt, which runs smoke/*.sh, does not take it for a test).
# Usage in a test: source "$(dirname "$0")/record_lib.bash" "$@"
set -uo pipefail
bin=$1 out=$2 stats=${3:-}
mkdir -p "$out"
fail=0
unset DISPLAY WAYLAND_DISPLAY
export LC_ALL=C
# Tiny videos: the frames are cheap, the checks are what matter.
SMALL=(--size 160x90 --fps 30)

expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$out/stdout" 2>"$out/stderr"; local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; tail -5 "$out/stderr"; fail=1
  else
    echo "ok: $what (exit $got) $(grep -v '^rendezvous: record: [0-9]* frames (' "$out/stderr" | tail -1 | head -c 200)"
  fi
}
stderr_has() { # stderr_has PATTERN DESCRIPTION
  grep -qi -- "$1" "$out/stderr" || { echo "FAIL: $2: stderr lacks '$1'"; cat "$out/stderr"; fail=1; }
}
probe() { # probe FILE ENTRY -> value of a stream entry (counting frames)
  ffprobe -v error -count_frames -select_streams v:0 -show_entries "stream=$2" \
    -of default=nokey=1:noprint_wrappers=1 "$1"
}
check_eq() { # check_eq WHAT GOT WANT
  if [ "$2" != "$3" ]; then echo "FAIL: $1: got '$2', want '$3'"; fail=1; else echo "ok: $1 = $2"; fi
}
framemd5() { # framemd5 FILE -> the per-frame hashes only
  ffmpeg -v error -i "$1" -an -f framemd5 - | grep -v '^#' | awk -F',' '{print $NF}'
}
no_leftovers() { # no_leftovers DIR DESCRIPTION: no partial files, no ffmpeg writing there
  if ls -A "$1" 2>/dev/null | grep -q 'rendezvous-partial\|rendezvous-probe'; then
    echo "FAIL: $2: partial file left in $1"; ls -la "$1"; fail=1
  fi
  if pgrep -f -- "$1/" >/dev/null 2>&1; then
    echo "FAIL: $2: a process still writes to $1"; pgrep -af -- "$1/"; fail=1
  fi
}
