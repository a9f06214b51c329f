// F1: every key, from the same table the keyboard uses, and the mouse.

#include <imgui.h>

#include <algorithm>

#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {

void drawHelpOverlay(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  // Between the bars (it is drawn first, under the transport row).
  const float top = ctx.ui.panelsVisible ? ctx.ui.topBarHeight : 0.0f;
  const float bottom = ctx.ui.panelsVisible ? ctx.ui.bottomBarHeight : 0.0f;
  const float freeH = std::max(vp->WorkSize.y - top - bottom, vp->WorkSize.y * 0.3f);
  ImGui::SetNextWindowPos(
      ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + top + freeH * 0.5f),
      ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->WorkSize.x * 0.95f, freeH * 0.97f));
  bool open = true;
  ImGui::Begin("Keys (F1 or Esc to close)", &open,
               kPinnedPanel | ImGuiWindowFlags_AlwaysAutoResize);
  // Two key columns side by side when the screen is wide enough, so the
  // whole list fits at 720 p without scrolling.
  const std::vector<HelpRow> rows = helpRows();
  float keysW = 0.0f, helpW = 0.0f;
  for (const HelpRow& r : rows) {
    keysW = std::max(keysW, ImGui::CalcTextSize(r.keys.c_str()).x);
    helpW = std::max(helpW, ImGui::CalcTextSize(r.help.c_str()).x);
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float needed = 2 * (keysW + helpW) + 8 * style.CellPadding.x + 2 * style.WindowPadding.x;
  const bool twoColumns = needed < vp->WorkSize.x * 0.95f;
  const size_t perColumn = twoColumns ? (rows.size() + 1) / 2 : rows.size();
  if (ImGui::BeginTable("keys", twoColumns ? 4 : 2,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    for (size_t i = 0; i < perColumn; ++i) {
      ImGui::TableNextRow();
      for (size_t j = i; j < rows.size() && j <= i + perColumn; j += perColumn) {
        ImGui::TableNextColumn();
        ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.3f, 1.0f), "%s", rows[j].keys.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(rows[j].help.c_str());
        if (!twoColumns) break;
      }
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Mouse: click or drag on the timeline to go there; wheel over it zooms,");
  ImGui::TextUnformatted(
      "Shift+wheel or right-drag pans; Shift+drag marks the range to record (as I");
  ImGui::TextUnformatted(
      "and U do). In the free camera (6), drag the 3D view to orbit, wheel to zoom.");
  ImGui::TextUnformatted("Overlay keys (O M Ctrl+B N A) hold for every camera until Ctrl O.");
  ImGui::End();
  if (!open) ctx.actions.push_back(Action::ToggleHelp);
}

}  // namespace rv::app
