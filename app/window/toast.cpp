// The brief message at the top of the 3D view (screenshot saved, a typed
// time not understood...). Shown even when H hides the panels.

#include <imgui.h>

#include "ui_context.h"

namespace rv::app {

void drawToast(UiContext& ctx) {
  const Toast& t = ctx.ui.toast;
  if (t.text.empty() || ctx.wallS > t.untilWallS) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float y = vp->WorkPos.y + (ctx.ui.panelsVisible ? ctx.ui.topBarHeight : 0.0f) + 10;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, y), ImGuiCond_Always,
                          ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0),
                                      ImVec2(vp->WorkSize.x * 0.9f, vp->WorkSize.y * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, t.error ? ImVec4(0.45f, 0.05f, 0.05f, 0.95f)
                                                   : ImVec4(0.05f, 0.25f, 0.05f, 0.95f));
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(vp->WorkSize.x * 0.85f);
  ImGui::TextUnformatted(t.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleColor();
}

}  // namespace rv::app
