// The telemetry panel on the right: the vehicle's numbers now, and small
// plots of altitude, speed, g and range over the timeline bar's visible span
// with the playhead, drawn from the series computed at load.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "astro/constants.h"
#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {
namespace {

// One number printed with a printf format ("%.1f g").
std::string printed(const char* fmt, double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, value);
  return buf;
}

void textRow(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

// Right-aligned: numbers read better in a column.
void textRowRight(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label);
  ImGui::TableNextColumn();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                       ImGui::CalcTextSize(value.c_str()).x);
  ImGui::TextUnformatted(value.c_str());
}

void row(const char* label, const char* fmt, double value) {
  textRowRight(label, printed(fmt, value));
}

// A plot of series[i] against time over [t0, t1] with the playhead at `now`.
using ValueFormat = std::string (*)(double);

std::string altitudeKm(double km) {
  return printed("%.0f km", km);
}
std::string speedKms(double kms) {
  return formatSpeedMs(kms * 1000.0);
}
std::string accelG(double g) {
  return printed("%.1f g", g);
}
std::string rangeKm(double km) {
  return formatRangeM(km * 1000.0);
}

void plot(const char* title, ValueFormat format, const std::vector<float>& values,
          const MissionSeries& s, double t0, double t1, double now) {
  const float font = ImGui::GetFontSize();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float h = font * 3.2f;
  ImGui::Dummy(ImVec2(w, h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + h), IM_COL32(20, 20, 25, 230));
  if (values.empty() || t1 <= t0) return;
  auto indexOf = [&](double t) {
    return static_cast<long>(std::clamp(std::floor((t - s.startUtcS) / s.stepS), 0.0,
                                        static_cast<double>(values.size() - 1)));
  };
  const long i0 = indexOf(t0), i1 = std::max(indexOf(t1), i0 + 1);
  // One point per pixel column at most.
  const int columns = std::max(2, static_cast<int>(w));
  const long stride = std::max(1L, (i1 - i0) / columns);
  float lo = 1e30f, hi = -1e30f;
  for (long i = i0; i <= i1 && i < static_cast<long>(values.size()); i += 1) {
    const float v = values[static_cast<size_t>(i)];
    if (std::isnan(v)) continue;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  if (lo > hi) {
    dl->AddText(ImVec2(p0.x + 4, p0.y + 2), IM_COL32(160, 160, 160, 255), title);
    dl->AddText(ImVec2(p0.x + 4, p0.y + font * 1.2f), IM_COL32(160, 160, 160, 255), "(none here)");
    return;
  }
  if (hi - lo < 1e-6f) hi = lo + 1.0f;
  const float padY = font * 0.3f;
  auto xOf = [&](double t) { return p0.x + static_cast<float>((t - t0) / (t1 - t0)) * w; };
  auto yOf = [&](float v) { return p0.y + h - padY - (v - lo) / (hi - lo) * (h - 2 * padY); };
  ImVec2 pts[4096];
  int n = 0;
  dl->PushClipRect(p0, ImVec2(p0.x + w, p0.y + h), true);
  auto flush = [&] {
    if (n > 1) dl->AddPolyline(pts, n, IM_COL32(255, 215, 40, 255), ImDrawFlags_None, 2.0f);
    n = 0;
  };
  for (long i = i0; i <= i1 && i < static_cast<long>(values.size()); i += stride) {
    const float v = values[static_cast<size_t>(i)];
    if (std::isnan(v)) {
      flush();
      continue;
    }
    if (n == static_cast<int>(std::size(pts))) flush();
    pts[n++] = ImVec2(xOf(s.utcOf(static_cast<size_t>(i))), yOf(v));
  }
  flush();
  const float xp = xOf(now);
  dl->AddLine(ImVec2(xp, p0.y), ImVec2(xp, p0.y + h), IM_COL32(255, 40, 40, 255), 2.0f);
  dl->PopClipRect();
  const float vNow = values[static_cast<size_t>(indexOf(now))];
  const std::string label =
      std::string(title) + "  " + (std::isnan(vNow) ? "\u2014" : format(static_cast<double>(vNow)));
  dl->AddText(ImVec2(p0.x + 4, p0.y + 2), IM_COL32(235, 235, 235, 255), label.c_str());
  // The scale's top, marked as such.
  const std::string top = "max " + format(static_cast<double>(hi));
  dl->AddText(ImVec2(p0.x + w - ImGui::CalcTextSize(top.c_str()).x - 4, p0.y + 2),
              IM_COL32(150, 150, 150, 255), top.c_str());
}

}  // namespace

