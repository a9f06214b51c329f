#include "sim/mission_config.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "astro/time_scales.h"
#include "astro/tle.h"
#include "base/digest.h"
#include "base/file_io.h"

namespace rv::sim {
namespace {

std::string fmtNumber(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// Reads typed values out of the parsed TOML and records the first problem
// with the place it was found. Every accessor returns a default after an
// error so that loading can run to the end and report just the first one.
class Reader {
 public:
  explicit Reader(std::string file) : m_file(std::move(file)) {}

  bool failed() const { return !m_error.empty(); }
  const std::string& error() const { return m_error; }
  const std::vector<std::string>& warnings() const { return m_warnings; }

  const toml::table* table(const toml::table& parent, std::string_view key,
                           const std::string& path) {
    const toml::node* n = find(parent, key, path, "a table");
    if (!n) return nullptr;
    if (const toml::table* t = n->as_table()) return t;
    fail(*n, path, key, "a table");
    return nullptr;
  }

  const toml::array* array(const toml::table& parent, std::string_view key,
                           const std::string& path) {
    const toml::node* n = find(parent, key, path, "an array");
    if (!n) return nullptr;
    if (const toml::array* a = n->as_array()) return a;
    fail(*n, path, key, "an array");
    return nullptr;
  }

  double number(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "a number");
    if (!n) return 0.0;
    return numberOf(*n, path, key);
  }

  // A number that must be > 0 (masses, thrusts, specific impulses): zero or
  // less would divide by zero or fly backwards in the simulation.
  double positive(const toml::table& parent, std::string_view key, const std::string& path) {
    const double v = number(parent, key, path);
    if (!failed() && !(v > 0.0)) failRange(parent, key, path, "a number greater than 0", v);
    return v;
  }

  double nonNegative(const toml::table& parent, std::string_view key, const std::string& path) {
    const double v = number(parent, key, path);
    if (!failed() && !(v >= 0.0)) failRange(parent, key, path, "a number >= 0", v);
    return v;
  }

  double between(const toml::table& parent, std::string_view key, const std::string& path,
                 double lo, double hi) {
    const double v = number(parent, key, path);
    if (!failed() && !(v >= lo && v <= hi)) {
      std::ostringstream want;
      want << "a number from " << lo << " to " << hi;
      failRange(parent, key, path, want.str(), v);
    }
    return v;
  }

  // A value of the right type but out of range: names the value's place.
  void failRange(const toml::table& parent, std::string_view key, const std::string& path,
                 const std::string& expected, double found) {
    std::ostringstream f;
    f << found;
    failFound(*parent.get(key), path, key, expected, f.str());
  }

  int integer(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "an integer");
    if (!n) return 0;
    if (const auto* v = n->as_integer()) return static_cast<int>(v->get());
    fail(*n, path, key, "an integer");
    return 0;
  }

  bool boolean(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "true or false");
    if (!n) return false;
    if (const auto* v = n->as_boolean()) return v->get();
    fail(*n, path, key, "true or false");
    return false;
  }

