#include "sim/timeline_codec.h"

#include <cstring>
#include <type_traits>

namespace rv::sim {
namespace {

constexpr std::string_view kTag = "rendezvous timeline 1\n";

class Writer {
 public:
  template <typename T>
  void put(const T& v) {
    static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
    const auto* p = reinterpret_cast<const char*>(&v);
    m_out.append(p, sizeof v);
  }
  void put(bool b) { put(static_cast<std::uint8_t>(b ? 1 : 0)); }
  void put(const glm::dvec3& v) { put(v.x), put(v.y), put(v.z); }
  void put(const glm::vec3& v) { put(v.x), put(v.y), put(v.z); }
  void put(const glm::dquat& q) { put(q.w), put(q.x), put(q.y), put(q.z); }
  void put(const std::string& s) {
    put(static_cast<std::uint64_t>(s.size()));
    m_out += s;
  }
  void raw(std::string_view s) { m_out += s; }
  std::string take() { return std::move(m_out); }

 private:
  std::string m_out;
};

// Reads what Writer wrote; after the first short read every get() fails.
class Reader {
 public:
  explicit Reader(std::string_view in) : m_in(in) {}
  template <typename T>
  bool get(T& v) {
    static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
    if (!m_ok || m_in.size() < sizeof v) return m_ok = false;
    std::memcpy(&v, m_in.data(), sizeof v);
    m_in.remove_prefix(sizeof v);
    return true;
  }
  // A byte that is 0 or 1 (any other value is no bool: refused).
  bool get(bool& b) {
    std::uint8_t v = 0;
    if (!get(v) || v > 1) return m_ok = false;
    b = v == 1;
    return true;
  }
  bool get(glm::dvec3& v) { return get(v.x) && get(v.y) && get(v.z); }
  bool get(glm::vec3& v) { return get(v.x) && get(v.y) && get(v.z); }
  bool get(glm::dquat& q) { return get(q.w) && get(q.x) && get(q.y) && get(q.z); }
  bool get(std::string& s) {
    std::uint64_t n = 0;
    if (!get(n) || n > m_in.size()) return m_ok = false;
    s.assign(m_in.data(), n);
    m_in.remove_prefix(n);
    return true;
  }
  // A count of items of at least itemBytes each: refused when the rest
  // could not hold them, so a corrupt count never allocates gigabytes.
  bool count(std::uint64_t& n, std::size_t itemBytes) {
    return get(n) && (n <= m_in.size() / itemBytes || (m_ok = false));
  }
  bool skipTag(std::string_view tag) {
    if (!m_ok || m_in.substr(0, tag.size()) != tag) return m_ok = false;
    m_in.remove_prefix(tag.size());
    return true;
  }
  bool ok() const { return m_ok; }
  bool atEnd() const { return m_in.empty(); }

 private:
  std::string_view m_in;
  bool m_ok = true;
};

// Each field of a sample, one list for both directions.
template <typename Io, typename Sample>
bool sampleFields(Io& io, Sample& s) {
  return io(s.tick) && io(s.posTeme) && io(s.velTeme) && io(s.attitudeTeme) && io(s.massKg) &&
         io(s.accelTeme) && io(s.thrustN) && io(s.phase) && io(s.attitudeMode) &&
         io(s.rateBodyRadS) && io(s.thrustDirBody) && io(s.rcsMask) && io(s.enginesFiring) &&
         io(s.ambientPressurePa);
}

template <typename Io, typename Event>
bool eventFields(Io& io, Event& e) {
  return io(e.id) && io(e.name) && io(e.utcS) && io(e.metS) && io(e.caption) && io(e.hasPlace) &&
         io(e.latDeg) && io(e.lonDeg);
}

template <typename Io, typename Docking>
bool dockingFields(Io& io, Docking& d) {
  return io(d.contactUtcS) && io(d.closingSpeedMs) && io(d.lateralMissM) &&
         io(d.probeRelPortBodyM) && io(d.misalignmentDeg) && io(d.manual);
}

// The estimated least size of an encoded sample and event, for count().
constexpr std::size_t kSampleBytes = 8 * 20;
constexpr std::size_t kEventBytes = 8 * 6;

}  // namespace

std::string encodeTimeline(const TimelineData& d) {
  Writer w;
  const auto put = [&w](const auto& v) {
    w.put(v);
    return true;
  };
  w.raw(kTag);
  put(d.epochUtcS), put(d.stepS), put(d.endTick), put(d.liftoffUtcS);
  for (const auto& track : d.tracks) {
    put(static_cast<std::uint64_t>(track.size()));
    for (const TrackSample& s : track) sampleFields(put, s);
  }
  put(static_cast<std::uint64_t>(d.stackPieceMassKg.size()));
  for (const auto& masses : d.stackPieceMassKg)
    for (double m : masses) put(m);
  for (std::int64_t t : d.separationTick) put(t);
  put(d.contactTick.has_value());
  if (d.contactTick) put(*d.contactTick);
  put(d.docking.has_value());
  if (d.docking) dockingFields(put, *d.docking);
  put(d.probeTipInStackM), put(d.soyuzFromIssBody), put(d.soyuzDockedMassKg);
  put(static_cast<std::uint64_t>(d.soyuzDeltaV.size()));
  for (const BurnDeltaV& b : d.soyuzDeltaV) put(b.id), put(b.dvMs);
  for (double dv : d.proximityDeltaVMs) put(dv);
  put(static_cast<std::uint64_t>(d.events.size()));
  for (const MissionEvent& e : d.events) eventFields(put, e);
  return w.take();
}

Result<TimelineData> decodeTimeline(std::string_view bytes) {
  Reader r(bytes);
  const auto get = [&r](auto& v) { return r.get(v); };
  TimelineData d;
  std::uint64_t n = 0;
  r.skipTag(kTag);
  get(d.epochUtcS), get(d.stepS), get(d.endTick), get(d.liftoffUtcS);
  for (auto& track : d.tracks) {
    if (!r.count(n, kSampleBytes)) break;
    track.resize(n);
    for (TrackSample& s : track) {
      if (!sampleFields(get, s)) break;
      if (static_cast<int>(s.phase) >= kPhaseCount ||
          static_cast<int>(s.attitudeMode) > static_cast<int>(AttitudeMode::Manual))
        return fail("timeline data: a sample's phase or attitude mode is out of range",
                    ErrorKind::kBadInput);
    }
  }
  if (r.count(n, 8 * kObjectCount)) d.stackPieceMassKg.resize(n);
  for (auto& masses : d.stackPieceMassKg)
    for (double& m : masses) get(m);
  for (std::int64_t& t : d.separationTick) get(t);
  bool has = false;
  std::int64_t tick = 0;
  if (get(has) && has && get(tick)) d.contactTick = tick;
  if (get(has) && has) dockingFields(get, d.docking.emplace());
  get(d.probeTipInStackM), get(d.soyuzFromIssBody), get(d.soyuzDockedMassKg);
  if (r.count(n, 16)) d.soyuzDeltaV.resize(n);
  for (BurnDeltaV& b : d.soyuzDeltaV) get(b.id), get(b.dvMs);
  for (double& dv : d.proximityDeltaVMs) get(dv);
  if (r.count(n, kEventBytes)) d.events.resize(n);
  for (MissionEvent& e : d.events) eventFields(get, e);
  if (!r.ok()) return fail("timeline data: cut short or not a timeline", ErrorKind::kBadInput);
  if (!r.atEnd()) return fail("timeline data: bytes after the end", ErrorKind::kBadInput);
  return d;
}

}  // namespace rv::sim
