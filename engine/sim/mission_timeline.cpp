#include "sim/mission_timeline.h"

#include <algorithm>
#include <cmath>

namespace rv::sim {
namespace {

glm::dquat nlerp(const glm::dquat& a, glm::dquat b, double s) {
  if (glm::dot(a, b) < 0.0) b = -b;
  return glm::normalize(a * (1.0 - s) + b * s);
}

}  // namespace

MissionTimeline::MissionTimeline(TimelineData data, IssEphemeris iss)
    : m_d(std::move(data)), m_iss(std::move(iss)) {}

const MissionEvent* MissionTimeline::findEvent(std::string_view id) const {
  for (const MissionEvent& e : m_d.events) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

size_t MissionTimeline::storedSampleCount() const {
  size_t n = 0;
  for (const auto& t : m_d.tracks) n += t.size();
  return n;
}

std::optional<ObjectState> MissionTimeline::fromTrack(ObjectId id, double tickF) const {
  const std::vector<TrackSample>& track = m_d.tracks[static_cast<size_t>(id)];
  if (track.empty()) return std::nullopt;
  if (tickF < static_cast<double>(track.front().tick) ||
      tickF > static_cast<double>(track.back().tick))
    return std::nullopt;
  // Last sample with tick <= tickF (the later of two samples on one tick).
  auto it = std::upper_bound(track.begin(), track.end(), tickF, [](double t, const TrackSample& s) {
    return t < static_cast<double>(s.tick);
  });
  const size_t i = static_cast<size_t>(std::distance(track.begin(), it)) - 1;
  const TrackSample& a = track[i];
  ObjectState o;
  o.object = id;
  o.exists = true;
  o.massKg = a.massKg;
  o.accelTeme = a.accelTeme;
  o.thrustN = a.thrustN;
  o.thrusting = a.thrustN > 0.0;
  o.phase = a.phase;
  o.attitudeMode = a.attitudeMode;
  o.rateBodyRadS = a.rateBodyRadS;
  o.thrustDirBody = glm::dvec3(a.thrustDirBody);
  o.rcsMask = a.rcsMask;
  o.enginesFiring = a.enginesFiring;
  o.ambientPressurePa = a.ambientPressurePa;
  if (i + 1 >= track.size() || tickF == static_cast<double>(a.tick)) {
    o.posTeme = a.posTeme;
    o.velTeme = a.velTeme;
    o.attitudeTeme = a.attitudeTeme;
    return o;
  }
  const TrackSample& b = track[i + 1];
  const double spanTicks = static_cast<double>(b.tick - a.tick);
  const double h = spanTicks * m_d.stepS;
  const double s = (tickF - static_cast<double>(a.tick)) / spanTicks;
  const double s2 = s * s;
  const double s3 = s2 * s;
  // Cubic Hermite basis and its derivative.
  const double h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
  const double h10 = s3 - 2.0 * s2 + s;
  const double h01 = -2.0 * s3 + 3.0 * s2;
  const double h11 = s3 - s2;
  const double d00 = 6.0 * s2 - 6.0 * s;
  const double d10 = 3.0 * s2 - 4.0 * s + 1.0;
  const double d01 = -6.0 * s2 + 6.0 * s;
  const double d11 = 3.0 * s2 - 2.0 * s;
  o.posTeme = h00 * a.posTeme + (h10 * h) * a.velTeme + h01 * b.posTeme + (h11 * h) * b.velTeme;
  o.velTeme =
      (d00 * a.posTeme + (d10 * h) * a.velTeme + d01 * b.posTeme + (d11 * h) * b.velTeme) / h;
  o.attitudeTeme = nlerp(a.attitudeTeme, b.attitudeTeme, s);
  o.massKg = a.massKg + (b.massKg - a.massKg) * s;
  return o;
}

ObjectState MissionTimeline::issState(double utcS) const {
  ObjectState o;
  o.object = ObjectId::Iss;
  o.exists = true;
  const StateVector s = m_iss.state(utcS);
  o.posTeme = s.posTeme;
  o.velTeme = s.velTeme;
  o.attitudeTeme = m_iss.attitudeFromState(s);
  o.massKg = m_iss.config().massKg;
  o.phase = Phase::Orbit;
  return o;
}

ObjectState MissionTimeline::dockedSoyuz(double utcS) const {
  ObjectState o;
  o.object = ObjectId::Soyuz;
  o.exists = true;
  const StateVector s = m_iss.state(utcS);
  const DockingPort p = m_iss.portFromState(s);
  o.posTeme = p.posTeme;
  o.velTeme = p.velTeme;
  o.attitudeTeme = glm::normalize(m_iss.attitudeFromState(s) * m_d.soyuzFromIssBody);
  o.massKg = m_d.soyuzDockedMassKg;
  o.phase = Phase::Docked;
  return o;
}

ObjectState MissionTimeline::objectState(ObjectId id, double utcS) const {
  if (id == ObjectId::Iss) return issState(utcS);
  double tickF = (utcS - m_d.epochUtcS) / m_d.stepS;
  // A time meant to be on a tick (utcOfTick) lands on it despite rounding.
  if (const double r = std::round(tickF); std::abs(tickF - r) < 1e-4) tickF = r;
  if (id == ObjectId::Soyuz && m_d.contactTick && tickF >= static_cast<double>(*m_d.contactTick))
    return dockedSoyuz(utcS);

  const size_t idx = static_cast<size_t>(id);
  const bool isStack = id == ObjectId::Stack;
  if (!isStack && tickF < static_cast<double>(m_d.separationTick[idx])) {
    // Still part of the launch stack: the stack's pose, the piece's mass.
    auto stack = fromTrack(ObjectId::Stack, tickF);
    if (!stack) return ObjectState{id};
    ObjectState o = *stack;
    o.object = id;
    o.attached = true;
    o.phase = Phase::Attached;
    const auto& stackTrack = m_d.tracks[static_cast<size_t>(ObjectId::Stack)];
    auto it = std::upper_bound(
        stackTrack.begin(), stackTrack.end(), tickF,
        [](double t, const TrackSample& s) { return t < static_cast<double>(s.tick); });
    const size_t i = static_cast<size_t>(std::distance(stackTrack.begin(), it)) - 1;
    o.massKg = m_d.stackPieceMassKg[i][idx];
    if (id == ObjectId::Soyuz) {
      o.posTeme += o.attitudeTeme * m_d.probeTipInStackM;
      o.thrustN = 0.0;
      o.thrusting = false;
      o.enginesFiring = 0;
      o.thrustDirBody = glm::dvec3(0.0);
    }
    return o;
  }
  if (auto o = fromTrack(id, tickF)) return *o;
  ObjectState gone;
  gone.object = id;
  return gone;
}

Phase MissionTimeline::phaseDuringStep(ObjectId id, double utcS) const {
  double tickF = (utcS - m_d.epochUtcS) / m_d.stepS;
  if (const double r = std::round(tickF); std::abs(tickF - r) < 1e-4) tickF = r;
  const auto stepEnd = static_cast<int64_t>(std::floor(tickF)) + 1;
  if (stepEnd > m_d.endTick) return objectState(id, utcS).phase;
  return objectState(id, utcOfTick(stepEnd)).phase;
}

MissionFrame MissionTimeline::frame(double utcS) const {
  MissionFrame f;
  f.utcS = utcS;
  f.metS = utcS - m_d.liftoffUtcS;
  for (int i = 0; i < kObjectCount; ++i) {
    f.objects[static_cast<size_t>(i)] = objectState(static_cast<ObjectId>(i), utcS);
  }
  return f;
}

}  // namespace rv::sim
