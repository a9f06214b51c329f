#include "ui_theme.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "data_paths.h"

namespace rv::app {
namespace {

// Latin-1, Cyrillic («Вызов»), general punctuation (dashes, quotes), arrows
// and geometric shapes (play/reverse triangles).
constexpr ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0400, 0x04FF, 0x2000, 0x206F,
                                    0x2190, 0x21FF, 0x25A0, 0x25FF, 0};

ImFont* addFont(ImFontAtlas& atlas, const std::string& path, float px, bool* missing) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    ImFontConfig cfg;
    cfg.OversampleH = 2;  // sharp enough, half the atlas of the default 3
    if (ImFont* f = atlas.AddFontFromFileTTF(path.c_str(), px, &cfg, kGlyphRanges)) return f;
  }
  *missing = true;
  ImFontConfig cfg;
  cfg.SizePixels = px;
  return atlas.AddFontDefault(&cfg);
}

// The three fonts for the scale and large type, added to an empty atlas and
// built (CPU only).
UiFonts addUiFonts(ImFontAtlas& atlas, float scale, float largePx) {
  bool missing = false;
  UiFonts fonts;
  const std::string bodyPath = fontFile("DejaVuSans.ttf");
  fonts.body = addFont(atlas, bodyPath, std::round(kBodyFontPx * scale), &missing);
  const float large = std::max(std::round(kLargeFontPx * scale), std::round(largePx));
  fonts.large = addFont(atlas, bodyPath, large, &missing);
  fonts.heading =
      addFont(atlas, fontFile("DejaVuSans-Bold.ttf"),
              std::max(std::round(kHeadingFontPx * scale), std::round(large * 1.15f)), &missing);
  atlas.Build();
  if (missing)
    fonts.warning = "font " + bodyPath +
                    " not found (install fonts-dejavu-core); using ImGui's small built-in font";
  return fonts;
}

}  // namespace

UiFonts rebuildFonts(float scale, float largePx) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  io.Fonts->Clear();
  UiFonts fonts = addUiFonts(*io.Fonts, scale, largePx);
  io.FontDefault = fonts.body;
  ImGui_ImplOpenGL3_CreateFontsTexture();
  return fonts;
}

void FontAtlasDeleter::operator()(ImFontAtlas* atlas) const {
  IM_DELETE(atlas);
}

PrebuiltFonts buildFonts(float scale, float largePx) {
  PrebuiltFonts out;
  out.atlas.reset(IM_NEW(ImFontAtlas)());
  out.fonts = addUiFonts(*out.atlas, scale, largePx);
  out.scale = scale;
  out.largePx = largePx;
  return out;
}

void applyTheme(bool highContrast, float scale) {
  ImGuiStyle style;
  if (highContrast) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    const ImVec4 yellow(1.0f, 0.85f, 0.1f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TextDisabled] = ImVec4(0.75f, 0.75f, 0.75f, 1);
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0.88f);
    c[ImGuiCol_PopupBg] = ImVec4(0, 0, 0, 0.96f);
    c[ImGuiCol_Border] = ImVec4(1, 1, 1, 0.7f);
    c[ImGuiCol_FrameBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.3f, 0.3f, 0.3f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.4f, 0.4f, 0.4f, 1);
    c[ImGuiCol_Button] = ImVec4(0.18f, 0.18f, 0.18f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.1f, 0.35f, 0.75f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.1f, 0.45f, 0.95f, 1);
    c[ImGuiCol_Header] = ImVec4(0.1f, 0.35f, 0.75f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.1f, 0.45f, 0.95f, 1);
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_SliderGrab] = yellow;
    c[ImGuiCol_PlotLines] = yellow;
    c[ImGuiCol_TitleBg] = ImVec4(0.1f, 0.1f, 0.1f, 1);
    c[ImGuiCol_TitleBgActive] = ImVec4(0.1f, 0.1f, 0.1f, 1);
    style.FrameBorderSize = 1.0f;
    style.WindowBorderSize = 1.0f;
  } else {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg].w = 0.75f;
  }
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

float defaultUiScale(const MonitorInfo& m) {
  float s = std::max(m.contentScale, 1.0f);
  if (s < 1.01f) {
    const bool sizeKnown =
        m.heightMm >= 100 && m.heightMm <= 1000 && m.widthMm > 0 && m.widthPx > 0 && m.heightPx > 0;
    const float pxShape =
        static_cast<float>(m.widthPx) / static_cast<float>(std::max(m.heightPx, 1));
    const float mmShape =
        static_cast<float>(m.widthMm) / static_cast<float>(std::max(m.heightMm, 1));
    const float dpi =
        static_cast<float>(m.heightPx) * 25.4f / static_cast<float>(std::max(m.heightMm, 1));
    if (sizeKnown && std::abs(pxShape / mmShape - 1.0f) < 0.15f)
      s = dpi >= 120.0f ? dpi / 96.0f : 1.0f;
    else if (m.heightPx >= 1440)
      s = 1.5f;
  }
  s = std::round(s * 4.0f) / 4.0f;
  return std::clamp(s, kMinUiScale, kMaxUiScale);
}

float steppedUiScale(float scale, int direction) {
  const float s = std::round(scale * 4.0f) / 4.0f + 0.25f * static_cast<float>(direction);
  return std::clamp(s, kMinUiScale, kMaxUiScale);
}

}  // namespace rv::app
