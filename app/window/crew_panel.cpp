// The crew and mission panel: who flew, why, on what, and a few figures with
// where they come from (docs/SOURCES.md collects the sources).

#include <imgui.h>

#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {
namespace {

struct Figure {
  const char* what;
  const char* value;
  const char* source;
};

// clang-format off
constexpr Figure kFigures[] = {
  {"Lift-off", "5 Oct 2021 08:55:02 UTC, Baikonur Site 31/6", "russianspaceweb.com (A. Zak)"},
  {"Launch vehicle", "Soyuz-2.1a, 46.3 m tall", "spaceexplored.com"},
  {"Spacecraft", "Soyuz MS-19 (No. 749), 7,152 kg at launch", "russianspaceweb.com"},
  {"Orbit reached", "nearly nine minutes after launch", "NASA space station blog"},
  {"Rendezvous", "two-orbit scheme, about 3 h 17 min planned", "TASS; NASA blog"},
  {"Docking", "12:22:31 UTC to Rassvet (nadir), after a manual approach", "russianspaceweb.com"},
  {"Planned docking", "12:12 UTC", "NASA space station blog"},
  {"ISS altitude", "about 418-439 km (mean 420 km)", "TASS, 24 Sep 2021 correction"},
  {"Hatch opening", "about 15:00 UTC", "NASA blog (single source)"},
  {"Film crew return", "17 Oct 2021 on Soyuz MS-18 with O. Novitskiy", "TASS"},
};
// clang-format on

}  // namespace

void drawCrewPanel(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float width = std::min(font * 24.0f, vp->WorkSize.x * 0.45f);
  const float maxH =
      std::max(font * 4, vp->WorkSize.y - ctx.ui.topBarHeight - ctx.ui.bottomBarHeight - 8);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 4, vp->WorkPos.y + ctx.ui.topBarHeight + 4),
                          ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxH));
  bool open = true;
  ImGui::Begin(
      "Crew and mission", &open,
      kPinnedPanel | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.3f, 1.0f), "Soyuz MS-19 crew");
  for (const char* line :
       {"Anton Shkaplerov - commander, Roscosmos cosmonaut. Flew the final approach by hand when "
        "the automatic Kurs system failed.",
        "Yulia Peresild - actress. Plays a doctor sent to the ISS to save a cosmonaut in the film.",
        "Klim Shipenko - film director, shooting the film on board."}) {
    ImGui::Bullet();
    ImGui::TextUnformatted(line);  // wraps at the window edge (PushTextWrapPos above)
  }
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.3f, 1.0f), "The film");
  ImGui::TextUnformatted(
      "\"The Challenge\" (\u00ab\u0412\u044b\u0437\u043e\u0432\u00bb): the first "
      "feature film with scenes shot in orbit.");
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.3f, 1.0f), "Key figures");
  ImGui::PopTextWrapPos();
  if (ImGui::BeginTable("figures", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    for (const Figure& f : kFigures) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(f.what);
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(f.value);
      ImGui::TextDisabled("%s", f.source);
      ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
  }
  ImGui::End();
  if (!open) ctx.actions.push_back(Action::ToggleCrew);
}

}  // namespace rv::app
