#include "layout.h"

#include <gtest/gtest.h>

using namespace rv::app;

// The large type reaches 16' from the back row at both projector widths,
// and one pixel less would not (so the rule, not a constant, sets it).
TEST(UiLayout, LargeTypeReadsFromTheBackRow) {
  for (int w : {1280, 1920}) {
    const float px = largeTypePx(w, 0.0f);
    EXPECT_GE(capitalArcmin(px, w), kMinTextArcmin) << w;
    EXPECT_LT(capitalArcmin(px - 1.0f, w), kMinTextArcmin) << w;
  }
  EXPECT_EQ(largeTypePx(1280, 0.0f), 28.0f);
  EXPECT_EQ(largeTypePx(1920, 0.0f), 41.0f);
  // A small window keeps the UI scale's own large size.
  EXPECT_EQ(largeTypePx(640, 26.0f), 26.0f);
}

TEST(UiLayout, OpticalCentreIsTheMiddleOfTheFreeBand) {
  EXPECT_NEAR(lensShiftBetweenBars(0, 0, 720).y, 0.0, 1e-12);
  // A 100 px top bar and no bottom bar: the middle is 410 px down, 50 px
  // below the window's middle, which is -50/360 in NDC.
  EXPECT_NEAR(lensShiftBetweenBars(100, 0, 720).y, -50.0 / 360.0, 1e-12);
  EXPECT_NEAR(lensShiftBetweenBars(0, 100, 720).y, 50.0 / 360.0, 1e-12);
  EXPECT_EQ(lensShiftBetweenBars(60, 80, 720).x, 0.0);
}

TEST(UiLayout, TransportFoldsAwayWhenThePointerIsStill) {
  TransportInputs in;
  in.lastPointerWallS = 10.0;
  in.wallS = 12.0;
  EXPECT_TRUE(transportShown(in));
  in.wallS = 10.0 + kTransportLingerS + 0.1;
  EXPECT_FALSE(transportShown(in));
  in.pointerOverUi = true;
  EXPECT_TRUE(transportShown(in));
  in.pointerOverUi = false;
  in.inUse = true;
  EXPECT_TRUE(transportShown(in));
}