  std::string string(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "a string");
    if (!n) return {};
    if (const auto* v = n->as_string()) return v->get();
    fail(*n, path, key, "a string");
    return {};
  }

  double utc(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "an ISO-8601 UTC time string");
    if (!n) return 0.0;
    const auto* v = n->as_string();
    std::string why;
    if (v) {
      const auto t = astro::parseIsoUtc(v->get());
      if (t) return *t;
      why = t.error().message;
    }
    fail(*n, path, key,
         "an ISO-8601 UTC time string such as \"2021-10-05T08:55:02.442Z\"" +
             (why.empty() ? std::string() : " (" + why + ")"));
    return 0.0;
  }

  glm::dvec3 vec3(const toml::table& parent, std::string_view key, const std::string& path) {
    const toml::node* n = find(parent, key, path, "an array of 3 numbers");
    if (!n) return glm::dvec3(0.0);
    const toml::array* a = n->as_array();
    if (!a || a->size() != 3) {
      fail(*n, path, key, "an array of 3 numbers");
      return glm::dvec3(0.0);
    }
    glm::dvec3 out(0.0);
    for (int i = 0; i < 3; ++i) out[i] = numberOf(*a->get(static_cast<size_t>(i)), path, key);
    return out;
  }

  double numberOf(const toml::node& n, const std::string& path, std::string_view key) {
    if (const auto* f = n.as_floating_point()) {
      // TOML has nan and inf literals; no figure of a mission is either.
      if (!std::isfinite(f->get()))
        failFound(n, path, key, "a finite number", std::isnan(f->get()) ? "nan" : "inf");
      return std::isfinite(f->get()) ? f->get() : 0.0;
    }
    if (const auto* i = n.as_integer()) return static_cast<double>(i->get());
    fail(n, path, key, "a number");
    return 0.0;
  }

  void fail(const toml::node& n, const std::string& path, std::string_view key,
            const std::string& expected) {
    failFound(n, path, key, expected, typeName(n));
  }

  void failFound(const toml::node& n, const std::string& path, std::string_view key,
                 const std::string& expected, const std::string& found) {
    if (failed()) return;
    m_error = where(n) + qualified(path, key) + ": expected " + expected + ", found " + found;
  }

  // "file:line:column: " of a node.
  std::string where(const toml::node& n) const {
    std::ostringstream s;
    s << fileOf(n.source()) << ':' << n.source().begin.line << ':' << n.source().begin.column
      << ": ";
    return s.str();
  }

  void failMessage(const std::string& message) {
    if (!failed()) m_error = message;
  }

  void warn(const toml::node& n, const std::string& text) { m_warnings.push_back(where(n) + text); }

  // Keys present in the file that no accessor asked for: a misspelt key
  // would otherwise be silently ignored and its default used in its place.
  void warnUnknownKeys(const toml::table& t, const std::string& path) {
    for (const auto& [k, node] : t) {
      const std::string key(k.str());
      const std::string full = qualified(path, key);
      if (!m_seen.count({&t, key})) {
        m_warnings.push_back(fileOf(k.source()) + ':' + std::to_string(k.source().begin.line) +
                             ':' + std::to_string(k.source().begin.column) + ": " + full +
                             ": unknown key, ignored");
        continue;
      }
      if (const toml::table* sub = node.as_table()) warnUnknownKeys(*sub, full);
      if (const toml::array* a = node.as_array()) {
        for (const toml::node& e : *a) {
          if (const toml::table* sub = e.as_table()) warnUnknownKeys(*sub, full);
        }
      }
    }
  }

 private:
  const toml::node* find(const toml::table& parent, std::string_view key, const std::string& path,
                         const std::string& expected) {
    if (failed()) return nullptr;
    m_seen.insert({&parent, std::string(key)});
    const toml::node* n = parent.get(key);
    if (n) return n;
    std::ostringstream s;
    s << fileOf(parent.source()) << ':' << parent.source().begin.line << ':'
      << parent.source().begin.column << ": " << qualified(path, key) << ": missing key; expected "
      << expected;
    if (!path.empty()) s << " in table [" << path << "]";
    m_error = s.str();
    return nullptr;
  }

  // A mission file built on a base file (key "base") holds nodes of both.
  std::string fileOf(const toml::source_region& where) const {
    return where.path && !where.path->empty() ? *where.path : m_file;
  }

  static std::string qualified(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  static const char* typeName(const toml::node& n) {
    switch (n.type()) {
      case toml::node_type::table:
        return "a table";
      case toml::node_type::array:
        return "an array";
      case toml::node_type::string:
        return "a string";
      case toml::node_type::integer:
        return "an integer";
      case toml::node_type::floating_point:
        return "a floating-point number";
      case toml::node_type::boolean:
        return "a boolean";
      default:
        return "a date/time";
    }
  }

  std::string m_file;
  std::string m_error;
  std::vector<std::string> m_warnings;
  std::set<std::pair<const toml::table*, std::string>> m_seen;  // keys asked for
};

EngineConfig readEngine(Reader& r, const toml::table& t, const std::string& path) {
  EngineConfig e;
  e.name = r.string(t, "name", path);
  e.count = r.integer(t, "count", path);
  if (!r.failed() && e.count < 1) r.failRange(t, "count", path, "an integer >= 1", e.count);
  e.thrustVacN = r.positive(t, "thrust_vac_n", path);
  e.thrustSlN = r.nonNegative(t, "thrust_sl_n", path);
  e.ispVacS = r.positive(t, "isp_vac_s", path);
  return e;
}

