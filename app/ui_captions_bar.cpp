// The captions bar across the top, in large type for the back of the room:
// T+ and UTC, the phase, the warp, and the current event's name and caption.

#include <imgui.h>

#include <cstdio>
#include <string>

#include "astro/time_scales.h"
#include "ui_context.h"
#include "ui_event_nav.h"

namespace rv::app {

void drawCaptionsBar(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0), ImGuiCond_Always);
  ImGui::Begin("Captions", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoFocusOnAppearing);
  const sim::MissionTimeline& timeline = *ctx.mission.timeline;
  const double now = ctx.clock.nowUtcS();

  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(formatMetShort(now - timeline.liftoffUtcS()).c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::PushFont(ctx.fonts.large);
  // Align the large line's baseline with the heading's.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       (ctx.fonts.heading->FontSize - ctx.fonts.large->FontSize) * 0.6f);
  const std::string utc = astro::formatIsoUtc(now, 0);
  ImGui::Text("%s UTC", utc.substr(11, 8).c_str());
  ImGui::SameLine(0, ImGui::GetFontSize());
  ImGui::TextColored(ImVec4(0.6f, 0.85f, 1.0f, 1.0f), "%s", phaseTitle(ctx.readout.phase));
  ImGui::SameLine(0, ImGui::GetFontSize());
  char warp[48];
  std::snprintf(warp, sizeof warp, "%s x%g",
                ctx.clock.playing() ? (ctx.clock.warp() < 0 ? "<<" : ">>") : "||",
                ctx.clock.warp());
  ImGui::TextColored(
      ctx.clock.playing() ? ImVec4(0.5f, 1.0f, 0.5f, 1.0f) : ImVec4(1.0f, 0.8f, 0.3f, 1.0f), "%s",
      warp);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x -
                       ImGui::CalcTextSize("2021-10-05   F1 help").x);
  ImGui::TextDisabled("%s   F1 help", utc.substr(0, 10).c_str());

  // The caption of the latest event, wrapped to the window.
  ImGui::PushFont(ctx.fonts.large);
  ImGui::PushTextWrapPos(0.0f);
  if (const sim::MissionEvent* e = currentEvent(timeline.events(), now)) {
    // One wrapped block: a second item after SameLine would wrap indented.
    const std::string line = e->caption.empty() ? e->name : e->name + " \u2014 " + e->caption;
    ImGui::TextUnformatted(line.c_str());
  } else {
    ImGui::TextUnformatted(
        "Soyuz MS-19 on its Soyuz-2.1a at Baikonur, Site 31/6, before engine ignition.");
  }
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ctx.ui.topBarHeight = ImGui::GetWindowHeight();
  ImGui::End();
}

}  // namespace rv::app
