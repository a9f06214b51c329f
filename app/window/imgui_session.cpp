#include "imgui_session.h"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace rv::app {

ImGuiSession::ImGuiSession(GLFWwindow* window, PrebuiltFonts fonts)
    : m_atlas(std::move(fonts.atlas)) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext(m_atlas.get());  // its own atlas when null
  if (m_atlas) {
    m_fonts = std::move(fonts.fonts);
    m_fontsScale = fonts.scale;
    m_fontsLargePx = fonts.largePx;
    ImGui::GetIO().FontDefault = m_fonts.body;  // the backend uploads the atlas on its first frame
  }
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
}

ImGuiSession::~ImGuiSession() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

const std::string& ImGuiSession::setFonts(float scale, float largePx) {
  if (m_fonts.body == nullptr || scale != m_fontsScale || largePx != m_fontsLargePx) {
    m_fonts = rebuildFonts(scale, largePx);
    m_fontsScale = scale;
    m_fontsLargePx = largePx;
  }
  return m_fonts.warning;
}

void ImGuiSession::setTheme(bool highContrast, float scale) {
  applyTheme(highContrast, scale);
}

void ImGuiSession::newFrame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void ImGuiSession::render() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace rv::app