StageConfig readStage(Reader& r, const toml::table& root, const std::string& path,
                      std::string_view key) {
  StageConfig s;
  s.id = std::string(key);
  const toml::table* t = r.table(root, key, "vehicle");
  if (!t) return s;
  s.dryMassKg = r.positive(*t, "dry_mass_kg", path);
  s.propellantKg = r.nonNegative(*t, "propellant_kg", path);
  s.residualKg = r.nonNegative(*t, "residual_kg", path);
  s.auxPropellantKg = r.nonNegative(*t, "aux_propellant_kg", path);
  s.auxResidualKg = r.nonNegative(*t, "aux_residual_kg", path);
  s.ignitionMetS = r.number(*t, "ignition_met_s", path);
  s.shutdownReserveKg = r.nonNegative(*t, "shutdown_reserve_kg", path);
  s.shutdownLevel = r.between(*t, "shutdown_level", path, 0.0, 1.0);
  s.separationDelayS = r.nonNegative(*t, "separation_delay_s", path);
  s.separationSpeedMs = r.number(*t, "separation_speed_ms", path);
  s.separationRateDegS = r.vec3(*t, "separation_rate_dps", path);
  s.dragAreaM2 = r.nonNegative(*t, "drag_area_m2", path);
  s.dragCd = r.nonNegative(*t, "drag_cd", path);
  if (const toml::table* e = r.table(*t, "engine", path))
    s.engine = readEngine(r, *e, path + ".engine");
  if (const toml::array* a = r.array(*t, "throttle", path)) {
    for (const toml::node& n : *a) {
      const toml::array* pair = n.as_array();
      if (!pair || pair->size() != 2) {
        r.fail(n, path, "throttle", "[met_s, level] pairs");
        break;
      }
      s.throttle.push_back({r.numberOf(*pair->get(0), path, "throttle"),
                            r.numberOf(*pair->get(1), path, "throttle")});
      const size_t k = s.throttle.size();
      if (k > 1 && !(s.throttle[k - 1].metS > s.throttle[k - 2].metS))
        r.failFound(
            n, path, "throttle", "points in increasing met_s",
            fmtNumber(s.throttle[k - 1].metS) + " after " + fmtNumber(s.throttle[k - 2].metS));
    }
  }
  return s;
}

JettisonConfig readJettison(Reader& r, const toml::table& root, std::string_view key) {
  JettisonConfig j;
  j.id = std::string(key);
  const std::string path = "vehicle." + std::string(key);
  const toml::table* t = r.table(root, key, "vehicle");
  if (!t) return j;
  j.massKg = r.positive(*t, "mass_kg", path);
  j.metS = r.number(*t, "jettison_met_s", path);
  j.separationSpeedMs = r.number(*t, "separation_speed_ms", path);
  j.separationRateDegS = r.vec3(*t, "separation_rate_dps", path);
  j.dragAreaM2 = r.nonNegative(*t, "drag_area_m2", path);
  j.dragCd = r.nonNegative(*t, "drag_cd", path);
  return j;
}

SpacecraftAttitudeConfig readSpacecraftAttitude(Reader& r, const toml::table& t) {
  const std::string path = "spacecraft.attitude";
  SpacecraftAttitudeConfig a;
  a.inertiaKgM2 = r.vec3(t, "inertia_kg_m2", path);
  if (!r.failed() && !(a.inertiaKgM2.x > 0.0 && a.inertiaKgM2.y > 0.0 && a.inertiaKgM2.z > 0.0))
    r.failFound(*t.get("inertia_kg_m2"), path, "inertia_kg_m2", "three moments greater than 0",
                "a moment <= 0");
  a.comBehindProbeTipM = r.nonNegative(t, "com_behind_probe_tip_m", path);
  a.coupleArmM = r.vec3(t, "couple_arm_m", path);
  a.coupleThrusters = r.integer(t, "couple_thrusters", path);
  if (!r.failed() && a.coupleThrusters < 1)
    r.failRange(t, "couple_thrusters", path, "an integer >= 1", a.coupleThrusters);
  a.minPulseS = r.between(t, "min_pulse_s", path, 0.0, 1.0);
  a.maxSlewRateDegS = r.positive(t, "max_slew_rate_deg_s", path);
  a.slewLeadS = r.nonNegative(t, "slew_lead_s", path);
  a.burnAlignmentDeg = r.between(t, "burn_alignment_deg", path, 0.01, 45.0);
  return a;
}

