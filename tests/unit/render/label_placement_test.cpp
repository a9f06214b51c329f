// Label placement: projection, the cases that hide a label, sizes that
// scale with the frame, overlaps. Pure maths, no GL.
#include "render/label_placement.h"

#include <gtest/gtest.h>

#include <cmath>

#include "astro/constants.h"

using namespace rv::render;

namespace {

// A fixed-width "font": 0.6 of the height per character.
float measure(std::string_view text, float px) {
  return 0.6f * px * static_cast<float>(text.size());
}

// In orbit 400 km above the equator, looking east along the orbit, +Z up.
const glm::dvec3 kEye(rv::astro::kWgs84A + 400e3, 0.0, 0.0);
Camera orbitCamera() {
  return lookAt(kEye, kEye + glm::dvec3(0, 1, 0), {0, 0, 1}, 45.0 * rv::astro::kDegToRad);
}

Label label(glm::dvec3 pos, std::string text, double radiusM = 0.0) {
  Label l;
  l.posTeme = pos;
  l.text = std::move(text);
  l.radiusM = radiusM;
  return l;
}

}  // namespace

TEST(LabelPlacement, NameSitsCentredAboveTheObjectWithALeader) {
  const Label l = label(kEye + glm::dvec3(0, 100, 0), "ISS");
  const auto placed = placeLabels(orbitCamera(), {&l, 1}, 1280, 720, measure);
  ASSERT_EQ(placed.size(), 1u);
  const PlacedLabel& p = placed[0];
  EXPECT_EQ(p.text, "ISS");
  EXPECT_FLOAT_EQ(p.textPx, 18.0f);  // 2.5 % of 720
  EXPECT_NEAR(0.5f * (p.boxMinPx.x + p.boxMaxPx.x), 640.0f, 0.5f);
  EXPECT_LT(p.boxMaxPx.y, 360.0f);  // above the object, which is at the centre
  EXPECT_GT(p.boxMaxPx.y, 360.0f - 2.0f * p.textPx);
  ASSERT_TRUE(p.leader);
  EXPECT_FLOAT_EQ(p.leaderFromPx.y, p.boxMaxPx.y);
  EXPECT_GT(p.leaderToPx.y, p.leaderFromPx.y);
  EXPECT_LE(p.leaderToPx.y, 360.0f);
  // The text fits its box.
  EXPECT_GT(p.baselinePx.x, p.boxMinPx.x);
  EXPECT_LT(p.baselinePx.x + measure("ISS", p.textPx), p.boxMaxPx.x);
  EXPECT_GT(p.baselinePx.y, p.boxMinPx.y);
  EXPECT_LT(p.baselinePx.y, p.boxMaxPx.y);
}

TEST(LabelPlacement, ABiggerObjectPushesItsNameHigher) {
  const Label small = label(kEye + glm::dvec3(0, 100, 0), "Soyuz", 1.0);
  const Label big = label(kEye + glm::dvec3(0, 100, 0), "ISS", 30.0);
  const auto ps = placeLabels(orbitCamera(), {&small, 1}, 1280, 720, measure);
  const auto pb = placeLabels(orbitCamera(), {&big, 1}, 1280, 720, measure);
  ASSERT_EQ(ps.size(), 1u);
  ASSERT_EQ(pb.size(), 1u);
  // 30 m at 100 m with a 45 deg field: ~261 px of radius; 1 m: ~9 px.
  const double focal = 360.0 / std::tan(22.5 * rv::astro::kDegToRad);
  EXPECT_NEAR(ps[0].boxMaxPx.y - pb[0].boxMaxPx.y, (30.0 - 1.0) / 100.0 * focal, 1.0);
}

