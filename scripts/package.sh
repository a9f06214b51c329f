#!/usr/bin/env bash
# Builds the Debian package rendezvous_<version>_<arch>.deb from a clean
# Release build (build-package/, no tests or benchmarks) with CPack, then
# checks it with lintian (errors fail the script; the accepted warnings are
# listed in packaging/README.md). The .deb is left in the repository root.
#   scripts/package.sh            build, package, lintian
#   sudo apt-get install ./rendezvous_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
# Packaging tools beyond the build's: dpkg-shlibdeps (dpkg-dev) and lintian.
need=()
for p in dpkg-dev lintian; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "package: installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
build="$root/build-package"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DRV_BUILD_TESTS=OFF -DRV_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/rendezvous_*.deb | head -1)
cp "$deb" "$root/"
deb="$root/$(basename "$deb")"
echo "package: built $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
# lintian as root needs --allow-root; errors fail, warnings are printed.
lintian --allow-root --fail-on error --info "$deb" && echo "package: lintian passed (no errors)"