KursConfig readKurs(Reader& r, const toml::table& t) {
  KursConfig k;
  k.initialClosingMs = r.positive(t, "initial_closing_ms", "kurs");
  if (const toml::array* a = r.array(t, "braking_gates", "kurs")) {
    for (const toml::node& n : *a) {
      const toml::array* pair = n.as_array();
      if (!pair || pair->size() != 2) {
        r.fail(n, "kurs", "braking_gates", "[range_m, closing_speed_ms] pairs");
        break;
      }
      const BrakingGate g{r.numberOf(*pair->get(0), "kurs", "braking_gates"),
                          r.numberOf(*pair->get(1), "kurs", "braking_gates")};
      if (!r.failed() && !k.gates.empty() && !(g.rangeM < k.gates.back().rangeM))
        r.failFound(n, "kurs", "braking_gates", "gates in falling range",
                    fmtNumber(g.rangeM) + " after " + fmtNumber(k.gates.back().rangeM));
      k.gates.push_back(g);
    }
  }
  k.flyaroundRangeM = r.positive(t, "flyaround_range_m", "kurs");
  k.flyaroundSpeedMs = r.positive(t, "flyaround_speed_ms", "kurs");
  k.alignToleranceRad =
      r.between(t, "align_tolerance_deg", "kurs", 0.01, 30.0) * 0.017453292519943295;
  k.stationkeepRangeM = r.positive(t, "stationkeep_range_m", "kurs");
  if (!r.failed() && !(k.stationkeepRangeM < k.flyaroundRangeM))
    r.failRange(t, "stationkeep_range_m", "kurs", "less than kurs.flyaround_range_m",
                k.stationkeepRangeM);
  k.stationkeepHoldS = r.nonNegative(t, "stationkeep_hold_s", "kurs");
  k.finalGainPerS = r.nonNegative(t, "final_gain_per_s", "kurs");
  k.contactSpeedMs = r.positive(t, "contact_speed_ms", "kurs");
  k.lateralGainPerS = r.positive(t, "lateral_gain_per_s", "kurs");
  k.deadbandMs = r.positive(t, "deadband_ms", "kurs");
  k.deadbandFraction = r.between(t, "deadband_fraction", "kurs", 0.0, 0.5);
  return k;
}

PilotConfig readPilot(Reader& r, const toml::table& t) {
  PilotConfig p;
  p.reactionS = r.nonNegative(t, "reaction_s", "pilot");
  p.backoffRangeM = r.nonNegative(t, "backoff_range_m", "pilot");
  p.backoffSpeedMs = r.positive(t, "backoff_speed_ms", "pilot");
  p.settleS = r.nonNegative(t, "settle_s", "pilot");
  p.alignLateralM = r.positive(t, "align_lateral_m", "pilot");
  p.alignSpeedMs = r.positive(t, "align_speed_ms", "pilot");
  p.maxClosingMs = r.positive(t, "max_closing_ms", "pilot");
  p.closingGainPerS = r.nonNegative(t, "closing_gain_per_s", "pilot");
  p.contactSpeedMs = r.positive(t, "contact_speed_ms", "pilot");
  p.lateralGainPerS = r.positive(t, "lateral_gain_per_s", "pilot");
  p.deadbandMs = r.positive(t, "deadband_ms", "pilot");
  return p;
}

// The ISS elements must parse, and their epoch must be near the launch: SGP4
// elements predict the station to a few km for a few days (drag, unannounced
// reboosts); weeks away, the station the Soyuz chases is not where it was, and
// years away SGP4 extrapolates a decayed orbit. A launch moved by days is a
// fair "what if" (warning); by more than kMaxElementAgeDays it is refused.
void checkElements(Reader& r, const toml::table& root, const toml::table& iss,
                   const MissionConfig& m) {
  constexpr double kWarnElementAgeDays = 3.0, kMaxElementAgeDays = 30.0;
  if (r.failed()) return;
  const auto tle = astro::parseTle(m.iss.tleLine1, m.iss.tleLine2);
  if (!tle) {
    r.failFound(*iss.get("tle_line1"), "iss", "tle_line1",
                "a valid two-line element set (tle_line1, tle_line2)", tle.error().message);
    return;
  }
  const double days = (m.launch.liftoffUtcS - tle->epochUtcS) / 86400.0;
  const toml::node* liftoff = root["launch"]["liftoff_utc"].node();
  if (std::abs(days) <= kWarnElementAgeDays || !liftoff) return;
  char text[320];
  std::snprintf(text, sizeof text,
                "launch.liftoff_utc: %s is %.0f days %s the epoch of the ISS elements (%s, "
                "iss.tle_line1 on line %u); SGP4 predicts the station well for a few days only",
                astro::formatIsoUtc(m.launch.liftoffUtcS, 0).c_str(), std::abs(days),
                days > 0 ? "after" : "before", astro::formatIsoUtc(tle->epochUtcS, 0).c_str(),
                iss.get("tle_line1")->source().begin.line);
  if (std::abs(days) > kMaxElementAgeDays) {
    r.failMessage(r.where(*liftoff) + text + "; give elements from within " +
                  std::to_string(static_cast<int>(kMaxElementAgeDays)) + " days of the launch");
  } else {
    r.warn(*liftoff, std::string(text) + "; the rendezvous is approximate");
  }
}

