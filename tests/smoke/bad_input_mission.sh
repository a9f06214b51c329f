#!/usr/bin/env bash
# Bad mission files through the real binary (`--mission FILE events`, export,
# render, the window): exit 2 and "file:line:column: key: what was expected",
# or a warning naming the key and line when the file still loads; a mission
# that never reaches orbit says so and never prints NaN. The loader's own
# cases are in tests/unit/sim/mission_config_test.cpp.
# Usage: bad_input_mission.sh RENDEZVOUS OUTDIR [PNG_STATS]
source "$(dirname "$0")/bad_input_lib.bash" "$@"
rm -rf "${out:?}"/*

# Not a mission file at all.
: >"$out/empty.toml"
check "empty file" 2 "^rendezvous: $out/empty.toml:1:1: name: missing key; expected a string$" -- \
  "$bin" --mission "$out/empty.toml" events
printf 'Soyuz MS-19 launches at 08:55 UTC\n' >"$out/prose.toml"
check "not TOML (prose)" 2 "$out/prose.toml:1:[0-9]+: TOML syntax error" -- "$bin" --mission "$out/prose.toml" events
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe' >"$out/binary.toml"
check "not TOML (binary)" 2 "$out/binary.toml:1:[0-9]+: TOML syntax error" -- "$bin" --mission "$out/binary.toml" events
# Every command reports it the same way, before any window or GL.
for cmd in "render -o $out/x.png" "record --from T-1 --to T+1 --size 64x36 -o $out/x.mp4" "export -o $out/x.csv" ""; do
  name=${cmd%% *}
  # shellcheck disable=SC2086 # the words of the command
  check "empty file: ${name:-window}" 2 "^rendezvous: (record: )?$out/empty.toml:1:1: name: missing key" -- \
    "$bin" --mission "$out/empty.toml" $cmd
done
absent "empty file" "$out/x.png"
absent "empty file" "$out/x.mp4"
absent "empty file" "$out/x.csv"
check "mission is a folder" 2 "--mission: File is actually a directory" -- "$bin" --mission "$out" events
check "mission file missing" 2 "File does not exist" -- "$bin" --mission "$out/none.toml" events

# Wrong type, missing key: the place and the key.
f=$(edited wrongtype 's/^thrust_vac_n = 2950.0/thrust_vac_n = "lots"/')
check "wrong type" 2 "$f:$(line_of "$f" '"lots"'):[0-9]+: spacecraft.main_engine.thrust_vac_n: expected a number, found a string" -- \
  "$bin" --mission "$f" events
f=$(edited missing '/^isp_vac_s = 302.0/d')
check "missing key" 2 "$f:$(line_of "$f" '[spacecraft.main_engine]'):[0-9]+: spacecraft.main_engine.isp_vac_s: missing key" -- \
  "$bin" --mission "$f" events

# Unknown key: a warning with its line, and the mission still loads.
f=$(edited unknown 's/^isp_vac_s = 302.0/isp_vac_s = 302.0\nisp_vacc_s = 310.0/')
check "unknown key warns" 0 "^rendezvous: warning: $f:$(line_of "$f" isp_vacc_s):1: spacecraft.main_engine.isp_vacc_s: unknown key, ignored$" -- \
  "$bin" --mission "$f" events
stdout_has "unknown key still loads" "contact +Contact: docking to Rassvet"

# Masses and figures out of range; nan and inf literals.
f=$(edited negmass 's/^dry_mass_kg = 3815.0/dry_mass_kg = -3815.0/')
check "negative mass" 2 "$f:$(line_of "$f" '-3815.0'):[0-9]+: vehicle.booster.dry_mass_kg: expected a number greater than 0, found -3815$" -- \
  "$bin" --mission "$f" events
f=$(edited zeromass '/^\[spacecraft\]/,/^\[/s/^mass_kg = [0-9.]*/mass_kg = 0/')
check "zero mass" 2 "$f:$(line_of "$f" 'mass_kg = 0 '):[0-9]+: spacecraft.mass_kg: expected a number greater than 0, found 0$" -- \
  "$bin" --mission "$f" events
f=$(edited nan 's/^dry_mass_kg = 3815.0/dry_mass_kg = nan/')
check "nan" 2 "$f:$(line_of "$f" '= nan'):[0-9]+: vehicle.booster.dry_mass_kg: expected a finite number, found nan$" -- \
  "$bin" --mission "$f" events
