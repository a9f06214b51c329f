#!/usr/bin/env bash
# The desktop entry, the AppStream metainfo and the man page, checked the way
# Debian checks them: desktop-file-validate, appstreamcli validate (offline),
# and groff's warnings on the man page.
# Usage: validate.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=$1 build=$2
fail=0
for tool in desktop-file-validate appstreamcli groff; do
  command -v $tool >/dev/null || { echo "validate: $tool is missing (scripts/setup.sh installs it)"; exit 1; }
done
desktop-file-validate "$src/packaging/rendezvous.desktop" || { echo "FAIL: desktop-file-validate"; fail=1; }
appstreamcli validate --no-net --explain "$build/packaging/io.github.soyuz_rendezvous.Rendezvous.metainfo.xml" ||
  { echo "FAIL: appstreamcli validate"; fail=1; }
warnings=$(groff -man -ww -z "$build/packaging/rendezvous.1" 2>&1)
[ -z "$warnings" ] || { echo "FAIL: man page: $warnings"; fail=1; }
grep -q "rendezvous $(sed -n 's/^project(Rendezvous VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" \
  "$build/packaging/rendezvous.1" || { echo "FAIL: the man page does not carry the project version"; fail=1; }
[ $fail = 0 ] && echo "validate: desktop entry, metainfo and man page clean"
exit $fail
