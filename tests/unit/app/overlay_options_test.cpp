// The presenter's overlay choice: camera defaults, toggles that hold for
// every camera, and the --overlays list.
#include "overlay_options.h"

#include <gtest/gtest.h>

#include "ui_actions.h"

using namespace rv::app;

TEST(OverlayOptions, CameraDefaults) {
  const OverlayOptions overview = defaultOverlays(CameraKind::Overview);
  EXPECT_TRUE(overview.orbits && overview.groundTracks && overview.baikonurMarker &&
              overview.labels);
  EXPECT_FALSE(overview.arrows);
  for (CameraKind k : {CameraKind::Pad, CameraKind::Chase, CameraKind::Onboard, CameraKind::Port,
                       CameraKind::Free}) {
    const OverlayOptions o = defaultOverlays(k);
    EXPECT_FALSE(o.orbits || o.groundTracks || o.baikonurMarker || o.arrows) << cameraName(k);
    EXPECT_TRUE(o.labels) << cameraName(k);
  }
  // No choice: each camera's own.
  for (CameraKind k : kAllCameras) EXPECT_EQ(resolveOverlays(k, {}), defaultOverlays(k));
}

TEST(OverlayOptions, AToggleFlipsWhatIsShownAndHoldsForEveryCamera) {
  OverlayChoice c;
  toggleOverlay(c, OverlayKind::Orbits, CameraKind::Chase);  // off in chase: now on
  ASSERT_TRUE(c.orbits.has_value());
  EXPECT_TRUE(*c.orbits);
  for (CameraKind k : kAllCameras) EXPECT_TRUE(resolveOverlays(k, c).orbits) << cameraName(k);
  toggleOverlay(c, OverlayKind::Orbits, CameraKind::Overview);
  for (CameraKind k : kAllCameras) EXPECT_FALSE(resolveOverlays(k, c).orbits) << cameraName(k);
  // Other overlays keep their camera defaults.
  EXPECT_TRUE(resolveOverlays(CameraKind::Overview, c).groundTracks);
  EXPECT_FALSE(resolveOverlays(CameraKind::Chase, c).groundTracks);
  toggleOverlay(c, OverlayKind::Labels, CameraKind::Port);
  EXPECT_FALSE(resolveOverlays(CameraKind::Overview, c).labels);
  toggleOverlay(c, OverlayKind::Arrows, CameraKind::Port);
  EXPECT_TRUE(resolveOverlays(CameraKind::Pad, c).arrows);
}

TEST(OverlayOptions, ParsesTheOverlaysList) {
  const auto def = parseOverlayList("default");
  ASSERT_TRUE(def.ok()) << def.error().message;
  EXPECT_EQ(*def, OverlayChoice{});
  const auto none = parseOverlayList("none");
  ASSERT_TRUE(none.ok()) << none.error().message;
  for (CameraKind k : kAllCameras) {
    const OverlayOptions o = resolveOverlays(k, *none);
    EXPECT_FALSE(o.orbits || o.groundTracks || o.baikonurMarker || o.labels || o.arrows);
  }
  const auto all = parseOverlayList("all");
  ASSERT_TRUE(all.ok()) << all.error().message;
  const OverlayOptions a = resolveOverlays(CameraKind::Chase, *all);
  EXPECT_TRUE(a.orbits && a.groundTracks && a.baikonurMarker && a.labels && a.arrows);
  const auto some = parseOverlayList("orbits,labels,arrows");
  ASSERT_TRUE(some.ok()) << some.error().message;
  const OverlayOptions s = resolveOverlays(CameraKind::Overview, *some);
  EXPECT_TRUE(s.orbits && s.labels && s.arrows);
  EXPECT_FALSE(s.groundTracks || s.baikonurMarker);  // exactly the listed ones
  const auto one = parseOverlayList("marker");
  ASSERT_TRUE(one.ok()) << one.error().message;
  EXPECT_TRUE(resolveOverlays(CameraKind::Chase, *one).baikonurMarker);
  EXPECT_TRUE(parseOverlayList("tracks")->groundTracks.value_or(false));
}

TEST(OverlayOptions, RejectsUnknownWordsWithAReason) {
  for (const char* bad :
       {"", "orbit", "orbits,", ",labels", "labels,,arrows", "Orbits", "none,labels"}) {
    const auto parsed = parseOverlayList(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    const std::string& err = parsed.error().message;
    EXPECT_EQ(parsed.error().kind, rv::ErrorKind::kBadInput);
    EXPECT_NE(err.find("unknown overlay"), std::string::npos) << bad << ": " << err;
    EXPECT_EQ(err.find('\n'), std::string::npos);
  }
}

TEST(OverlayOptions, NamesForTheListAndTheButtons) {
  for (OverlayKind k : kAllOverlays) {
    const auto c = parseOverlayList(overlayName(k));
    ASSERT_TRUE(c.ok()) << c.error().message;
    EXPECT_TRUE((*c)[k].value_or(false)) << overlayName(k);
    EXPECT_STRNE(overlayTitle(k), "?");
  }
}

TEST(OverlayOptions, KeysForEachOverlay) {
  // GLFW key codes are ASCII for letters.
  EXPECT_EQ(actionForKey('O', 0), Action::ToggleOrbits);
  EXPECT_EQ(actionForKey('M', 0), Action::ToggleGroundTracks);
  EXPECT_EQ(actionForKey('B', kModControl), Action::ToggleBaikonurMarker);
  EXPECT_EQ(actionForKey('B', 0), Action::ToggleBlank);  // a clicker's blank key
  EXPECT_EQ(actionForKey('.', 0), Action::ToggleBlank);
  EXPECT_EQ(actionForKey('N', 0), Action::ToggleLabels);
  EXPECT_EQ(actionForKey('A', 0), Action::ToggleArrows);
  EXPECT_EQ(actionForKey('O', kModControl), Action::OverlayDefaults);
}
