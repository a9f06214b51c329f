#!/usr/bin/env bash
# End-to-end: the overlay keys in the real window under Xvfb. Names on the
# objects show in the 3D view (F12 with and without them), a toggle holds
# for every camera, the choice is saved in the settings and comes back, and
# Ctrl+O returns to each camera's defaults.
# Usage: window_overlays.sh RENDEZVOUS OUTDIR [PNG_STATS]
set -euo pipefail
bin=$1 out=$2

source "$(dirname "$0")/window_lib.bash"
rv_under_xvfb OVERLAYS "$@"

rv_sandbox_user_dirs

# run ARGS... -- KEYS...: start the window, press the keys, Ctrl Q to quit.
run() {
  local args=() keys=()
  while [ "$1" != -- ]; do args+=("$1"); shift; done
  shift
  keys=("$@")
  "$bin" "${args[@]}" --dump-state "$out/state.txt" >"$out/app.log" 2>&1 &
  local pid=$!
  rv_find_window $pid
  sleep 3
  for k in "${keys[@]}"; do
    if [ "$k" = F12 ]; then press F12 2; else press "$k"; fi
  done
  press ctrl+q
  for _ in $(seq 40); do kill -0 $pid 2>/dev/null || break; sleep 0.25; done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "Ctrl Q did not quit"; fi
  wait $pid || fail "exit status $?"
}

# Overview at T+3:00:00, paused: labels on by default there.
run --start T+10800 --camera overview -- F12 n F12 n F12 o a
shots=("$out"/pictures/Rendezvous/*.png)
[ "${#shots[@]}" = 3 ] || fail "${#shots[@]} screenshots, expected 3"
cmp -s "${shots[0]}" "${shots[1]}" && fail "N (labels off) did not change the 3D view"
cmp -s "${shots[0]}" "${shots[2]}" || fail "N twice did not give back the same picture"
[ "$(state overlays)" = "tracks,marker,labels,arrows" ] || fail "overlays $(state overlays) after O and A"
grep -q "^overlay_orbits = false$" "$settings" || fail "orbits choice not saved"
grep -q "^overlay_arrows = true$" "$settings" || fail "arrows choice not saved"
grep -q "^overlay_labels = true$" "$settings" || fail "labels choice (toggled twice: on) not saved"
grep -q "^overlay_ground_tracks = default$" "$settings" || fail "ground tracks should follow the camera"

# The choice holds in the chase camera and across runs; tracks follow the camera.
run -- 2
[ "$(state camera)" = chase ] || fail "camera $(state camera)"
[ "$(state overlays)" = "labels,arrows" ] || fail "overlays $(state overlays) in the chase camera"
# Ctrl+O: each camera's defaults again (the chase camera's: names only).
run -- ctrl+o
[ "$(state overlays)" = "labels" ] || fail "overlays $(state overlays) after Ctrl+O"
grep -q "^overlay_arrows = default$" "$settings" || fail "Ctrl+O not saved"
echo "ok: overlay keys, screenshots, settings"
