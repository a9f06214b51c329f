#include "render/soyuz_model.h"

#include "render/mesh_primitives.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace rv::render {

namespace {

// Station s is metres aft of the probe tip (x = -s). Profiles are written front to back,
// the natural way to read a drawing, and turned into lathe order (aft end first) here.
struct Station {
  float s;
  float r;
};

void appendBody(MeshData& mesh, std::initializer_list<Station> frontToBack, int segments,
                const Surface& surface) {
  std::vector<ProfilePoint> p;
  p.reserve(frontToBack.size());
  for (const Station& st : frontToBack) p.push_back({-st.s, st.r});
  std::reverse(p.begin(), p.end());
  appendLathe(mesh, p, segments, glm::mat4(1.0f), surface);
}

// Colours (linear RGB) picked from photographs of Soyuz MS in orbit: the orbital and
// descent modules wear grey-green thermal blankets, the service module is white radiator
// paint over a light grey skirt.
const Surface kBlanketGreen{srgbColor(120, 128, 104), kMaterialMatte};
const Surface kDescentGreen{srgbColor(104, 110, 92), kMaterialMatte};
const Surface kRadiatorWhite{srgbColor(214, 214, 206), kMaterialMatte};
const Surface kSkirtGrey{srgbColor(150, 150, 146), kMaterialMetal};
const Surface kHeatShield{srgbColor(70, 62, 52), kMaterialMatte};
const Surface kMetal{srgbColor(180, 180, 175), kMaterialMetal};
const Surface kDarkMetal{srgbColor(60, 60, 62), kMaterialMetal};
const Surface kSolarCell{srgbColor(24, 34, 78), kMaterialSolarCell};
const Surface kProgressWhite{srgbColor(196, 196, 188), kMaterialMatte};

// Service module (PAO, "instrument-assembly compartment") from station s0, 2.5 m long,
// Ø 2.72 m max (SOURCES S4). Its forward adapter narrows onto the heat shield; the
// main engine sits in a recess in the aft bulkhead.
constexpr float kServiceLengthM = 2.5f;
constexpr float kServiceRadiusM = 2.72f / 2.0f;
constexpr float kInstrumentRadiusM = 1.1f;  // instrument compartment, Ø 2.2 (photographs)

void appendServiceModule(MeshData& mesh, float s0, int segments) {
  const float s1 = s0 + kServiceLengthM;
  // Adapter and instrument compartment (white), then the flared propulsion compartment.
  appendBody(mesh,
             {{s0 - 0.08f, 0.0f},
              {s0 - 0.08f, 0.95f},
              {s0 - 0.08f, 0.95f},
              {s0 + 0.25f, kInstrumentRadiusM},
              {s0 + 0.25f, kInstrumentRadiusM},
              {s0 + 0.95f, kInstrumentRadiusM},
              {s0 + 0.95f, kInstrumentRadiusM},
              {s0 + 1.30f, kServiceRadiusM},
              {s0 + 1.30f, kServiceRadiusM},
              {s0 + 1.30f, 0.0f}},
             segments, kRadiatorWhite);
  // Aft skirt with the engine recess: outer wall, aft face, recess wall, recess floor.
  appendBody(mesh,
             {{s0 + 1.30f, 0.0f},
              {s0 + 1.30f, kServiceRadiusM},
              {s0 + 1.30f, kServiceRadiusM},
              {s1, kServiceRadiusM},
              {s1, kServiceRadiusM},
              {s1, 0.55f},
              {s1, 0.55f},
              {s1 - 0.30f, 0.55f},
              {s1 - 0.30f, 0.55f},
              {s1 - 0.30f, 0.0f}},
             segments, kSkirtGrey);
  // Main engine (SKD) bell in the recess, thin-walled: outside, lip, inside.
  appendBody(mesh,
             {{s1 - 0.30f, 0.0f},
              {s1 - 0.30f, 0.08f},
              {s1 - 0.04f, 0.22f},
              {s1 - 0.04f, 0.22f},
              {s1 - 0.04f, 0.20f},
              {s1 - 0.04f, 0.20f},
              {s1 - 0.28f, 0.06f},
              {s1 - 0.28f, 0.0f}},
             segments / 2, kDarkMetal);
}

// Two wings of four panels on the propulsion compartment, along ±Y, in the X-Y plane.
// Span 10.7 m tip to tip (SOURCES S4): 1.36 m body radius + 0.32 m boom + 4 panels of
// 0.9 m with 25 mm hinge gaps = 5.355 m per side.
constexpr float kArrayStationM = 0.80f;  // panel centreline, metres forward of the aft face
constexpr float kBoomM = 0.32f;
constexpr float kPanelSpanM = 0.9f;
constexpr float kPanelChordM = 1.4f;
constexpr float kPanelGapM = 0.025f;

MeshData buildArray(float aftS, float side, bool deployed) {
  MeshData m;
  const float x = -(aftS - kArrayStationM);
  if (!deployed) {
    // Folded: the panel stack lies flat against the skirt, inside the fairing's Ø 2.92 m.
    appendBox(m, {kPanelChordM, 0.06f, 0.5f},
              glm::translate(glm::mat4(1.0f), {x, side * (kServiceRadiusM + 0.04f), 0.0f}),
              kSolarCell);
    return m;
  }
  const float root = kServiceRadiusM;
  appendBar(m, {x, side * (root - 0.05f), 0.0f}, {x, side * (root + kBoomM), 0.0f}, 0.08f,
            glm::mat4(1.0f), kMetal);
  for (int i = 0; i < 4; ++i) {
    const float y0 = root + kBoomM + static_cast<float>(i) * (kPanelSpanM + kPanelGapM);
    const float yc = y0 + 0.5f * kPanelSpanM;
    appendPanel(m, kPanelChordM, kPanelSpanM, 0.03f,
                glm::translate(glm::mat4(1.0f), {x, side * yc, 0.0f}), kSolarCell);
  }
  return m;
}

// Docking probe (SSVP "pin"): rod with a head, its base cone, and the docking collar ring.
MeshData buildProbe(int segments) {
  MeshData m;
  appendSphere(m, 0.05f, segments / 2, 6, glm::translate(glm::mat4(1.0f), {-0.05f, 0, 0}), kMetal);
  appendCylinder(m, -0.30f, -0.06f, 0.035f, segments / 2, glm::mat4(1.0f), kMetal);
  appendFrustum(m, -0.40f, 0.30f, -0.24f, 0.08f, segments, glm::mat4(1.0f), kMetal);
  return m;
}

void appendAntennas(MeshData& m, float bodyRadius, float s) {
  // Kurs-NA rendezvous antenna on a boom on the orbital module, and two whips on the
  // service module. Shapes are indicative only.
  appendBar(m, {-s, 0.0f, -(bodyRadius - 0.1f)}, {-s + 0.3f, 0.0f, -(bodyRadius + 0.9f)}, 0.04f,
            glm::mat4(1.0f), kMetal);
  appendFrustum(m, 0.0f, 0.25f, 0.12f, 0.02f, 12,
                axisFrame({-s + 0.3f, 0.0f, -(bodyRadius + 0.95f)}, {0, 0, -1}), kMetal);
}

SoyuzModel finish(std::vector<ModelPart>&& parts, float aftS, float maxDiameter) {
  SoyuzModel model;
  model.parts = std::move(parts);
  const Aabb box = boundingBox(std::span<const ModelPart>(model.parts));
  model.overallLengthM = box.max.x - box.min.x;
  model.arraySpanM = box.size().y;
  model.maxDiameterM = maxDiameter;
  model.engineExitM = glm::vec3(-(aftS - 0.04f), 0.0f, 0.0f);
  return model;
}

}  // namespace