// [timeline]
void readTimeline(Reader& r, const toml::table* t, MissionConfig& m) {
  // Below 0.01 s the whole mission would take minutes to simulate on load.
  m.timeline.stepS = r.between(*t, "step_s", "timeline", 0.01, 10.0);
  m.timeline.sampleEverySteps = r.integer(*t, "sample_every_steps", "timeline");
  if (!r.failed() && m.timeline.sampleEverySteps < 1)
    r.failRange(*t, "sample_every_steps", "timeline", "an integer >= 1",
                m.timeline.sampleEverySteps);
  // Bounded so that a typo cannot make the simulation on load run for hours.
  m.timeline.startMetS = r.between(*t, "start_met_s", "timeline", -3600.0, 0.0);
  m.timeline.endAfterHatchS = r.between(*t, "end_after_hatch_s", "timeline", 0.0, 3600.0);
}

// [launch]
void readLaunch(Reader& r, const toml::table* t, MissionConfig& m) {
  LaunchConfig& l = m.launch;
  l.liftoffUtcS = r.utc(*t, "liftoff_utc", "launch");
  l.padLatDeg = r.number(*t, "pad_lat_deg", "launch");
  l.padLonDeg = r.number(*t, "pad_lon_deg", "launch");
  l.padHeightM = r.number(*t, "pad_height_m", "launch");
  l.pegStartMetS = r.number(*t, "closed_loop_start_met_s", "launch");
  l.targetPerigeeKm = r.number(*t, "target_perigee_km", "launch");
  l.targetApogeeKm = r.number(*t, "target_apogee_km", "launch");
  l.targetInclinationDeg = r.number(*t, "target_inclination_deg", "launch");
  if (const toml::array* a = r.array(*t, "pitch_program", "launch")) {
    for (const toml::node& n : *a) {
      const toml::array* pair = n.as_array();
      if (!pair || pair->size() != 2) {
        r.fail(n, "launch", "pitch_program", "[met_s, pitch_from_vertical_deg] pairs");
        break;
      }
      l.pitchProgram.push_back({r.numberOf(*pair->get(0), "launch", "pitch_program"),
                                r.numberOf(*pair->get(1), "launch", "pitch_program")});
      const size_t k = l.pitchProgram.size();
      if (k > 1 && !(l.pitchProgram[k - 1].metS > l.pitchProgram[k - 2].metS))
        r.failFound(n, "launch", "pitch_program", "points in increasing met_s",
                    fmtNumber(l.pitchProgram[k - 1].metS) + " after " +
                        fmtNumber(l.pitchProgram[k - 2].metS));
    }
    if (!r.failed() && l.pitchProgram.size() < 2)
      r.failFound(*a, "launch", "pitch_program",
                  "at least 2 [met_s, pitch_from_vertical_deg] points",
                  std::to_string(l.pitchProgram.size()));
  }
}

// [vehicle]
void readVehicle(Reader& r, const toml::table* t, MissionConfig& m) {
  LaunchVehicleConfig& v = m.vehicle;
  v.booster = readStage(r, *t, "vehicle.booster", "booster");
  v.core = readStage(r, *t, "vehicle.core", "core");
  v.third = readStage(r, *t, "vehicle.third_stage", "third_stage");
  v.les = readJettison(r, *t, "les");
  v.fairingHalf = readJettison(r, *t, "fairing_half");
  v.thirdIgnitionLeadS = r.number(*t, "third_ignition_lead_s", "vehicle");
  v.aftSkirtMassKg = r.nonNegative(*t, "aft_skirt_mass_kg", "vehicle");
  v.aftSkirtDelayS = r.nonNegative(*t, "aft_skirt_delay_s", "vehicle");
  v.stackDragAreaM2 = r.nonNegative(*t, "stack_drag_area_m2", "vehicle");
  v.upperStackDragAreaM2 = r.nonNegative(*t, "upper_stack_drag_area_m2", "vehicle");
  v.stackDragCd = r.nonNegative(*t, "stack_drag_cd", "vehicle");
}

