// The default UI scale for a monitor: the desktop's content scale, else the
// DPI from the physical size, else a tall picture (projector, TV); and the
// fonts built ahead for a scale.
#include "ui_theme.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <future>

using rv::app::defaultUiScale;
using rv::app::MonitorInfo;

namespace {
MonitorInfo monitor(float content, int wPx, int hPx, int wMm, int hMm) {
  return {content, wPx, hPx, wMm, hMm};
}
}  // namespace

TEST(UiScale, TheDesktopsContentScaleWins) {
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(2.0f, 3840, 2160, 597, 336)), 2.0f);
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.25f, 1920, 1080, 0, 0)), 1.25f);
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.6f, 1920, 1080, 0, 0)), 1.5f);  // rounded to 0.25
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(4.0f, 3840, 2160, 0, 0)), 3.0f);  // clamped
}

TEST(UiScale, FromThePhysicalSizeWhenTheDesktopSaysOne) {
  // 24" 1920x1080 (531 x 299 mm): 92 dpi.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 1920, 1080, 531, 299)), 1.0f);
  // 27" 3840x2160 (597 x 336 mm): 163 dpi -> 1.70 -> 1.75.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 3840, 2160, 597, 336)), 1.75f);
  // 15.6" 1920x1080 laptop (344 x 194 mm): 141 dpi -> 1.5.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 1920, 1080, 344, 194)), 1.5f);
  // 13.3" 2560x1600 (286 x 179 mm): 227 dpi -> 2.25.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 2560, 1600, 286, 179)), 2.25f);
  // 27" 2560x1440 (597 x 336 mm): 109 dpi, under 120: 1x despite the 1440 lines.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 2560, 1440, 597, 336)), 1.0f);
}

TEST(UiScale, BogusSizesFromProjectorsAndTvsAreIgnored) {
  // No size: a tall picture still gets 1.5x, a 1080p one 1x.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 3840, 2160, 0, 0)), 1.5f);
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 1920, 1080, 0, 0)), 1.0f);
  // An aspect ratio in cm (16 x 9) would claim 3000 dpi.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 1920, 1080, 160, 90)), 1.0f);
  // A 3 m projected picture: taller than any monitor, ignored.
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 3840, 2160, 3000, 1690)), 1.5f);
  // A shape unlike the pixels' (4:3 mm for a 16:9 mode).
  EXPECT_FLOAT_EQ(defaultUiScale(monitor(1.0f, 1920, 1080, 200, 150)), 1.0f);
}

// The window builds its fonts on a worker before any ImGui context exists
// (ImGuiSession adopts the atlas): the sizes must be rebuildFonts' own.
TEST(UiFontsPrebuilt, BuiltOnAnotherThreadWithoutAContextAtTheUiSizes) {
  ASSERT_EQ(ImGui::GetCurrentContext(), nullptr);
  auto job = std::async(std::launch::async, rv::app::buildFonts, 1.5f, 40.0f);
  const rv::app::PrebuiltFonts built = job.get();
  EXPECT_EQ(ImGui::GetCurrentContext(), nullptr);
  ASSERT_NE(built.atlas, nullptr);
  EXPECT_TRUE(built.atlas->IsBuilt());
  EXPECT_FLOAT_EQ(built.scale, 1.5f);
  EXPECT_FLOAT_EQ(built.largePx, 40.0f);
  ASSERT_NE(built.fonts.body, nullptr);
  ASSERT_NE(built.fonts.large, nullptr);
  ASSERT_NE(built.fonts.heading, nullptr);
  EXPECT_FLOAT_EQ(built.fonts.body->FontSize, 26.0f);     // 17 x 1.5, rounded
  EXPECT_FLOAT_EQ(built.fonts.large->FontSize, 40.0f);    // the window's large type, above 26 x 1.5
  EXPECT_FLOAT_EQ(built.fonts.heading->FontSize, 48.0f);  // 32 x 1.5, above 40 x 1.15
  EXPECT_EQ(built.fonts.body->ContainerAtlas, built.atlas.get());
}
