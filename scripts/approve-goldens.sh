#!/usr/bin/env bash
# Regenerates the golden images in tests/golden/ from the current renderer,
# on purpose (review the PNGs before committing them). Goldens are made on
# Mesa llvmpipe only: run this on a machine without a GPU driver for EGL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" Release
RV_UPDATE_GOLDENS=1 "$root/build/tests/render_tests" --gtest_filter='Cameras/Golden.*'
echo "approve-goldens: wrote $(ls "$root"/tests/golden/*.png | wc -l) images to tests/golden/; review and commit them"
