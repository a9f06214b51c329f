#include "render/iss_model.h"

#include "mesh_checks.h"
#include "render/soyuz_model.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

#include <cmath>

namespace rv::render {
namespace {

const ModelPart& part(const IssModel& m, std::string_view name) {
  const int i = findPart(m.parts, name);
  EXPECT_GE(i, 0) << name;
  return m.parts[static_cast<std::size_t>(std::max(i, 0))];
}

const DockingPort& port(const IssModel& m, std::string_view name) {
  for (const DockingPort& p : m.ports) {
    if (p.name == name) return p;
  }
  ADD_FAILURE() << "no port " << name;
  return m.ports.front();
}

// Built once: the ISS takes a few tens of milliseconds.
const IssModel& defaultIss() {
  static const IssModel model = buildIssModel();
  return model;
}

TEST(IssModel, PartsAreWellFormedAndCheapToDraw) {
  const IssModel& m = defaultIss();
  for (const char* name : {"truss",
                           "radiators_starboard",
                           "radiators_port",
                           "sarj_starboard",
                           "sarj_port",
                           "wing_1A",
                           "wing_3A",
                           "wing_1B",
                           "wing_3B",
                           "wing_2A",
                           "wing_4A",
                           "wing_2B",
                           "wing_4B",
                           "us_segment",
                           "russian_segment",
                           "zvezda_array_starboard",
                           "zvezda_array_port",
                           "soyuz_ms18",
                           "progress_ms17",
                           "crew_dragon",
                           "cygnus_ng16"}) {
    EXPECT_GE(findPart(m.parts, name), 0) << name;
  }
  test::expectPartsWellFormed(m.parts);
  EXPECT_LT(vertexCount(m.parts), 300000u);
  for (std::size_t i = 0; i < m.parts.size(); ++i) {
    EXPECT_LT(m.parts[i].parent, static_cast<int>(i)) << "parents must come first";
  }
  EXPECT_EQ(part(m, "wing_2B").parent, findPart(m.parts, "sarj_port"));
  EXPECT_EQ(part(m, "wing_1A").parent, findPart(m.parts, "sarj_starboard"));
}

TEST(IssModel, SpanAcrossTheArraysIsTheIntegratedTrussSpan) {
  const IssModel& m = defaultIss();
  const Aabb box = boundingBox(std::span<const ModelPart>(m.parts));
  // SOURCES S8: whole ITS including array edges 108.5-110 m; symmetric about S0.
  EXPECT_GE(box.size().y, kIssSpanMinM);
  EXPECT_LE(box.size().y, kIssSpanMaxM);
  EXPECT_NEAR(box.min.y, -box.max.y, 1e-3f);
  // The span stays inside the figure at any alpha (the SARJs turn about Y).
  IssModelDesc d;
  d.solarArrayAlphaRad = 1.1f;
  const IssModel& mm = m;
  const auto xf = posePartTransforms(mm.parts, issJointAngles(mm, d));
  const Aabb posed = boundingBox(std::span<const ModelPart>(mm.parts), xf);
  EXPECT_NEAR(posed.size().y, box.size().y, 1e-3f);
}

TEST(IssModel, WingsAreLegacySize) {
  const IssModel& m = defaultIss();
  for (const char* name : {"wing_1A", "wing_3A", "wing_1B", "wing_3B", "wing_2A", "wing_4A"}) {
    const Aabb w = boundingBox(part(m, name).mesh);
    // SOURCES S8: 33.1 m from the root, 11.6 m wide; root 3.4 m off the truss axis.
    EXPECT_NEAR(w.size().y, kIssWingWidthM, 0.01f) << name;
    const float tip = std::max(std::abs(w.min.z), std::abs(w.max.z));
    EXPECT_NEAR(tip, 0.5f * kIssWingPairSpanM, 0.01f) << name;
  }
  // Tip to tip of one PVM's pair: ~73 m (SOURCES S8).
  Aabb pair = boundingBox(part(m, "wing_1A").mesh);
  pair.extend(boundingBox(part(m, "wing_3A").mesh));
  EXPECT_NEAR(pair.size().z, kIssWingPairSpanM, 0.01f);
}

TEST(IssModel, IrosasCantAwayFromTheLegacyWingOnItsCellSide) {
  const IssModel& m = defaultIss();
  for (const char* name : {"wing_2B", "wing_4B"}) {
    const Aabb w = boundingBox(part(m, name).mesh);
    // Legacy wing hardware stays within ±0.5 m of the mast plane; the iROSA (18.3 m, canted
    // 10°, SOURCES S8) reaches ~3 m out on the +X (cell) side and never behind.
    EXPECT_GE(w.min.x, -0.51f) << name;
    EXPECT_NEAR(w.max.x, 0.6f + 18.3f * std::sin(glm::radians(10.0f)), 0.3f) << name;
    EXPECT_NEAR(w.size().y, kIssWingWidthM, 0.01f) << name;
  }
}

TEST(IssModel, PressurizedLengthMatchesBoeingFigure) {
  const IssModel& m = defaultIss();
  Aabb p = boundingBox(part(m, "us_segment").mesh);
  p.extend(boundingBox(part(m, "russian_segment").mesh));
  // Boeing (SOURCES S5): pressurized length 51 m, Zvezda aft port to IDA-2.
  EXPECT_NEAR(p.max.x - p.min.x, 51.0f, 1.5f);
  // SOURCES S8 port chain: Zvezda aft ≈ -37.3, IDA-2 ≈ +14.4.
  EXPECT_NEAR(port(m, "zvezda_aft").positionM.x, -37.3f, 0.1f);
  EXPECT_NEAR(port(m, "ida2_forward").positionM.x, 14.4f, 0.1f);
}

TEST(IssModel, RassvetPortIsWhereTheDescSays) {
  IssModelDesc d;
  for (const glm::dvec3 want : {glm::dvec3(-13.3, 0.0, 12.3), glm::dvec3(-12.8, 0.4, 11.9)}) {
    d.rassvetPortBodyM = want;
    const IssModel m = buildIssModel(d);
    EXPECT_EQ(rassvetPortPosition(d), want);
    EXPECT_EQ(rassvetPortAxis(d), glm::dvec3(0.0, 0.0, 1.0));
    const DockingPort& p = port(m, "rassvet_nadir");
    EXPECT_NEAR(glm::length(glm::dvec3(p.positionM) - want), 0.0, 1e-5);
    EXPECT_EQ(p.axis, glm::vec3(0.0f, 0.0f, 1.0f));
    // The geometry agrees: the Rassvet end face is the lowest (most nadir) point of the
    // Russian segment within 1.2 m of the port axis, and it faces nadir.
    float maxZ = -1e9f;
    for (const MeshVertex& v : part(m, "russian_segment").mesh.vertices) {
      const glm::vec2 r(v.position.x - p.positionM.x, v.position.y - p.positionM.y);
      if (glm::length(r) < 1.2f && v.position.z < p.positionM.z + 1.0f) {
        maxZ = std::max(maxZ, v.position.z);
      }
    }
    EXPECT_NEAR(maxZ, p.positionM.z, 1e-4f);
    int capVertices = 0;
    for (const MeshVertex& v : part(m, "russian_segment").mesh.vertices) {
      const glm::vec2 r(v.position.x - p.positionM.x, v.position.y - p.positionM.y);
      if (glm::length(r) < 0.5f && std::abs(v.position.z - p.positionM.z) < 1e-4f) {
        EXPECT_NEAR(v.normal.z, 1.0f, 1e-4f);
        ++capVertices;
      }
    }
    EXPECT_GT(capVertices, 0);
  }
}

TEST(IssModel, VisitingVehiclesSitOnTheirPorts) {
  const IssModel& m = defaultIss();
  // Soyuz MS-18 at Nauka nadir: probe tip on the port, 7.48 m long towards nadir.
  const DockingPort& nauka = port(m, "nauka_nadir");
  const Aabb s = boundingBox(part(m, "soyuz_ms18").mesh);
  EXPECT_NEAR(s.min.z, nauka.positionM.z, 1e-3f);
  EXPECT_NEAR(s.max.z - s.min.z, kSoyuzOverallLengthM, 0.05f);
  Aabb probe;  // the probe head: everything within 5 cm of the contact point's plane
  for (const MeshVertex& v : part(m, "soyuz_ms18").mesh.vertices) {
    if (v.position.z < nauka.positionM.z + 0.05f) probe.extend(v.position);
  }
  EXPECT_NEAR(glm::length(probe.center() - nauka.positionM), 0.0f, 0.05f);
  // SOURCES S8 estimates: Nauka port ≈ +19.1, Poisk zenith ≈ -0.4, IDA-3 ≈ -0.4 (±1-2 m).
  EXPECT_NEAR(nauka.positionM.z, 19.1f, 0.5f);
  EXPECT_NEAR(port(m, "poisk_zenith").positionM.z, -0.4f, 0.5f);
  EXPECT_NEAR(port(m, "ida3_zenith").positionM.z, -0.4f, 0.5f);
  const Aabb prog = boundingBox(part(m, "progress_ms17").mesh);
  EXPECT_NEAR(prog.max.z, port(m, "poisk_zenith").positionM.z, 1e-3f);
  const Aabb dragon = boundingBox(part(m, "crew_dragon").mesh);
  EXPECT_NEAR(dragon.max.z, port(m, "ida3_zenith").positionM.z, 1e-3f);
  EXPECT_NEAR(dragon.size().z, 8.1f, 0.1f);
}

TEST(IssModel, SunTrackingTurnsTheCellsToTheSun) {
  const IssModel& m = defaultIss();
  const int wing = findPart(m.parts, "wing_4B");
  for (const glm::vec3 sun : {glm::vec3(1, 0, 0), glm::vec3(0.3f, -0.4f, 0.8f),
                              glm::vec3(-0.5f, 0.2f, -0.7f), glm::vec3(0.0f, 0.1f, 1.0f)}) {
    const glm::vec3 s = glm::normalize(sun);
    const IssArrayAngles a = sunTrackingAngles(s);
    IssModelDesc d;
    d.solarArrayAlphaRad = a.alphaRad;
    d.solarArrayBetaRad = a.betaRad;
    const auto xf = posePartTransforms(m.parts, issJointAngles(m, d));
    const glm::vec3 n = glm::vec3(xf[static_cast<std::size_t>(wing)] * glm::vec4(1, 0, 0, 0));
    EXPECT_NEAR(glm::dot(n, s), 1.0f, 1e-4f);
  }
}

}  // namespace
}  // namespace rv::render
