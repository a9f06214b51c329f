#pragma once
// Dear ImGui for one window, owned: the context and its GLFW and OpenGL 3
// backends, set up together and shut down together (before the renderer
// and the window go), and the fonts and theme the panels are drawn with.

#include <memory>
#include <string>

#include "ui_theme.h"

struct GLFWwindow;

namespace rv::app {

class ImGuiSession {
 public:
  // Needs the window's GL context current; installs ImGui's GLFW callbacks
  // (they chain to any installed before, input_queue.h's). `fonts`, if it
  // holds an atlas (buildFonts), becomes the context's: setFonts() for the
  // scale and large type it was built for then has nothing left to do.
  ImGuiSession(GLFWwindow* window, PrebuiltFonts fonts);
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

  // The font atlas for the UI scale and the large type (between frames;
  // rebuilt unless it is the prebuilt one for these sizes); missing fonts
  // fall back, and the warning says so (empty if none).
  const std::string& setFonts(float scale, float largePx);
  void setTheme(bool highContrast, float scale);
  const UiFonts& fonts() const { return m_fonts; }

  // Starts a frame's UI; render() draws it into the bound framebuffer.
  void newFrame();
  void render();

 private:
  // Declared first, destroyed last: the context uses it to the end.
  std::unique_ptr<ImFontAtlas, FontAtlasDeleter> m_atlas;
  UiFonts m_fonts;
  float m_fontsScale = 0.0f, m_fontsLargePx = 0.0f;  // what m_fonts is for
};

}  // namespace rv::app
