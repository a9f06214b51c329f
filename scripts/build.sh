#!/usr/bin/env bash
# Configures and builds Rendezvous (Release by default) into build/.
# Usage: scripts/build.sh [Release|Debug]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
type=${1:-Release}
dir="$root/build"
[ "$type" = Release ] || dir="$root/build-$(echo "$type" | tr '[:upper:]' '[:lower:]')"
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)
cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE="$type" >/dev/null
cmake --build "$dir" -j"$jobs"
echo "build: $type build in $dir took $(( $(date +%s) - start )) s"
