#include "render/exhaust_puffs.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace rv::render {
namespace {

// Three decorrelated numbers in [0, 1) per puff index (a small integer hash),
// so puff k looks the same in every frame.
glm::vec3 hash3(std::uint32_t k, std::uint32_t salt) {
  glm::vec3 r;
  for (int i = 0; i < 3; ++i) {
    std::uint32_t h = k * 747796405u + salt * 2891336453u + static_cast<std::uint32_t>(i) * 977u;
    h = ((h >> ((h >> 28u) + 4u)) ^ h) * 277803737u;
    h = (h >> 22u) ^ h;
    r[i] = static_cast<float>(h & 0xFFFFFFu) / 16777216.0f;
  }
  return r;
}

// How hard the jet blows into the pit at t seconds after ignition: the
// preliminary stage (about a quarter of full thrust, the mission file's
// throttle) until release, then full, falling off as the rocket climbs
// away until the jet no longer reaches (fedS).
double jetStrength(const PadExhaust& e, double t) {
  if (t < 0.0 || t > e.fedS) return 0.0;
  if (t < e.preliminaryS) return 0.45;
  const double climb = (t - e.preliminaryS) / std::max(e.fedS - e.preliminaryS, 1e-3);
  return 1.0 - 0.7 * climb;
}

// Smoke slowly drifts with the wind (EST: a light breeze, 3 m/s across the
// pad axis towards the north-east, away from the pad camera) and rises as it
// cools.
constexpr glm::vec3 kWindMS{0.0f, -3.0f, 0.0f};
constexpr double kSmokeLifeS = 45.0;  // e-folding of the opacity

void pitPuffs(const PadExhaust& e, std::vector<ExhaustPuff>& out) {
  const double now = e.sinceIgnitionS;
  const int last = static_cast<int>(std::min(now, e.fedS) * kPitPuffsPerS);
  for (int k = 0; k <= last; ++k) {
    const double born = k / kPitPuffsPerS;
    const double age = now - born;
    if (age < 0.0 || age > kPadExhaustLifetimeS) continue;
    const double strength = jetStrength(e, born);
    if (strength <= 0.0) continue;
    const glm::vec3 r = hash3(static_cast<std::uint32_t>(k), 1u);
    // Where along the 110 m pit this puff comes up: most near the pad, a
    // third out of the far end and beyond.
    const double reach = r.x < 0.65 ? 15.0 + 80.0 * r.x : 110.0 + 60.0 * (r.x - 0.65);
    const double along = reach * (1.0 - std::exp(-age / 0.8));
    // The cloud stays low while the jet feeds it and rises slowly as it cools.
    const double up = -12.0 + 22.0 * (1.0 - std::exp(-age / 1.5)) + (0.8 + 1.2 * r.y) * age;
    ExhaustPuff p;
    p.posPad = glm::vec3(static_cast<float>(-along), static_cast<float>((r.z - 0.5) * 24.0),
                         static_cast<float>(std::min(up, 80.0))) +
               kWindMS * static_cast<float>(age);
    p.radiusM = static_cast<float>(std::min((7.0 + 3.0 * age) * (0.7 + 0.6 * r.y), 55.0) *
                                   (0.6 + 0.4 * strength));
    p.opacity = static_cast<float>(0.85 * strength * (1.0 - std::exp(-age / 0.4)) *
                                   std::exp(-age / kSmokeLifeS));
    p.glow = static_cast<float>(0.6 * strength * std::exp(-age / 0.5));
    p.ageS = static_cast<float>(age);
    p.seed = r.z;
    if (p.opacity > 0.01f || p.glow > 0.01f) out.push_back(p);
  }
}

// From release until the jet is out of reach it hits the deck and the
// ground round it: dust and smoke spread outwards in every direction.
void padPuffs(const PadExhaust& e, std::vector<ExhaustPuff>& out) {
  const double now = e.sinceIgnitionS;
  const double start = e.preliminaryS, end = std::min(now, e.fedS);
  const int count = static_cast<int>((end - start) * kPadPuffsPerS);
  for (int k = 0; k <= count && end >= start; ++k) {
    const double born = start + k / kPadPuffsPerS;
    const double age = now - born;
    if (age < 0.0 || age > kPadExhaustLifetimeS) continue;
    const double strength = jetStrength(e, born);
    const glm::vec3 r = hash3(static_cast<std::uint32_t>(k), 2u);
    const double bearing = 6.283185307 * r.x;
    const double dist = (14.0 + 55.0 * r.y) * (1.0 - std::exp(-age / 2.5));
    ExhaustPuff p;
    p.posPad = glm::vec3(static_cast<float>(dist * std::cos(bearing)),
                         static_cast<float>(dist * std::sin(bearing)),
                         static_cast<float>(3.0 + (0.3 + 0.5 * r.z) * age)) +
               kWindMS * static_cast<float>(age);
    p.radiusM = static_cast<float>(std::min(6.0 + 2.5 * age, 40.0) * (0.7 + 0.5 * r.z));
    p.opacity = static_cast<float>(0.7 * strength * (1.0 - std::exp(-age / 0.5)) *
                                   std::exp(-age / kSmokeLifeS));
    p.glow = static_cast<float>(0.8 * strength * std::exp(-age / 0.35));
    p.ageS = static_cast<float>(age);
    p.seed = r.x;
    if (p.opacity > 0.01f || p.glow > 0.01f) out.push_back(p);
  }
}

// The flame under the rocket while it stands over the pit: seen through the
// deck opening and the supports as a flickering glow.
void baseGlow(const PadExhaust& e, std::vector<ExhaustPuff>& out) {
  const double now = e.sinceIgnitionS;
  const double strength = jetStrength(e, now);
  if (strength <= 0.0 || now > e.preliminaryS + 2.0) return;
  for (int k = 0; k < 3; ++k) {
    const glm::vec3 r = hash3(static_cast<std::uint32_t>(now * 12.0) + 31u * k, 3u);
    ExhaustPuff p;
    p.posPad =
        glm::vec3((r.x - 0.5f) * 6.0f, (r.y - 0.5f) * 6.0f, 1.0f + 2.0f * static_cast<float>(k));
    p.radiusM = 5.0f + 3.0f * r.z;
    p.glow = static_cast<float>(strength * (0.7 + 0.3 * r.z));
    p.seed = r.x;
    out.push_back(p);
  }
}

}  // namespace

std::vector<ExhaustPuff> padExhaustPuffs(const PadExhaust& exhaust) {
  std::vector<ExhaustPuff> puffs;
  if (exhaust.sinceIgnitionS < 0.0 || exhaust.sinceIgnitionS > kPadExhaustLifetimeS + exhaust.fedS)
    return puffs;
  pitPuffs(exhaust, puffs);
  padPuffs(exhaust, puffs);
  baseGlow(exhaust, puffs);
  return puffs;
}

}  // namespace rv::render
