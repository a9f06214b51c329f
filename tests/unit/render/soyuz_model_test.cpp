#include "render/soyuz_model.h"

#include "mesh_checks.h"

#include <gtest/gtest.h>

namespace rv::render {
namespace {

TEST(SoyuzModel, TrueSizeFromMissionSheet) {
  const SoyuzModel m = buildSoyuzModel();
  test::expectPartsWellFormed(m.parts);
  const Aabb box = boundingBox(std::span<const ModelPart>(m.parts));
  // Probe tip at the origin, body along -X.
  EXPECT_NEAR(box.max.x, 0.0f, 1e-4f);
  // SOURCES S4: overall length ~7.2 (tonyajoy) .. 7.48 m; S8 "about 7.5".
  EXPECT_GE(m.overallLengthM, 7.2f);
  EXPECT_LE(m.overallLengthM, 7.5f);
  EXPECT_NEAR(m.overallLengthM, kSoyuzOverallLengthM, 0.01f);
  // SOURCES S4: solar-array span 10.7 m (10.6 m elsewhere).
  EXPECT_NEAR(m.arraySpanM, kSoyuzArraySpanM, 0.2f);
  // Body width: Ø 2.72 m service module (arrays and antennas excluded: measure in Z at the
  // service module part).
  const int sm = findPart(m.parts, "service_module");
  ASSERT_GE(sm, 0);
  EXPECT_NEAR(boundingBox(m.parts[static_cast<std::size_t>(sm)].mesh).size().z, 2.72f, 0.01f);
  EXPECT_LT(m.engineExitM.x, -7.0f);
  EXPECT_LT(vertexCount(m.parts), 20000u);
}

TEST(SoyuzModel, FoldedArraysStayInsideTheBody) {
  SoyuzModelDesc d;
  d.arraysDeployed = false;
  const SoyuzModel m = buildSoyuzModel(d);
  test::expectPartsWellFormed(m.parts);
  const Aabb box = boundingBox(std::span<const ModelPart>(m.parts));
  EXPECT_LT(box.size().y, 2.95f);
  EXPECT_LT(box.size().z, 2.95f);
}

TEST(ProgressModel, SameFrameAndSize) {
  const SoyuzModel m = buildProgressModel();
  test::expectPartsWellFormed(m.parts);
  // SOURCES S8: Progress MS about 7.2 m, Ø 2.72 m.
  EXPECT_NEAR(m.overallLengthM, 7.2f, 0.1f);
  EXPECT_NEAR(m.arraySpanM, kSoyuzArraySpanM, 0.2f);
}

}  // namespace
}  // namespace rv::render
