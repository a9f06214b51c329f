// The bar across the top, one line in type sized for the back of the room:
// the T+ clock and the current event's caption. A caption longer than the
// line ends in "..." and shows whole in a tooltip and in the telemetry panel.

#include <imgui.h>

#include <string>

#include "event_nav.h"
#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {
namespace {

// `text` cut at a UTF-8 character boundary so that it and an ellipsis fit
// in `maxWidth` pixels of the current font; `text` itself when it fits.
std::string fitWithEllipsis(const std::string& text, float maxWidth, bool* cut) {
  *cut = false;
  if (ImGui::CalcTextSize(text.c_str()).x <= maxWidth) return text;
  *cut = true;
  const char* ellipsis = "\u2026";
  const float ellipsisW = ImGui::CalcTextSize(ellipsis).x;
  size_t end = text.size();
  while (end > 0) {
    do --end;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80);
    if (ImGui::CalcTextSize(text.data(), text.data() + end).x + ellipsisW <= maxWidth) break;
  }
  // Not mid-word when a word boundary is near.
  const size_t space = text.rfind(' ', end);
  if (space != std::string::npos && space + 12 > end) end = space;
  return text.substr(0, end) + ellipsis;
}

}  // namespace

std::string currentCaption(const sim::MissionTimeline& timeline, double utcS) {
  if (const sim::MissionEvent* e = currentEvent(timeline.events(), utcS))
    return e->caption.empty() ? e->name : e->name + " \u2014 " + e->caption;
  return "Soyuz MS-19 on its Soyuz-2.1a at Baikonur, Site 31/6, before engine ignition.";
}

void drawCaptionsBar(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  pinNextWindow(vp->WorkPos, ImVec2(0.0f, 0.0f), ImVec2(vp->WorkSize.x, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(ImGui::GetFontSize() * 0.5f, ImGui::GetFontSize() * 0.15f));
  ImGui::Begin("Captions", nullptr,
               kPinnedPanel | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  const sim::MissionTimeline& timeline = *ctx.mission.timeline;
  const double now = ctx.clock.nowUtcS();

  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(formatMetShort(now - timeline.liftoffUtcS()).c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, ctx.fonts.large->FontSize);
  ImGui::PushFont(ctx.fonts.large);
  // The caption's baseline on the clock's.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                       (ctx.fonts.heading->FontSize - ctx.fonts.large->FontSize) * 0.8f);
  const sim::MissionEvent* held = ctx.ui.storyCaption;
  const std::string caption =
      held ? (held->caption.empty() ? held->name : held->name + " \u2014 " + held->caption)
           : currentCaption(timeline, now);
  bool cut = false;
  const std::string line = fitWithEllipsis(caption, ImGui::GetContentRegionAvail().x, &cut);
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
  if (cut && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextUnformatted(caption.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ctx.ui.topBarHeight = ImGui::GetWindowHeight();
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace rv::app