TEST(LabelPlacement, HiddenBehindTheCameraOffThePictureAndBehindTheEarth) {
  const Camera cam = orbitCamera();
  const Label behind = label(kEye - glm::dvec3(0, 100, 0), "behind");
  // 500 m down at 100 m ahead: far below the picture's bottom edge.
  const Label offPicture = label(kEye + glm::dvec3(0, 100, -500), "off the picture");
  for (const Label& l : {behind, offPicture})
    EXPECT_TRUE(placeLabels(cam, {&l, 1}, 1280, 720, measure).empty()) << l.text;
  // Looking down at the Earth: the point below is named, the antipode (in
  // the middle of the picture too) is not.
  const Camera down = lookAt(kEye, {0, 0, 0}, {0, 0, 1}, 45.0 * rv::astro::kDegToRad);
  const Label below = label({rv::astro::kWgs84A + 10.0, 0, 0}, "below");
  const Label antipode = label({-rv::astro::kWgs84A - 10.0, 0, 0}, "antipode");
  EXPECT_EQ(placeLabels(down, {&below, 1}, 1280, 720, measure).size(), 1u);
  EXPECT_TRUE(placeLabels(down, {&antipode, 1}, 1280, 720, measure).empty());
  // 20,000 km ahead at the camera's height: the line of sight clears the Earth.
  const Label farAhead = label(kEye + glm::dvec3(0, 20e6, 0), "far ahead");
  EXPECT_EQ(placeLabels(cam, {&farAhead, 1}, 1280, 720, measure).size(), 1u);
}

TEST(LabelPlacement, OnlyObjectsWhoseCentreIsOnThePicture) {
  const Camera cam = orbitCamera();
  // 45 deg field: the bottom edge is 41.4 m below the axis at 100 m ahead.
  const Label inside = label(kEye + glm::dvec3(0, 100, -40), "inside", 10.0);
  const Label outside = label(kEye + glm::dvec3(0, 100, -43), "outside", 10.0);
  const auto pin = placeLabels(cam, {&inside, 1}, 1280, 720, measure);
  ASSERT_EQ(pin.size(), 1u);
  EXPECT_LE(pin[0].boxMaxPx.y, 720.0f);  // kept on the picture
  EXPECT_TRUE(placeLabels(cam, {&outside, 1}, 1280, 720, measure).empty());
}

TEST(LabelPlacement, EarthOcclusion) {
  const double a = rv::astro::kWgs84A;
  // From orbit: the sub-satellite point is visible, the antipode is not.
  EXPECT_FALSE(hiddenByEarth(kEye, glm::dvec3(a, 0, 0)));
  EXPECT_TRUE(hiddenByEarth(kEye, glm::dvec3(-a, 0, 0)));
  // From the ground (a pad camera 1.5 km away, 2 m up), a point on the
  // ground near it stays visible despite the curvature.
  const glm::dvec3 observer(a + 2.0, 0, 0), pad(a, 1500.0, 0);
  EXPECT_FALSE(hiddenByEarth(observer, pad));
  // The ISS seen from the pad once it is below the horizon.
  EXPECT_TRUE(hiddenByEarth(observer, glm::dvec3(0, a + 420e3, 0)));
  // The Earth is an ellipsoid, not a sphere: a line passing 1 km over the
  // pole (21 km inside the equatorial radius) is clear.
  const double z = rv::astro::kWgs84B + 1e3;
  EXPECT_FALSE(hiddenByEarth(glm::dvec3(-1e7, 0, z), glm::dvec3(1e7, 0, z)));
  EXPECT_TRUE(hiddenByEarth(glm::dvec3(-1e7, 0, z - 5e3), glm::dvec3(1e7, 0, z - 5e3)));
}

TEST(LabelPlacement, SameRelativeSizeAndPlaceAt720pAnd4K) {
  const Camera cam = orbitCamera();
  const Label l = label(kEye + glm::dvec3(30, 100, 10), "Soyuz MS-19", 5.0);
  const auto p720 = placeLabels(cam, {&l, 1}, 1280, 720, measure);
  const auto p4k = placeLabels(cam, {&l, 1}, 3840, 2160, measure);
  ASSERT_EQ(p720.size(), 1u);
  ASSERT_EQ(p4k.size(), 1u);
  EXPECT_FLOAT_EQ(p4k[0].textPx, 3.0f * p720[0].textPx);
  EXPECT_NEAR(p4k[0].boxMinPx.x, 3.0f * p720[0].boxMinPx.x, 1.5f);
  EXPECT_NEAR(p4k[0].boxMinPx.y, 3.0f * p720[0].boxMinPx.y, 1.5f);
  EXPECT_NEAR(p4k[0].boxMaxPx.x, 3.0f * p720[0].boxMaxPx.x, 1.5f);
  EXPECT_NEAR(p4k[0].boxMaxPx.y, 3.0f * p720[0].boxMaxPx.y, 1.5f);
  // Small frames keep a legible minimum.
  EXPECT_FLOAT_EQ(labelTextPx(180), 12.0f);
}

