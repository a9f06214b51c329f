#!/usr/bin/env bash
# Outputs on a read-only file system and on a full disk (render's PNG and
# export's CSV; record's are in record_errors.sh): exit 1, the system's
# reason, nothing left at the name or beside it. Root passes permission
# checks, so this needs a private mount namespace (unshare -rm: a read-only
# bind mount, an 8 KiB tmpfs); without one, a normal user gets chmod 555 for
# the read-only cases, and root gets SKIP (exit 77, counted as skipped).
# Usage: bad_input_readonly.sh RENDEZVOUS OUTDIR [PNG_STATS]
source "$(dirname "$0")/bad_input_lib.bash" "$@"
rm -rf "${out:?}"/*
ro=$out/ro full=$out/full
mkdir -p "$ro" "$full"

if unshare -rm true 2>/dev/null; then
  how="read-only bind mount"
  readonly_run() {
    timeout 60 unshare -rm bash -c "mount --bind '$ro' '$ro' && mount -o remount,ro,bind '$ro' || exit 99
      exec \"\$@\"" _ "$@"
  }
  # The tmpfs vanishes with the namespace: list what was left from inside.
  full_run() {
    timeout 60 unshare -rm bash -c "mount -t tmpfs -o size=8k none '$full' || exit 99
      \"\$@\"; rc=\$?; ls -A '$full' >'$out/full.ls'; exit \$rc" _ "$@"
  }
elif [ "$(id -u)" != 0 ]; then
  how="chmod 555"
  chmod 555 "$ro"
  readonly_run() { "$@"; }
else
  echo "SKIP: root without user namespaces: no way to make a folder read-only for root here"
  exit 77
fi

want_ro="Read-only file system|Permission denied"
check "render into a read-only folder ($how)" 1 "^rendezvous: cannot write $ro/x\.png: ($want_ro)$" -- \
  readonly_run "$bin" render --size 64x36 -o "$ro/x.png"
absent "render into a read-only folder" "$ro/x.png"
check "export into a read-only folder ($how)" 1 "^rendezvous: cannot write $ro/x\.csv: ($want_ro)$" -- \
  readonly_run "$bin" export --from T+0 --to T+10 -o "$ro/x.csv"
absent "export into a read-only folder" "$ro/x.csv"

if [ "$how" = "read-only bind mount" ]; then
  : >"$out/full.ls"
  check "render onto a full disk" 1 "^rendezvous: cannot write $full/x\.png: No space left on device$" -- \
    full_run "$bin" render --size 320x180 -o "$full/x.png"
  [ ! -s "$out/full.ls" ] || { echo "FAIL: render onto a full disk: left $(cat "$out/full.ls")"; fail=1; }
  : >"$out/full.ls"
  check "export onto a full disk" 1 "^rendezvous: writing $full/x\.csv failed \(disk full\?\)$" -- \
    full_run "$bin" export --from T+0 --to T+600 -o "$full/x.csv"
  [ ! -s "$out/full.ls" ] || { echo "FAIL: export onto a full disk: left $(cat "$out/full.ls")"; fail=1; }
else
  skip "full disk cases" "need a private tmpfs mount"
fi
chmod 755 "$ro"
finish
