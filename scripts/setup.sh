#!/usr/bin/env bash
# Installs Rendezvous's build and test dependencies from Debian packages.
# Idempotent: when every package is already installed it returns at once
# without touching the network. Non-interactive; runs apt-get update once.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libglfw3-dev libglm-dev libimgui-dev libstb-dev python3-glad zlib1g-dev
  libegl-dev libgl-dev libegl1-mesa-dev libgl1-mesa-dri libglx-mesa0 mesa-utils
  xvfb xauth xdotool
  ffmpeg parallel
  xplanet xplanet-images
  libcli11-dev libtomlplusplus-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev
  python3-sgp4
  fonts-dejavu-core
  desktop-file-utils appstream clang-format
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "setup: done"
