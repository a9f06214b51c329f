#pragma once
// Look of the presenter UI: the DejaVu fonts at the chosen UI scale (the
// atlas is rebuilt, not stretched, so text stays sharp on a projector), the
// dark and high-contrast themes, and the default scale for a monitor.

#include <string>

struct ImFont;

namespace rv::app {

struct UiFonts {
  ImFont* body = nullptr;    // panels
  ImFont* large = nullptr;   // captions bar
  ImFont* heading = nullptr; // T+ clock in the captions bar (bold, larger)
};

inline constexpr float kMinUiScale = 1.0f;
inline constexpr float kMaxUiScale = 3.0f;
inline constexpr float kBodyFontPx = 17.0f;    // at scale 1
inline constexpr float kLargeFontPx = 26.0f;
inline constexpr float kHeadingFontPx = 32.0f;
inline constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kBoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// Rebuilds the ImGui font atlas for `scale` and re-uploads it (call between
// frames, with the OpenGL3 backend initialised). Missing DejaVu files fall
// back to ImGui's built-in font and set *warning.
UiFonts rebuildFonts(float scale, std::string* warning);

// Resets the style to the theme and scales its sizes.
void applyTheme(bool highContrast, float scale);

// A UI scale from the monitor: its content scale (DPI / 96) and, for a
// projector or TV that reports 1.0, its height (1.5x from 1440 px).
// Rounded to 0.25 and clamped to [kMinUiScale, kMaxUiScale].
float defaultUiScale(float contentScale, int monitorHeightPx);
// One step up or down (0.25) within the range.
float steppedUiScale(float scale, int direction);

} // namespace rv::app
