#include "render/rocket_model.h"

#include "mesh_checks.h"

#include <gtest/gtest.h>

#include <cmath>

namespace rv::render {
namespace {

const ModelPart& part(const RocketModel& m, std::string_view name) {
  const int i = findPart(m.parts, name);
  EXPECT_GE(i, 0) << name;
  return m.parts[static_cast<std::size_t>(std::max(i, 0))];
}

TEST(RocketModel, PartsAreNamedAndWellFormed) {
  const RocketModel m = buildRocketModel();
  for (const char* name :
       {"booster_1", "booster_2", "booster_3", "booster_4", "core", "third_stage",
        "third_stage_skirt", "fairing_1", "fairing_2", "les", "spacecraft"}) {
    EXPECT_GE(findPart(m.parts, name), 0) << name;
  }
  test::expectPartsWellFormed(m.parts);
  EXPECT_LT(vertexCount(m.parts), 100000u);
}

TEST(RocketModel, HeightAndStagesAtTrueSize) {
  const RocketModel m = buildRocketModel();
  // SOURCES S3: 46.3 m overall.
  EXPECT_NEAR(m.heightM, kStackHeightM, 0.5f);
  const Aabb all = boundingBox(std::span<const ModelPart>(m.parts));
  EXPECT_NEAR(all.min.x, 0.0f, 0.1f);  // origin at the nozzle exit plane
  // Core: 27.138 m without the nozzles, on top of a 0.66 m nozzle extension.
  const Aabb core = boundingBox(part(m, "core").mesh);
  EXPECT_NEAR(core.max.x - kCoreNozzleExtensionM, kCoreLengthM, 0.01f);
  EXPECT_NEAR(core.min.x, 0.0f, 1e-3f);
  // Core Ø 2.95 m max at the belt (SOURCES S3).
  EXPECT_NEAR(core.size().y, 2.95f, 0.01f);
  // Third stage with its aft skirt: 6.745 m, Ø 2.66 m.
  const Aabb skirt = boundingBox(part(m, "third_stage_skirt").mesh);
  const Aabb third = boundingBox(part(m, "third_stage").mesh);
  EXPECT_NEAR(skirt.min.x, kCoreTopM, 1e-3f);
  EXPECT_NEAR(third.max.x - kPayloadAdapterM - skirt.min.x, kThirdStageLengthM, 0.01f);
  EXPECT_NEAR(skirt.size().y, kThirdStageDiameterM, 0.01f);
}

TEST(RocketModel, BoostersAre19p6mConesLeaningOut) {
  const RocketModel m = buildRocketModel();
  for (int i = 1; i <= 4; ++i) {
    const ModelPart& b = part(m, "booster_" + std::to_string(i));
    // Length along the booster's own axis: from the apex (its highest vertex) to the tail
    // plane, measured on the exit direction, which is the booster axis.
    const EngineExit& e = m.engineExits[static_cast<std::size_t>(i - 1)];
    EXPECT_EQ(e.part, b.name);
    const glm::vec3 axis = -e.directionM;  // up the booster
    float top = -1e9f;
    float bottomBody = 1e9f;
    for (const MeshVertex& v : b.mesh.vertices) top = std::max(top, glm::dot(v.position, axis));
    // The tail plane sits 0.74 m above the exit point along the axis.
    bottomBody = glm::dot(e.positionM, axis) + 0.74f;
    EXPECT_NEAR(top - bottomBody, kBoosterLengthM, 0.01f);
    // Exits come down to the core's exit plane (within 5 cm).
    EXPECT_NEAR(e.positionM.x, 0.0f, 0.05f);
    // Lean-out: the axis tilts ~3.3° outwards (SpaceBallistics TanAlpha).
    EXPECT_NEAR(std::acos(axis.x), std::atan((2.68 - 1.35) / (2.0 * 11.565)), 1e-4);
  }
  // Four boosters, 90° apart, at ±Y and ±Z.
  const Aabb b1 = boundingBox(part(m, "booster_1").mesh);
  const Aabb b3 = boundingBox(part(m, "booster_3").mesh);
  EXPECT_LT(b1.center().y, -2.0f);
  EXPECT_GT(b3.center().y, 2.0f);
}

TEST(RocketModel, SpacecraftSitsInsideTheFairing) {
  const RocketModel m = buildRocketModel();
  EXPECT_NEAR(m.spacecraftProbeTipM.x, kSpacecraftProbeTipXM, 1e-4f);
  const Aabb sc = boundingBox(part(m, "spacecraft").mesh);
  EXPECT_NEAR(sc.max.x, m.spacecraftProbeTipM.x, 1e-3f);
  const Aabb f1 = boundingBox(part(m, "fairing_1").mesh);
  EXPECT_GT(f1.max.x, sc.max.x);
  EXPECT_LT(f1.min.x, sc.min.x);
  // The spacecraft (arrays folded) fits inside the fairing's inner radius.
  for (const MeshVertex& v : part(m, "spacecraft").mesh.vertices) {
    EXPECT_LT(std::hypot(v.position.y, v.position.z), 1.46f);
  }
  EXPECT_EQ(m.engineExits.size(), 6u);
}

}  // namespace
}  // namespace rv::render
