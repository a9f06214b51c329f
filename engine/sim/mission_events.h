#pragma once
// Mission events as the simulation finds them (burn-outs, separations,
// burns, contact...), and their text and JSON tables.

#include <string>
#include <vector>

namespace rv::sim {

struct MissionEvent {
  std::string id;       // stable: "liftoff", "booster_sep", "burn_1", "contact"...
  std::string name;     // for people: "Booster separation"
  double utcS = 0.0;    // UTC seconds since J2000
  double metS = 0.0;    // seconds from lift-off
  std::string caption;  // one or two sentences for a class
  // Where it happened on the ground, for events with a place (stage
  // impacts): WGS-84 geodetic, degrees.
  bool hasPlace = false;
  double latDeg = 0.0;
  double lonDeg = 0.0;
};

// Fixed-width table: UTC, T+, id, name (captions are left out).
std::string formatEventTable(const std::vector<MissionEvent>& events);
// JSON array of {"id","name","utc","met_s","caption"}, plus "lat_deg" and
// "lon_deg" for events with a place; utc as ISO-8601 with milliseconds and
// Z; met_s with millisecond precision.
std::string formatEventJson(const std::vector<MissionEvent>& events);
// "T+00:08:48.3" / "T-00:05:00.0".
std::string formatMet(double metS);

}  // namespace rv::sim