// [spacecraft]
void readSpacecraft(Reader& r, const toml::table* t, MissionConfig& m) {
  SpacecraftConfig& s = m.spacecraft;
  s.massKg = r.positive(*t, "mass_kg", "spacecraft");
  s.propellantKg = r.nonNegative(*t, "propellant_kg", "spacecraft");
  if (!r.failed() && !(s.propellantKg < s.massKg))
    r.failRange(*t, "propellant_kg", "spacecraft", "less than spacecraft.mass_kg", s.propellantKg);
  s.dragAreaM2 = r.nonNegative(*t, "drag_area_m2", "spacecraft");
  s.dragCd = r.nonNegative(*t, "drag_cd", "spacecraft");
  s.probeTipInStackM = r.vec3(*t, "probe_tip_in_stack_m", "spacecraft");
  s.separationSpeedMs = r.number(*t, "separation_speed_ms", "spacecraft");
  if (const toml::table* e = r.table(*t, "main_engine", "spacecraft"))
    s.mainEngine = readEngine(r, *e, "spacecraft.main_engine");
  if (const toml::table* e = r.table(*t, "rcs", "spacecraft"))
    s.rcs = readEngine(r, *e, "spacecraft.rcs");
  if (const toml::table* a = r.table(*t, "attitude", "spacecraft"))
    s.attitude = readSpacecraftAttitude(r, *a);
}

// [iss]
void readIss(Reader& r, const toml::table* t, MissionConfig& m, const toml::table& root) {
  IssConfig& i = m.iss;
  i.tleLine1 = r.string(*t, "tle_line1", "iss");
  i.tleLine2 = r.string(*t, "tle_line2", "iss");
  i.massKg = r.positive(*t, "mass_kg", "iss");
  checkElements(r, root, *t, m);
  i.teaYawDeg = r.number(*t, "tea_yaw_deg", "iss");
  i.teaPitchDeg = r.number(*t, "tea_pitch_deg", "iss");
  i.teaRollDeg = r.number(*t, "tea_roll_deg", "iss");
  i.portPosBodyM = r.vec3(*t, "port_pos_body_m", "iss");
  i.portAxisBody = r.vec3(*t, "port_axis_body", "iss");
  if (!r.failed() && !(glm::length(i.portAxisBody) > 1e-9))  // normalised: a direction
    r.failFound(*t->get("port_axis_body"), "iss", "port_axis_body", "a non-zero direction",
                "[0, 0, 0]");
}

// [rendezvous]
void readRendezvous(Reader& r, const toml::table* t, MissionConfig& m) {
  RendezvousConfig& z = m.rendezvous;
  z.arriveMetS = r.number(*t, "arrive_met_s", "rendezvous");
  z.aimLvlhM = r.vec3(*t, "aim_lvlh_m", "rendezvous");
  z.deorbitReserveMs = r.number(*t, "deorbit_reserve_ms", "rendezvous");
  z.maxPlaneOffsetKm = r.number(*t, "max_plane_offset_km", "rendezvous");
  z.maxWaitOrbits = r.between(*t, "max_wait_orbits", "rendezvous", 0.0, 32.0);  // ~2 days
}