void drawTelemetryPanel(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float width = std::min(font * 19.0f, vp->WorkSize.x * 0.4f);
  const float top = vp->WorkPos.y + ctx.ui.topBarHeight + 4;
  const float maxH =
      std::max(font * 4, vp->WorkSize.y - ctx.ui.topBarHeight - ctx.ui.bottomBarHeight - 8);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - width - 4, top),
                          ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxH));
  ImGui::Begin(
      "Telemetry", nullptr,
      kPinnedPanel | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
  const Readout& r = ctx.readout;
  if (ctx.ui.showTelemetry &&
      ImGui::BeginTable("telemetry", 2, ImGuiTableFlags_SizingStretchProp)) {
    textRow("Vehicle", r.stage);
    textRow("Phase", phaseTitle(r.phase));
    if (!r.control.empty()) textRow("Flown by", r.control);
    if (!r.attitude.empty()) {
      textRow("Attitude", r.attitude);
      row("Turn rate", "%.2f\u00b0/s", r.attitudeRateDps);
      textRow("Firing", r.thrusters.empty() ? std::string("-") : r.thrusters);
    }
    row("Altitude", "%.1f km", r.vehicle.altitudeM / 1000.0);
    textRowRight("Ground speed", formatSpeedMs(r.groundSpeedMs));
    textRowRight("Speed (inertial)", formatSpeedMs(r.vehicle.inertialSpeedMs));
    row("Acceleration", "%.2f g", r.vehicle.accelG);
    if (r.onStack) row("Dynamic pressure", "%.1f kPa", r.vehicle.dynamicPressurePa / 1000.0);
    textRowRight("Mass", groupThousands(r.massKg) + " kg");
    if (r.inOrbit) {
      row("Perigee", "%.1f km", r.vehicle.orbit.perigeeHeightM / 1000.0);
      row("Apogee", "%.1f km", r.vehicle.orbit.apogeeHeightM / 1000.0);
      row("Inclination", "%.2f\u00b0", r.vehicle.orbit.inclinationRad / astro::kDegToRad);
    }
    if (r.issRangeM) {
      textRowRight(r.onStack ? "Range to ISS" : "Range to ISS port",
                   r.docked ? std::string("docked") : formatRangeM(*r.issRangeM));
      if (r.issRangeRateMs && !r.docked) {
        // One figure a pupil can read: closing or opening, never a signed
        // rate beside its own negative.
        const RangeRateWords words = rangeRateWords(*r.issRangeRateMs);
        textRowRight(words.label == std::string("Closing") ? "Closing speed" : "Opening speed",
                     words.speed);
      }
    }
    textRow("Event", currentCaption(*ctx.mission.timeline, ctx.clock.nowUtcS()));
    ImGui::EndTable();
  }
  if (ctx.ui.showPlots) {
    if (ctx.ui.showTelemetry) ImGui::Separator();
    const double t0 = ctx.view.viewStartUtcS(), t1 = ctx.view.viewEndUtcS();
    const double now = ctx.clock.nowUtcS();
    const MissionSeries& s = ctx.series;
    plot("Altitude", altitudeKm, s.altitudeKm, s, t0, t1, now);
    plot("Speed (inertial)", speedKms, s.speedKms, s, t0, t1, now);
    plot("Acceleration", accelG, s.accelG, s, t0, t1, now);
    plot("Range to ISS", rangeKm, s.rangeKm, s, t0, t1, now);
    ImGui::TextDisabled("over the timeline's view");
  }
  ImGui::End();
}

}  // namespace rv::app
