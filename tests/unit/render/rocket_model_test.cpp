#include "render/rocket_model.h"

#include "mesh_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace rv::render {
namespace {

constexpr RocketPart kPieces[] = {
    RocketPart::Booster1, RocketPart::Booster2,   RocketPart::Booster3,        RocketPart::Booster4,
    RocketPart::Core,     RocketPart::ThirdStage, RocketPart::ThirdStageSkirt, RocketPart::Fairing1,
    RocketPart::Fairing2, RocketPart::Les,        RocketPart::Spacecraft};

const ModelPart& part(const RocketModel& m, RocketPart piece) {
  const auto it = std::find(m.partIds.begin(), m.partIds.end(), piece);
  EXPECT_NE(it, m.partIds.end()) << rocketPartName(piece);
  return m.parts[it == m.partIds.end() ? 0 : static_cast<std::size_t>(it - m.partIds.begin())];
}

// Every piece is one part, found by its RocketPart (what frame building asks
// for) and named after it.
TEST(RocketModel, EveryPieceIsOnePart) {
  const RocketModel m = buildRocketModel();
  ASSERT_EQ(m.partIds.size(), m.parts.size());
  for (RocketPart piece : kPieces) {
    EXPECT_EQ(std::count(m.partIds.begin(), m.partIds.end(), piece), 1) << rocketPartName(piece);
    EXPECT_EQ(part(m, piece).name, rocketPartName(piece));
  }
  EXPECT_EQ(std::count(m.partIds.begin(), m.partIds.end(), RocketPart::Whole), 0);
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
  const Aabb core = boundingBox(part(m, RocketPart::Core).mesh);
  EXPECT_NEAR(core.max.x - kCoreNozzleExtensionM, kCoreLengthM, 0.01f);
  EXPECT_NEAR(core.min.x, 0.0f, 1e-3f);
  // Core Ø 2.95 m max at the belt (SOURCES S3).
  EXPECT_NEAR(core.size().y, 2.95f, 0.01f);
  // Third stage with its aft skirt: 6.745 m, Ø 2.66 m.
  const Aabb skirt = boundingBox(part(m, RocketPart::ThirdStageSkirt).mesh);
  const Aabb third = boundingBox(part(m, RocketPart::ThirdStage).mesh);
  EXPECT_NEAR(skirt.min.x, kCoreTopM, 1e-3f);
  EXPECT_NEAR(third.max.x - kPayloadAdapterM - skirt.min.x, kThirdStageLengthM, 0.01f);
  EXPECT_NEAR(skirt.size().y, kThirdStageDiameterM, 0.01f);
}

TEST(RocketModel, BoostersAre19p6mConesLeaningOut) {
  const RocketModel m = buildRocketModel();
  for (int i = 1; i <= 4; ++i) {
    const ModelPart& b = part(m, kPieces[i - 1]);
    // Length along the booster's own axis: from the apex (its highest vertex) to the tail
    // plane, measured on the exit direction, which is the booster axis.
    const EngineExit& e = m.engineExits[static_cast<std::size_t>(i - 1)];
    EXPECT_EQ(e.part, kPieces[i - 1]);
    EXPECT_EQ(b.name, rocketPartName(e.part));
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
  const Aabb b1 = boundingBox(part(m, RocketPart::Booster1).mesh);
  const Aabb b3 = boundingBox(part(m, RocketPart::Booster3).mesh);
  EXPECT_LT(b1.center().y, -2.0f);
  EXPECT_GT(b3.center().y, 2.0f);
}

TEST(RocketModel, SpacecraftSitsInsideTheFairing) {
  const RocketModel m = buildRocketModel();
  EXPECT_NEAR(m.spacecraftProbeTipM.x, kSpacecraftProbeTipXM, 1e-4f);
  const Aabb sc = boundingBox(part(m, RocketPart::Spacecraft).mesh);
  EXPECT_NEAR(sc.max.x, m.spacecraftProbeTipM.x, 1e-3f);
  const Aabb f1 = boundingBox(part(m, RocketPart::Fairing1).mesh);
  EXPECT_GT(f1.max.x, sc.max.x);
  EXPECT_LT(f1.min.x, sc.min.x);
  // The spacecraft (arrays folded) fits inside the fairing's inner radius.
  for (const MeshVertex& v : part(m, RocketPart::Spacecraft).mesh.vertices) {
    EXPECT_LT(std::hypot(v.position.y, v.position.z), 1.46f);
  }
  EXPECT_EQ(m.engineExits.size(), 6u);
}

}  // namespace
}  // namespace rv::render