TEST(LabelPlacement, OverlappingNamesTheFirstWinsTheSecondMovesOrGoes) {
  const Camera cam = orbitCamera();
  const glm::dvec3 at = kEye + glm::dvec3(0, 1000, 0);
  const Label ls[] = {label(at, "first"), label(at, "second"), label(at, "third")};
  const auto placed = placeLabels(cam, ls, 1280, 720, measure);
  ASSERT_EQ(placed.size(), 2u);
  EXPECT_EQ(placed[0].text, "first");
  EXPECT_EQ(placed[1].text, "second");
  EXPECT_LT(placed[0].boxMaxPx.y, 360.0f);  // above
  EXPECT_GT(placed[1].boxMinPx.y, 360.0f);  // below
  // A ground site asks to be below first.
  Label site = label(at, "Baikonur");
  site.below = true;
  const auto ps = placeLabels(cam, {&site, 1}, 1280, 720, measure);
  ASSERT_EQ(ps.size(), 1u);
  EXPECT_GT(ps[0].boxMinPx.y, 360.0f);
}

TEST(LabelPlacement, AnObjectFillingTheViewKeepsItsNameOnThePicture) {
  // 50 m radius at 20 m: the disc covers the frame; the name is clamped to
  // the top edge and drawn without a leader.
  const Label l = label(kEye + glm::dvec3(0, 20, 0), "ISS", 50.0);
  const auto placed = placeLabels(orbitCamera(), {&l, 1}, 1280, 720, measure);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_GE(placed[0].boxMinPx.y, 0.0f);
  EXPECT_LE(placed[0].boxMaxPx.y, 720.0f);
  EXPECT_FALSE(placed[0].leader);
}

// A rocket 46 m long lying slantwise 100 m ahead: its bounding disc reaches
// far above it into empty sky; named at its ends, the name sits just above
// the upper end (the nose), which is where the leader points.
TEST(LabelPlacement, ALongObjectIsNamedAtItsUpperEnd) {
  const glm::dvec3 centre = kEye + glm::dvec3(0, 100, 0);
  // Tilted 30 deg from the horizontal, towards +x (right on the picture) and +z (up).
  const glm::dvec3 half = 23.0 * glm::dvec3(std::cos(0.5236), 0.0, std::sin(0.5236));
  Label disc = label(centre, "Soyuz-2.1a", 23.0);
  Label ends = label(centre, "Soyuz-2.1a", 3.0);
  ends.halfAxisTeme = half;
  const auto pd = placeLabels(orbitCamera(), {&disc, 1}, 1280, 720, measure);
  const auto pe = placeLabels(orbitCamera(), {&ends, 1}, 1280, 720, measure);
  ASSERT_EQ(pd.size(), 1u);
  ASSERT_EQ(pe.size(), 1u);
  const auto nose = projectToPixel(orbitCamera(), centre + half, 1280, 720);
  ASSERT_TRUE(nose);
  ASSERT_TRUE(pe[0].leader);
  // The leader ends just above the nose, right of the centre with it.
  EXPECT_NEAR(pe[0].leaderToPx.x, nose->x, 0.5);
  EXPECT_LT(pe[0].leaderToPx.y, nose->y);
  EXPECT_GT(pe[0].leaderToPx.y, nose->y - 2.0f * pe[0].textPx);
  EXPECT_GT(nose->x, 640.0 + 50.0);
  // Much nearer the rocket than the name above its bounding disc.
  EXPECT_GT(pe[0].boxMaxPx.y, pd[0].boxMaxPx.y + 50.0f);
}
