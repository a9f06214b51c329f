# Helpers for the bad-input matrix (tests/smoke/bad_input_*.sh; sourced, named
# .bash so that tests/CMakeLists.txt, which runs smoke/*.sh, does not take it
# for a test). Every case prints one line, "ok: CASE ..." or "FAIL: CASE: what
# was seen", or "skip: CASE (why)" when this machine lacks a tool the case
# needs; the script ends with `finish`: exit 1 if any case failed, else 77
# (CTest's SKIP_RETURN_CODE: skipped, not passed) if any was skipped, else 0.
# Usage in a test: source "$(dirname "$0")/bad_input_lib.bash" "$@"
set -uo pipefail
bin=$1 out=$2 stats=${3:-}
mkdir -p "$out"
fail=0 skipped=0
unset DISPLAY WAYLAND_DISPLAY
export LC_ALL=C
# Never read or write the user's own settings or pictures.
export XDG_CONFIG_HOME="$out/config" XDG_PICTURES_DIR="$out/pictures"
mission=$(dirname "$0")/../../assets/missions/soyuz-ms19.toml

# check CASE WANT_RC PATTERN -- COMMAND...: runs COMMAND (60 s at most, unless
# it is a shell function) and checks its exit code, that stderr matches
# PATTERN (grep -E; '' for any), and that it did not crash: no signal exit,
# no sanitizer report, no abort.
check() {
  local name=$1 want=$2 pattern=$3
  shift 4
  if declare -F "$1" >/dev/null; then "$@"; else timeout 60 "$@"; fi >"$out/stdout" 2>"$out/stderr"
  local got=$?
  local first
  first=$(grep -v '^Run .rendezvous --help' "$out/stderr" | tr '\r' '\n' | grep . | tail -1 | head -c 220)
  if [ "$got" = 124 ] || [ "$got" -gt 128 ]; then
    local how="timed out"
    [ "$got" -gt 128 ] && how="killed by signal $((got - 128))"
    echo "FAIL: $name: $how (exit $got), expected exit $want; stderr: $first"
    fail=1
    return 1
  fi
  if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|terminate called|Assertion .* failed|Segmentation' "$out/stderr"; then
    echo "FAIL: $name: crashed: $(grep -m1 -E 'Sanitizer|runtime error|terminate|Assertion|Segmentation' "$out/stderr")"
    fail=1
    return 1
  fi
  if [ "$got" != "$want" ]; then
    echo "FAIL: $name: exit $got, expected $want; stderr: $first"
    fail=1
    return 1
  fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$out/stderr"; then
    echo "FAIL: $name: stderr lacks /$pattern/; it said: $first"
    fail=1
    return 1
  fi
  echo "ok: $name (exit $got) $first"
}

# stdout_has CASE PATTERN / stdout_lacks CASE PATTERN: of the last check.
stdout_has() {
  grep -qE -- "$2" "$out/stdout" || { echo "FAIL: $1: stdout lacks /$2/"; fail=1; }
}
stdout_lacks() {
  ! grep -qiE -- "$2" "$out/stdout" || { echo "FAIL: $1: stdout has /$2/: $(grep -m1 -iE -- "$2" "$out/stdout")"; fail=1; }
}

# absent CASE FILE: nothing at FILE and no partial file beside it.
absent() {
  if [ -e "$2" ]; then echo "FAIL: $1: $2 exists"; fail=1; fi
  local leftovers
  leftovers=$(ls -A "$(dirname "$2")" 2>/dev/null | grep -E '\.part$|\.tmp$|rendezvous-partial|rendezvous-probe')
  if [ -n "$leftovers" ]; then echo "FAIL: $1: partial file left: $leftovers"; fail=1; fi
}

# edited NAME SED_SCRIPT: a copy of the shipped mission file edited by sed,
# at $out/NAME.toml (the path printed).
edited() {
  sed -e "$2" "$mission" >"$out/$1.toml"
  cmp -s "$mission" "$out/$1.toml" && { echo "FAIL: $1: the edit '$2' changed nothing"; fail=1; }
  echo "$out/$1.toml"
}

# skip CASE WHY: a case this machine cannot run.
skip() {
  echo "skip: $1 ($2)"
  skipped=$((skipped + 1))
}

finish() {
  if [ $fail != 0 ]; then exit 1; fi
  if [ $skipped != 0 ]; then echo "SKIP: $skipped case(s) could not run here; the rest passed"; exit 77; fi
  exit 0
}

# re TEXT: TEXT as a literal in an extended regular expression.
re() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }

# line_of FILE TEXT: the line number of the first line holding TEXT.
line_of() { grep -nF -- "$2" "$1" | head -1 | cut -d: -f1; }
