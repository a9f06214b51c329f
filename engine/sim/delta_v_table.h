#pragma once
// The Soyuz's delta-v as flown, for `rendezvous events --delta-v` and the
// README: each phasing burn of the S5.80, then the DPO-B thrusters' share in
// each proximity phase (the Kurs's braking and corrections, the fly-around,
// station-keeping, the final approach, the manual approach), and the total.
// Delta-v is thrust over mass integrated over the flight (what an
// accelerometer adds up), not a planned figure.
#include <string>

#include "sim/mission_timeline.h"

namespace rv::sim {

std::string formatDeltaVTable(const TimelineData& data);

}  // namespace rv::sim