SoyuzModel buildSoyuzModel(const SoyuzModelDesc& desc) {
  const int seg = std::max(8, desc.segments);
  std::vector<ModelPart> parts;

  // Orbital module (BO): Ø 2.2 m (max 2.25), 2.6 m long with its docking collar
  // (SOURCES S4, spaceflights.news). Stations 0.28 .. 2.88 m aft of the probe tip.
  {
    ModelPart p = namedPart("orbital_module");
    // Docking collar, then an ellipsoidal shell (semi-axes 1.2 m along, 1.1 m across,
    // centre at s = 1.68), ending in the hatch neck onto the descent module.
    std::vector<Station> st{{0.28f, 0.0f}, {0.28f, 0.62f}, {0.28f, 0.62f}, {0.69f, 0.62f}};
    for (int i = 1; i <= 10; ++i) {
      const float s = 0.69f + (2.75f - 0.69f) * static_cast<float>(i) / 10.0f;
      const float u = (s - 1.68f) / 1.2f;
      st.push_back({s, 1.1f * std::sqrt(std::max(0.0f, 1.0f - u * u))});
    }
    st.push_back({2.88f, 0.5f});
    st.push_back({2.88f, 0.5f});
    st.push_back({2.88f, 0.0f});
    std::vector<ProfilePoint> prof;
    for (auto it = st.rbegin(); it != st.rend(); ++it) prof.push_back({-it->s, it->r});
    appendLathe(p.mesh, prof, seg, glm::mat4(1.0f), kBlanketGreen);
    parts.push_back(std::move(p));
  }
  // Descent module (SA), "headlight" shape: base Ø 2.17 m, length 2.1 m (SOURCES S4),
  // stations 2.88 .. 4.98 m: top dome, 7° side cone, heat shield.
  {
    ModelPart p = namedPart("descent_module");
    appendBody(p.mesh,
               {{2.88f, 0.0f},
                {2.88f, 0.5f},
                {2.93f, 0.68f},
                {3.02f, 0.80f},
                {3.12f, 0.87f},
                {4.70f, 2.17f / 2.0f},
                {4.70f, 2.17f / 2.0f},
                {4.76f, 1.06f}},
               seg, kDescentGreen);
    appendBody(p.mesh, {{4.76f, 1.06f}, {4.86f, 0.85f}, {4.95f, 0.45f}, {4.98f, 0.0f}}, seg,
               kHeatShield);
    parts.push_back(std::move(p));
  }
  // Service module (PAO): Ø 2.72 m, 2.5 m long (SOURCES S4), stations 4.98 .. 7.48 m.
  const float aftS = 4.98f + kServiceLengthM;
  {
    ModelPart p = namedPart("service_module");
    appendServiceModule(p.mesh, 4.98f, seg);
    parts.push_back(std::move(p));
  }
  parts.push_back(namedPart("solar_array_port", buildArray(aftS, -1.0f, desc.arraysDeployed)));
  parts.push_back(namedPart("solar_array_starboard", buildArray(aftS, 1.0f, desc.arraysDeployed)));
  if (desc.withProbe) parts.push_back(namedPart("docking_probe", buildProbe(seg)));
  if (desc.arraysDeployed) {  // the antenna boom is stowed for launch too
    ModelPart p = namedPart("antennas");
    appendAntennas(p.mesh, 1.1f, 1.2f);
    parts.push_back(std::move(p));
  }
  return finish(std::move(parts), aftS, kSoyuzMaxDiameterM);
}

