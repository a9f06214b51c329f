#!/usr/bin/env bash
# Renders one `rendezvous record` video in chunks with GNU parallel (Debian
# package `parallel`): across the local cores by default, across machines with
# --sshlogin, then joins the chunks with ffmpeg's concat demuxer (no
# re-encoding). Each chunk is `rendezvous record ... --frames A:B`, so every
# frame shows the same instant it would in one run.
#
# Usage:
#   scripts/render-farm.sh [options] -- RECORD_ARGS... -o OUT.mp4
# Options:
#   --bin PATH        the rendezvous binary (default: build/app/rendezvous, then PATH);
#                     on other machines it must exist at the same path with its assets
#   --mission FILE    passed to rendezvous as the global --mission
#   -j, --jobs N      chunks rendered at once per machine (default: number of cores)
#   --chunks N        number of chunks (default: jobs x machines)
#   --sshlogin LOGIN  a machine for parallel's --sshlogin ("4/user@host"; repeatable;
#                     ":" is this machine). Chunks are written in a temporary folder
#                     there and copied back (--workdir ... --return --cleanup; needs
#                     rsync on both ends).
#   --keep            keep the chunk folder (OUT.chunks.*) after joining
# Example:
#   scripts/render-farm.sh --chunks 8 -- --preset full-mission --size 3840x2160 -o ms19-4k.mp4
#   scripts/render-farm.sh --sshlogin : --sshlogin 8/render2 -- --from T-10 --to T+600 -o ascent.mp4
set -euo pipefail

die() { echo "render-farm: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit "${1:-0}"; }

here=$(cd "$(dirname "$0")/.." && pwd)
bin=""
mission=()
jobs=""
chunks=""
sshlogins=()
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --mission) mission=(--mission "$2"); shift 2 ;;
    -j|--jobs) jobs=$2; shift 2 ;;
    --chunks) chunks=$2; shift 2 ;;
    --sshlogin|-S) sshlogins+=("$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage 0 ;;
    --) shift; break ;;
    *) die "unknown option '$1' (record options go after --); see --help" ;;
  esac
done

command -v parallel >/dev/null || die "GNU parallel not found; install the Debian package 'parallel'"
command -v ffmpeg >/dev/null || die "ffmpeg not found; install the Debian package 'ffmpeg'"
if [ -z "$bin" ]; then
  if [ -x "$here/build/app/rendezvous" ]; then bin=$here/build/app/rendezvous
  else bin=$(command -v rendezvous) || die "no rendezvous binary; build it or pass --bin"; fi
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
[ -x "$bin" ] || die "'$bin' is not executable"

# Split the record arguments: the output goes to the join, the rest to chunks.
args=()
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) out=$2; shift 2 ;;
    --output=*) out=${1#--output=}; shift ;;
    --frames|--frames=*) die "--frames is chosen by the farm; leave it out" ;;
    *) args+=("$1"); shift ;;
  esac
done
[ -n "$out" ] || die "give the output file with -o OUT.mp4 after --"
case "$out" in *%*) die "a PNG pattern needs no farm: run chunks with --frames directly" ;; esac
ext=${out##*.}
[ "$ext" != "$out" ] || die "output '$out' has no extension (out.mp4, out.mkv)"
outdir=$(dirname "$out")
[ -d "$outdir" ] || die "output folder '$outdir' does not exist; create it first"

# How many frames: ask the recorder (it validates every argument too).
plan=$("$bin" "${mission[@]}" record "${args[@]}" --plan) || exit $?
total=$(awk '$1 == "frames" { print $2 }' <<<"$plan")
[ -n "$total" ] && [ "$total" -gt 0 ] || die "could not read the frame count"
machines=${#sshlogins[@]}
[ "$machines" -gt 0 ] || machines=1
[ -n "$jobs" ] || jobs=$(nproc)
[ -n "$chunks" ] || chunks=$((jobs * machines))
[ "$chunks" -ge 1 ] || die "--chunks must be at least 1"
[ "$chunks" -le "$total" ] || chunks=$total

work=$(mktemp -d "$outdir/.$(basename "$out").chunks.XXXXXX")
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'echo "render-farm: interrupted" >&2; exit 130' INT TERM

# Chunk k covers frames [k*total/chunks, (k+1)*total/chunks).
table=$work/chunks.txt
: > "$table"
for ((k = 0; k < chunks; k++)); do
  printf '%d %d %s\n' $((k * total / chunks)) $(((k + 1) * total / chunks)) \
    "$(printf 'chunk_%04d.%s' "$k" "$ext")" >> "$table"
done
echo "render-farm: $total frames in $chunks chunks, $jobs at a time on $machines machine(s)" >&2

par=(parallel --halt now,fail=1 --colsep ' ' -j "$jobs" --line-buffer --tagstring 'chunk {3}')
if [ ${#sshlogins[@]} -gt 0 ]; then
  # parallel copies chunks back with rsync, on both ends.
  command -v rsync >/dev/null || die "--sshlogin needs rsync here and on each machine; install the Debian package 'rsync'"
  for s in "${sshlogins[@]}"; do par+=(--sshlogin "$s"); done
  # Each job runs in a fresh folder on its machine; the chunk comes back here.
  par+=(--workdir ... --return '{3}' --cleanup)
fi
# -q: each word of the command is passed as one argument (no shell
# splitting), here and over ssh.
(cd "$work" && "${par[@]}" -q "$bin" "${mission[@]}" record "${args[@]}" \
  --frames '{1}:{2}' -o '{3}' :::: "$table") || die "a chunk failed; nothing joined"

# Join without re-encoding, under a temporary name, then rename.
list=$work/list.txt
: > "$list"
while read -r _ _ name; do
  [ -s "$work/$name" ] || die "chunk $name is missing"
  printf "file '%s'\n" "$work/$name" >> "$list"
done < "$table"
partial="$outdir/.$(basename "$out").joining.$ext"
ffmpeg -v error -y -f concat -safe 0 -i "$list" -c copy "$partial" || {
  rm -f "$partial"
  die "joining the chunks failed"
}
mv -f "$partial" "$out"
echo "render-farm: wrote $out ($total frames)" >&2