// [proximity]
void readProximity(Reader& r, const toml::table* t, MissionConfig& m) {
  ProximityConfig& p = m.proximity;
  p.kursFails = r.boolean(*t, "kurs_fails", "proximity");
  p.manualControlUtcS = r.utc(*t, "manual_control_utc", "proximity");
  p.hooksClosedDelayS = r.number(*t, "hooks_closed_delay_s", "proximity");
  p.hatchOpenUtcS = r.utc(*t, "hatch_open_utc", "proximity");
  p.maxContactSpeedMs = r.positive(*t, "max_contact_speed_ms", "proximity");
  p.maxLateralMissM = r.positive(*t, "max_lateral_miss_m", "proximity");
  p.maxMisalignmentDeg = r.positive(*t, "max_misalignment_deg", "proximity");
  // A launch moved to another day must move these too, or the mission
  // would end before it begins; the longest Soyuz profile is two days, and
  // the whole span is simulated and stored on load.
  constexpr double kMaxMissionS = 3.0 * 86400.0;
  for (auto [key, utcS] : {std::pair{"manual_control_utc", p.manualControlUtcS},
                           std::pair{"hatch_open_utc", p.hatchOpenUtcS}}) {
    if (!r.failed() &&
        !(utcS > m.launch.liftoffUtcS && utcS <= m.launch.liftoffUtcS + kMaxMissionS))
      r.failFound(*t->get(key), "proximity", key,
                  "a time less than 3 days after launch.liftoff_utc (" +
                      astro::formatIsoUtc(m.launch.liftoffUtcS, 0) + ")",
                  astro::formatIsoUtc(utcS, 0));
  }
}

// [[burn]]: the plans, and their tables (for the order checks, with their places).
std::vector<const toml::table*> readBurns(Reader& r, const toml::table& root, MissionConfig& m) {
  std::vector<const toml::table*> burnTables;
  if (const toml::array* a = r.array(root, "burn", "")) {
    if (!r.failed() && a->empty()) r.failFound(*a, "", "burn", "at least one [[burn]]", "none");
    for (const toml::node& n : *a) {
      const toml::table* t = n.as_table();
      if (!t) {
        r.fail(n, "", "burn", "an array of tables [[burn]]");
        break;
      }
      BurnPlan b;
      b.id = r.string(*t, "id", "burn");
      b.centerMetS = r.number(*t, "center_met_s", "burn");
      m.burns.push_back(b);
      burnTables.push_back(t);
    }
  }
  return burnTables;
}

// The burns in time order, none after the arrival at the station.
void checkBurnOrder(Reader& r, const MissionConfig& m,
                    const std::vector<const toml::table*>& burnTables) {
  for (size_t i = 0; i < m.burns.size() && !r.failed(); ++i) {
    const BurnPlan& b = m.burns[i];
    const toml::node& at = *burnTables[i]->get("center_met_s");
    const std::string key = "burn.center_met_s (burn " + b.id + ")";
    if (i > 0 && !(b.centerMetS > m.burns[i - 1].centerMetS))
      r.failMessage(r.where(at) + key + ": expected a time after the previous burn's (" +
                    fmtNumber(m.burns[i - 1].centerMetS) + "), found " + fmtNumber(b.centerMetS));
    else if (b.centerMetS > m.rendezvous.arriveMetS)
      r.failMessage(r.where(at) + key + ": expected a time not after rendezvous.arrive_met_s (" +
                    fmtNumber(m.rendezvous.arriveMetS) + "), found " + fmtNumber(b.centerMetS));
  }
}

void readLights(Reader& r, const toml::table& root, MissionConfig& m) {
  // Optional: without [lights] the lamps stay off.
  if (root.get("lights") != nullptr) {
    if (const toml::table* t = r.table(root, "lights", "")) {
      const auto lamp = [&](const char* prefix) {
        LampConfig l;
        const std::string p(prefix);
        l.halfAngleDeg = r.positive(*t, p + "_half_angle_deg", "lights");
        l.reachM = r.positive(*t, p + "_reach_m", "lights");
        l.intensity = r.positive(*t, p + "_intensity", "lights");
        return l;
      };
      m.lights.soyuzFloodlight = lamp("soyuz_floodlight");
      m.lights.portLight = lamp("port_light");
    }
  }
}

MissionConfig readMission(Reader& r, const toml::table& root) {
  MissionConfig m;
  m.name = r.string(root, "name", "");
  m.dut1S = r.number(root, "dut1_s", "");

  if (const toml::table* t = r.table(root, "timeline", "")) readTimeline(r, t, m);
  if (const toml::table* t = r.table(root, "launch", "")) readLaunch(r, t, m);
  if (const toml::table* t = r.table(root, "vehicle", "")) readVehicle(r, t, m);
  if (const toml::table* t = r.table(root, "spacecraft", "")) readSpacecraft(r, t, m);
  if (const toml::table* t = r.table(root, "iss", "")) readIss(r, t, m, root);
  const std::vector<const toml::table*> burnTables = readBurns(r, root, m);
  if (const toml::table* t = r.table(root, "rendezvous", "")) readRendezvous(r, t, m);
  checkBurnOrder(r, m, burnTables);
  if (const toml::table* t = r.table(root, "proximity", "")) readProximity(r, t, m);
  readLights(r, root, m);
  if (const toml::table* t = r.table(root, "kurs", "")) m.kurs = readKurs(r, *t);
  if (const toml::table* t = r.table(root, "pilot", "")) m.pilot = readPilot(r, *t);
  return m;
}

}  // namespace