SoyuzModel buildProgressModel(const SoyuzModelDesc& desc) {
  const int seg = std::max(8, desc.segments);
  std::vector<ModelPart> parts;
  // Progress MS: about 7.2 m long, Ø 2.72 m (SOURCES S8, estimate).
  // Cargo module Ø 2.2 m from 0.28 to 3.35 m, refuelling compartment to 4.70 m, then the
  // Soyuz service module.
  {
    ModelPart p = namedPart("cargo_module");
    appendBody(p.mesh,
               {{0.28f, 0.0f},
                {0.28f, 0.62f},
                {0.28f, 0.62f},
                {0.55f, 0.62f},
                {0.70f, 0.85f},
                {0.90f, 1.05f},
                {1.05f, 1.1f},
                {2.90f, 1.1f},
                {3.10f, 1.0f},
                {3.25f, 0.8f},
                {3.35f, 0.6f},
                {3.35f, 0.6f},
                {3.35f, 0.0f}},
               seg, kProgressWhite);
    parts.push_back(std::move(p));
  }
  {
    ModelPart p = namedPart("refuelling_module");
    appendBody(p.mesh,
               {{3.35f, 0.0f},
                {3.35f, 0.95f},
                {3.35f, 0.95f},
                {4.70f, 0.95f},
                {4.70f, 0.95f},
                {4.70f, 0.0f}},
               seg, kBlanketGreen);
    parts.push_back(std::move(p));
  }
  const float aftS = 4.70f + kServiceLengthM;
  {
    ModelPart p = namedPart("service_module");
    appendServiceModule(p.mesh, 4.70f, seg);
    parts.push_back(std::move(p));
  }
  parts.push_back(namedPart("solar_array_port", buildArray(aftS, -1.0f, desc.arraysDeployed)));
  parts.push_back(namedPart("solar_array_starboard", buildArray(aftS, 1.0f, desc.arraysDeployed)));
  if (desc.withProbe) parts.push_back(namedPart("docking_probe", buildProbe(seg)));
  return finish(std::move(parts), aftS, kSoyuzMaxDiameterM);
}

}  // namespace rv::render
