#!/usr/bin/env bash
# One command to see Rendezvous: installs the Debian packages it needs,
# builds it (Release) and opens the window. Extra arguments go to the app,
# e.g. scripts/run.sh --start T+100
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" Release
exec "$root/build/app/rendezvous" "$@"
