// The bar along the bottom, always shown: a thin strip of the whole mission
// (phases and the playhead; click to go there) over four figures in type
// sized for the back of the room (altitude, speed, range and closing speed)
// and the play state. The full telemetry panel is one key away (T).

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {
namespace {

std::string formatAltitude(double m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, m < 100e3 ? "%.1f km" : "%.0f km", std::max(m, 0.0) / 1000.0);
  return buf;
}

// A small label and a large value, on one baseline, with a tooltip.
void figure(const UiContext& ctx, const char* label, const std::string& value, const char* tip) {
  const float large = ctx.fonts.large->FontSize, body = ImGui::GetFontSize();
  const float y = ImGui::GetCursorPosY();
  ImGui::SetCursorPosY(y + (large - body) * 0.8f);
  ImGui::TextDisabled("%s", label);
  ImGui::SameLine(0, body * 0.4f);
  ImGui::SetCursorPosY(y);
  ImGui::PushFont(ctx.fonts.large);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopFont();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
}

// The whole mission as a thin band of phase colours with the playhead.
void missionStrip(UiContext& ctx, float height) {
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton("##mission", ImVec2(w, height));
  const double t0 = ctx.clock.startUtcS(), t1 = ctx.clock.endUtcS();
  const auto xOf = [&](double t) {
    return p0.x + static_cast<float>((t - t0) / std::max(t1 - t0, 1.0)) * w;
  };
  if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const float f = std::clamp((ImGui::GetIO().MousePos.x - p0.x) / std::max(w, 1.0f), 0.0f, 1.0f);
    ctx.clock.seek(t0 + f * (t1 - t0));
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The whole mission: click to go there");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const PhaseBand& b : ctx.series.bands)
    dl->AddRectFilled(ImVec2(xOf(b.startUtcS), p0.y),
                      ImVec2(std::max(xOf(b.endUtcS), xOf(b.startUtcS) + 1.0f), p0.y + height),
                      phaseColour(b.phase));
  const float xp = xOf(ctx.clock.nowUtcS());
  dl->AddRectFilled(ImVec2(xp - 2.0f, p0.y - 2.0f), ImVec2(xp + 2.0f, p0.y + height + 2.0f),
                    IM_COL32(255, 40, 40, 255));
}

}  // namespace

void drawFiguresBar(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  pinNextWindow(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y), ImVec2(0.0f, 1.0f),
                ImVec2(vp->WorkSize.x, 0));
  const float body = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(body * 0.5f, body * 0.2f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(body * 0.5f, body * 0.2f));
  ImGui::Begin("Figures", nullptr,
               kPinnedPanel | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  missionStrip(ctx, std::max(4.0f, body * 0.3f));

  const Readout& r = ctx.readout;
  const float x0 = ImGui::GetCursorPosX(), w = ImGui::GetContentRegionAvail().x;
  const float cell = w / 4.6f;  // four figures and the narrower play state
  const float y = ImGui::GetCursorPosY();
  figure(ctx, "Altitude", formatAltitude(r.vehicle.altitudeM), "Height above the WGS-84 ellipsoid");
  ImGui::SetCursorPos(ImVec2(x0 + cell, y));
  if (r.onStack)
    figure(ctx, "Ground speed", formatSpeedMs(r.groundSpeedMs),
           "Speed over the turning Earth (0 on the pad); the telemetry panel (T) has the "
           "inertial speed");
  else
    figure(ctx, "Orbital speed", formatSpeedMs(r.vehicle.inertialSpeedMs),
           "Speed in the inertial frame, as orbits are reckoned; the telemetry panel (T) has the "
           "ground speed");
  ImGui::SetCursorPos(ImVec2(x0 + 2 * cell, y));
  if (r.docked)
    figure(ctx, "Range", "docked", "The Soyuz is docked to Rassvet");
  else
    figure(ctx, "Range", r.issRangeM ? formatRangeM(*r.issRangeM) : std::string("\u2014"),
           r.onStack ? "Straight-line distance from the rocket to the ISS"
                     : "From the Soyuz's docking probe to the Rassvet port");
  ImGui::SetCursorPos(ImVec2(x0 + 3 * cell, y));
  if (r.issRangeRateMs && !r.docked) {
    const RangeRateWords words = rangeRateWords(*r.issRangeRateMs);
    figure(ctx, words.label, words.speed,
           "How fast the range shrinks (Closing) or grows (Opening)");
  } else {
    figure(ctx, "Closing", "\u2014", "How fast the range shrinks");
  }
  // The play state at the right edge.
  char warp[48];
  std::snprintf(warp, sizeof warp, "%s x%g",
                ctx.clock.playing() ? (ctx.clock.warp() < 0 ? "\u25C0" : "\u25B6") : "||",
                ctx.clock.warp());
  if (!ctx.ui.storyState.empty()) std::snprintf(warp, sizeof warp, "%s", ctx.ui.storyState.c_str());
  ImGui::PushFont(ctx.fonts.large);
  ImGui::SetCursorPos(ImVec2(x0 + w - ImGui::CalcTextSize(warp).x, y));
  ImGui::TextColored(ctx.clock.playing() || !ctx.ui.storyState.empty()
                         ? ImVec4(0.5f, 1.0f, 0.5f, 1.0f)
                         : ImVec4(1.0f, 0.8f, 0.3f, 1.0f),
                     "%s", warp);
  ImGui::PopFont();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Playing or paused, and mission seconds per second (Space, [ ])");
  ctx.ui.figuresBarHeight = ImGui::GetWindowHeight();
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace rv::app
