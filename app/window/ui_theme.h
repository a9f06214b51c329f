#pragma once
// Look of the presenter UI: the DejaVu fonts at the chosen UI scale (the
// atlas is rebuilt, not stretched, so text stays sharp on a projector), the
// dark and high-contrast themes, and the default scale for a monitor.

#include <memory>
#include <string>

struct ImFont;
struct ImFontAtlas;

namespace rv::app {

struct UiFonts {
  ImFont* body = nullptr;     // panels and buttons (UI scale)
  ImFont* large = nullptr;    // caption and big figures (sized for the back row)
  ImFont* heading = nullptr;  // the T+ clock (bold, a little larger)
  // Empty, or why a fallback was used (a font file missing): a warning,
  // not an error; the UI works with ImGui's built-in font.
  std::string warning;
};

inline constexpr float kMinUiScale = 1.0f;
inline constexpr float kMaxUiScale = 3.0f;
inline constexpr float kBodyFontPx = 17.0f;  // at scale 1
inline constexpr float kLargeFontPx = 26.0f;
inline constexpr float kHeadingFontPx = 32.0f;
inline constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kBoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// Rebuilds the ImGui font atlas for `scale` and re-uploads it (call between
// frames, with the OpenGL3 backend initialised). The large type is `largePx`
// (layout.h's largeTypePx for the window), at least kLargeFontPx * scale.
// Missing DejaVu files fall back to ImGui's built-in font and say so in
// UiFonts::warning.
UiFonts rebuildFonts(float scale, float largePx);

// The same fonts in an atlas of their own, built ahead on any thread: no
// ImGui context and no GL are needed (the window builds them while the
// renderer is made, then ImGuiSession adopts the atlas). Call it while no
// ImGui context exists: ImGui counts its allocations on the current one.
struct FontAtlasDeleter {
  void operator()(ImFontAtlas* atlas) const;
};
struct PrebuiltFonts {
  std::unique_ptr<ImFontAtlas, FontAtlasDeleter> atlas;
  UiFonts fonts;
  float scale = 0.0f, largePx = 0.0f;  // what they were built for
};
PrebuiltFonts buildFonts(float scale, float largePx);

// Resets the style to the theme and scales its sizes.
void applyTheme(bool highContrast, float scale);

// What GLFW says about the monitor a window is on.
struct MonitorInfo {
  float contentScale = 1.0f;  // the desktop's setting (Xft.dpi / 96 on X11)
  int widthPx = 0, heightPx = 0;
  int widthMm = 0, heightMm = 0;  // physical size from EDID; 0 when unknown
};

// A UI scale for a monitor. A content scale above 1 is the desktop's own
// choice and wins. Many X11 desktops leave it at 1 on any screen, so then
// the physical size gives the DPI, and from 120 dpi the scale is DPI / 96
// (a 27" 4K monitor, 163 dpi: 1.75x). Projectors and TVs report no size or
// a bogus one (0 mm, an aspect ratio like 16x9 cm, a 3 m screen): heights
// outside 10 cm..1 m or a shape unlike the pixels' are ignored, and a tall
// picture (1440 px and more) gets 1.5x. Rounded to 0.25, in
// [kMinUiScale, kMaxUiScale].
float defaultUiScale(const MonitorInfo& monitor);
// One step up or down (0.25) within the range.
float steppedUiScale(float scale, int direction);

}  // namespace rv::app