namespace {

Result<toml::table> parseTable(const std::string& text, const std::string& sourceName) {
  try {
    return toml::parse(text, sourceName);
  } catch (const toml::parse_error& e) {
    std::ostringstream s;
    s << sourceName << ':' << e.source().begin.line << ':' << e.source().begin.column
      << ": TOML syntax error: " << e.description();
    return fail(s.str(), ErrorKind::kBadInput);
  }
}

Result<std::string> readText(const std::string& path) {
  return io::readFile(path, "mission file", io::kTextFileLimit);
}

Result<MissionConfig> readRoot(const toml::table& root, const std::string& sourceName) {
  Reader r(sourceName);
  MissionConfig m = readMission(r, root);
  if (r.failed()) return fail(r.error(), ErrorKind::kBadInput);
  r.warnUnknownKeys(root, "");
  m.warnings = r.warnings();
  m.sourcePath = sourceName;
  return m;
}

// readRoot, with the digest of the text(s) it was read from.
Result<MissionConfig> readRootWithDigest(const toml::table& root, const std::string& sourceName,
                                         std::uint64_t digest) {
  auto config = readRoot(root, sourceName);
  if (config) config->contentDigest = digest;
  return config;
}

// Lays `over` onto `base`: tables merge key by key; anything else (values,
// arrays, arrays of tables such as [[burn]]) replaces the base's. Nodes are
// moved, so each keeps the file and line it came from for messages.
void overlay(toml::table& base, toml::table& over) {
  for (auto&& [k, node] : over) {
    const std::string key(k.str());  // (clang 14 cannot capture a structured binding)
    toml::table* inBase = base.get_as<toml::table>(key);
    if (inBase && node.is_table()) {
      overlay(*inBase, *node.as_table());
      continue;
    }
    node.visit([&](auto&& n) { base.insert_or_assign(key, std::move(n)); });
  }
}

// A what-if file names the file it changes (`base = "soyuz-ms19.toml"`,
// relative to its own folder) and holds only what differs.
// `digest` takes in the base file's bytes.
Result<void> applyBase(toml::table& root, const std::string& path, std::uint64_t& digest) {
  const toml::node* b = root.get("base");
  if (!b) return {};
  const auto* name = b->as_string();
  const std::string here = path + ':' + std::to_string(b->source().begin.line) + ':' +
                           std::to_string(b->source().begin.column) + ": base: ";
  if (!name || name->get().empty())
    return fail(here + "expected the name of the mission file this one changes",
                ErrorKind::kBadInput);
  const size_t slash = path.find_last_of('/');
  const std::string basePath =
      (name->get().front() == '/' || slash == std::string::npos ? "" : path.substr(0, slash + 1)) +
      name->get();
  auto text = readText(basePath);
  if (!text) {
    Error e = text.takeError();
    e.message = here + e.message;
    return e;
  }
  digest = digest64(*text, digest);
  auto parsed = parseTable(*text, basePath);
  if (!parsed) return parsed.takeError();
  toml::table baseRoot = std::move(parsed).value();
  if (baseRoot.contains("base"))
    return fail(here + basePath + " has a base of its own; one level only", ErrorKind::kBadInput);
  root.erase("base");
  overlay(baseRoot, root);
  root = std::move(baseRoot);
  return {};
}

}  // namespace

Result<MissionConfig> parseMission(const std::string& text, const std::string& sourceName) {
  auto parsed = parseTable(text, sourceName);
  if (!parsed) return parsed.takeError();
  return readRootWithDigest(*parsed, sourceName, digest64(text));
}

Result<MissionConfig> loadMission(const std::string& path) {
  auto text = readText(path);
  if (!text) return text.takeError();
  auto parsed = parseTable(*text, path);
  if (!parsed) return parsed.takeError();
  std::uint64_t digest = digest64(*text);
  if (auto based = applyBase(*parsed, path, digest); !based) return based.takeError();
  return readRootWithDigest(*parsed, path, digest);
}

}  // namespace rv::sim
