#pragma once
// The whole mission, simulated once on load (mission_simulation.h) and kept
// as stored states, so that any instant can be looked up in O(log n):
//  - each object has a track of states on the fixed step grid (every
//    sample_every_steps steps, plus every step where something happened to it);
//  - between two stored states, position and velocity come from the cubic
//    Hermite polynomial through both states' positions and velocities (the
//    same order as the integrator's local error); attitude is normalised-lerp,
//    mass linear, thrust and phase held from the earlier state;
//  - a velocity jump (separation push, docking contact) is stored as two
//    states on the same tick, so nothing is interpolated across it;
//  - the ISS, and the Soyuz once docked, are evaluated exactly at the query
//    time from SGP4 (iss_ephemeris.h), not stored.
// A query is a pure function of the stored data and the time: seeking,
// playing forward and playing backward give bit-identical states.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/iss_ephemeris.h"
#include "sim/mission_events.h"
#include "sim/mission_objects.h"

namespace rv::sim {

struct TrackSample {
  int64_t tick = 0;
  glm::dvec3 posTeme{0.0};
  glm::dvec3 velTeme{0.0};
  glm::dquat attitudeTeme{1.0, 0.0, 0.0, 0.0};
  double massKg = 0.0;
  glm::dvec3 accelTeme{0.0};
  double thrustN = 0.0;
  Phase phase = Phase::Prelaunch;
  AttitudeMode attitudeMode = AttitudeMode::Guided;
  glm::dvec3 rateBodyRadS{0.0};
  glm::vec3 thrustDirBody{0.0f};
  uint16_t rcsMask = 0;
  uint8_t enginesFiring = 0;
  double ambientPressurePa = 0.0;
};

// Figures the simulation measures at contact (probe tip against the port).
struct DockingFigures {
  double contactUtcS = 0.0;           // interpolated inside the step
  double closingSpeedMs = 0.0;        // along the port axis
  double lateralMissM = 0.0;          // probe tip off the port axis
  glm::dvec3 probeRelPortBodyM{0.0};  // probe tip minus port centre, ISS body frame
  double misalignmentDeg = 0.0;       // Soyuz attitude against the docking attitude
  bool manual = false;                // flown by the commander (Kurs failed)
};

// Delta-v of one planned burn, measured as flown (thrust over mass).
struct BurnDeltaV {
  std::string id;
  double dvMs = 0.0;
};

// Everything the simulation hands to the timeline.
struct TimelineData {
  double epochUtcS = 0.0;  // tick 0
  double stepS = 0.1;
  int64_t endTick = 0;
  double liftoffUtcS = 0.0;
  std::array<std::vector<TrackSample>, kObjectCount> tracks;
  // Masses of the attached pieces, one entry per stack sample.
  std::vector<std::array<double, kObjectCount>> stackPieceMassKg;
  std::array<int64_t, kObjectCount> separationTick{};  // first tick on its own track
  std::optional<int64_t> contactTick;                  // Soyuz docked from here on
  std::optional<DockingFigures> docking;
  glm::dvec3 probeTipInStackM{0.0};
  glm::dquat soyuzFromIssBody{1.0, 0.0, 0.0, 0.0};  // docked Soyuz body -> ISS body
  double soyuzDockedMassKg = 0.0;
  std::vector<BurnDeltaV> soyuzDeltaV;  // the phasing burns, in order
  // Delta-v of the thrusters in each proximity phase (indexed by Phase):
  // the automaton's braking and corrections, the fly-around, the pilot.
  std::array<double, kPhaseCount> proximityDeltaVMs{};
  std::vector<MissionEvent> events;
};

class MissionTimeline {
 public:
  MissionTimeline(TimelineData data, IssEphemeris iss);

  double startUtcS() const { return m_d.epochUtcS; }
  double endUtcS() const { return utcOfTick(m_d.endTick); }
  double liftoffUtcS() const { return m_d.liftoffUtcS; }
  double stepS() const { return m_d.stepS; }
  double utcOfTick(int64_t tick) const {
    return m_d.epochUtcS + static_cast<double>(tick) * m_d.stepS;
  }

  ObjectState objectState(ObjectId id, double utcS) const;
  MissionFrame frame(double utcS) const;
  // The phase an object flies during the step that holds utcS. The
  // automaton decides at a step's start, where the event is stamped, and
  // the sample at the step's end carries the new phase; so at an event's own
  // time objectState() still says the phase before it, and this says the
  // phase the event begins (what a readout shows after a jump to it).
  Phase phaseDuringStep(ObjectId id, double utcS) const;

  const std::vector<MissionEvent>& events() const { return m_d.events; }
  const MissionEvent* findEvent(std::string_view id) const;
  const IssEphemeris& iss() const { return m_iss; }
  const TimelineData& data() const { return m_d; }
  size_t storedSampleCount() const;

 private:
  std::optional<ObjectState> fromTrack(ObjectId id, double tickF) const;
  ObjectState issState(double utcS) const;
  ObjectState dockedSoyuz(double utcS) const;

  TimelineData m_d;
  IssEphemeris m_iss;
};

}  // namespace rv::sim