f=$(edited inf 's/^thrust_vac_n = 2950.0/thrust_vac_n = inf/')
check "inf" 2 "$f:$(line_of "$f" '= inf'):[0-9]+: spacecraft.main_engine.thrust_vac_n: expected a finite number, found inf$" -- \
  "$bin" --mission "$f" events
f=$(edited zerothrust 's/^thrust_vac_n = 2950.0/thrust_vac_n = 0.0/')
check "zero thrust" 2 "spacecraft.main_engine.thrust_vac_n: expected a number greater than 0, found 0$" -- \
  "$bin" --mission "$f" events

# Launch years from the ISS elements: refused (SGP4 cannot say where the
# station is); days away: a warning, and it still flies.
f=$(edited y2031 's/"2021-10-0/"2031-10-0/')
check "launch in 2031" 2 "$f:$(line_of "$f" liftoff_utc):[0-9]+: launch.liftoff_utc: 2031-10-05T08:55:02Z is 3653 days after the epoch of the ISS elements .*within 30 days of the launch$" -- \
  "$bin" --mission "$f" events
f=$(edited ten_days 's/"2021-10-05T/"2021-10-15T/')
check "launch 10 days later warns" 0 "^rendezvous: warning: $f:$(line_of "$f" liftoff_utc):[0-9]+: launch.liftoff_utc: .* is 11 days after the epoch" -- \
  "$bin" --mission "$f" events
stdout_has "launch 10 days later still flies" "spacecraft_sep"
f=$(edited liftoff_only 's/^liftoff_utc = "2021-10-05T/liftoff_utc = "2021-10-25T/')
check "hatch before the launch" 2 "proximity.manual_control_utc: expected a time less than 3 days after launch.liftoff_utc" -- \
  "$bin" --mission "$f" events

# Never reaches orbit: one event says so, no rendezvous, no NaN anywhere.
f=$(edited short 's/^propellant_kg = 22890.0/propellant_kg = 2000.0/')
check "orbit not reached: events" 0 "" -- "$bin" --mission "$f" events
stdout_has "orbit not reached: events" "orbit_not_reached +Orbit not reached"
stdout_lacks "orbit not reached: events" "nan|inf|spacecraft_sep|contact"
check "orbit not reached: json" 0 "" -- "$bin" --mission "$f" events --json
stdout_has "orbit not reached: json" '"caption": "The third stage runs out of propellant .*no rendezvous is flown\."'
check "orbit not reached: export" 0 "wrote $out/short.csv" -- \
  "$bin" --mission "$f" export --from T-10 --to T+13000 --step 5 -o "$out/short.csv"
if grep -qiE 'nan|inf' "$out/short.csv"; then
  echo "FAIL: orbit not reached: export CSV has NaN: $(grep -m1 -iE 'nan|inf' "$out/short.csv")"; fail=1
fi
grep -q ',stack,impacted,' "$out/short.csv" || { echo "FAIL: orbit not reached: the stack never lands in the CSV"; fail=1; }
check "orbit not reached: export to contact" 2 "'contact' is not a time or a known event; events are: .*orbit_not_reached" -- \
  "$bin" --mission "$f" export --to contact -o "$out/short2.csv"
absent "orbit not reached: export to contact" "$out/short2.csv"
check "orbit not reached: render after impact" 0 "wrote $out/short.png" -- \
  "$bin" --mission "$f" render --time T+3600 --camera chase --size 64x36 -o "$out/short.png"
f=$(edited weak 's/^thrust_vac_n = 1020000.0/thrust_vac_n = 1.0/; s/^thrust_sl_n = 839000.0/thrust_sl_n = 1.0/; s/^thrust_vac_n = 985800.0/thrust_vac_n = 1.0/; s/^thrust_sl_n = 792400.0/thrust_sl_n = 1.0/')
check "no lift-off: events" 0 "" -- "$bin" --mission "$f" events
stdout_has "no lift-off: events" "orbit_not_reached +Orbit not reached"
stdout_lacks "no lift-off: events" "nan|liftoff"
check "no lift-off: json says why" 0 "" -- "$bin" --mission "$f" events --json
stdout_has "no lift-off: json says why" "does not lift off"
if command -v Xvfb >/dev/null; then
  check "orbit not reached: window" 0 "frames at" -- "$(dirname "$0")/../../scripts/with-xvfb.sh" 640x480x24 \
    "$bin" --mission "$out/short.toml" --start T+600 --window-size 320x180 --exit-after-frames 3
else
  skip "orbit not reached: window" "no Xvfb"
fi
finish
