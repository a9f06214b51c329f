#pragma once
// Dear ImGui for one window, owned: the context and its GLFW and OpenGL 3
// backends, set up together and shut down together (before the renderer
// and the window go), and the fonts and theme the panels are drawn with.

#include <string>

#include "ui_theme.h"

struct GLFWwindow;

namespace rv::app {

class ImGuiSession {
 public:
  // Needs the window's GL context current; installs ImGui's GLFW callbacks
  // (they chain to any installed before, input_queue.h's).
  explicit ImGuiSession(GLFWwindow* window);
  ~ImGuiSession();
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

  // The font atlas for the UI scale and the large type (between frames);
  // missing fonts fall back, and the warning says so (empty if none).
  const std::string& setFonts(float scale, float largePx);
  void setTheme(bool highContrast, float scale);
  const UiFonts& fonts() const { return m_fonts; }

  // Starts a frame's UI; render() draws it into the bound framebuffer.
  void newFrame();
  void render();

 private:
  UiFonts m_fonts;
};

}  // namespace rv::app
