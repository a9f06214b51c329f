# Shared by scripts/contact-sheet.sh and scripts/physics-sheet.sh: their
# options (-o, --size, --bin, --help), the checks that the binary and ffmpeg
# are there, and a private copy of the binary in a temporary folder (so a
# rebuild during the run does not pull it away). Sets outPng, size, bin, tmp.
# Usage (after setting name, outPng and size defaults): sheet_setup "$@"
sheet_setup() {
  bin="$root/build/app/rendezvous"
  while [ $# -gt 0 ]; do
    case "$1" in
      -o) outPng=$2; shift ;;
      --size) size=$2; shift ;;
      --bin) bin=$2; shift ;;
      -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) echo "$name: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
  done
  [ -x "$bin" ] || { echo "$name: no binary at $bin (run scripts/build.sh first)" >&2; exit 2; }
  command -v ffmpeg >/dev/null || { echo "$name: ffmpeg is missing (sudo apt-get install ffmpeg)" >&2; exit 2; }
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp "$bin" "$tmp/rendezvous"
  bin="$tmp/rendezvous"
}
