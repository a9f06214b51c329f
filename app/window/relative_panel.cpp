// The relative-motion view (V): the Soyuz's path in the station's own frame,
// the way rendezvous plots are drawn. The ISS sits at the centre, V-bar
// (the station's direction of flight) runs to the right and R-bar (away
// from the Earth) up, so a class sees the Soyuz start far behind and below,
// climb and close in with each burn, and come in along the approach
// corridor. The two axes have their own scales (during phasing the distance
// along V-bar is a hundred times the height difference); each follows the
// Soyuz's current offset, so the picture zooms in as it closes.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {
namespace {

// The smallest 1-2-5 step at or above `x`.
double niceScale(double x) {
  const double p = std::pow(10.0, std::floor(std::log10(std::max(x, 1e-6))));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= x) return m * p;
  return 10.0 * p;
}

std::string kmText(double km) {
  return formatRangeM(km * 1000.0);
}

}  // namespace

void drawRelativeMotionPanel(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float h = std::clamp(vp->WorkSize.y * 0.42f, font * 10, font * 30);
  const float w = std::min(h * 1.5f, vp->WorkSize.x * 0.5f);
  pinNextWindow(
      ImVec2(vp->WorkPos.x + 4, vp->WorkPos.y + vp->WorkSize.y - ctx.ui.bottomBarHeight - 4),
      ImVec2(0.0f, 1.0f), ImVec2(w, h));
  ImGui::Begin("Relative motion (the ISS's frame)  V", nullptr,
               kPinnedPanel | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoScrollbar);
  const Readout& r = ctx.readout;
  const MissionSeries& s = ctx.series;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float plotH = avail.y - ImGui::GetTextLineHeightWithSpacing();
  ImGui::Dummy(ImVec2(avail.x, plotH));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p1(p0.x + avail.x, p0.y + plotH);
  dl->AddRectFilled(p0, p1, IM_COL32(10, 14, 24, 235));
  if (!r.soyuzLvlh) {
    dl->AddText(ImVec2(p0.x + font * 0.5f, p0.y + font * 0.5f), IM_COL32(200, 200, 200, 255),
                r.onStack ? "The Soyuz is still on its rocket." : "No relative position.");
    ImGui::TextDisabled("V-bar: the station's flight, R-bar: up");
    ImGui::End();
    return;
  }
  const LvlhOffset& now = *r.soyuzLvlh;
  // Each axis spans +-scale around the station, from the current offset.
  const double vScale = niceScale(std::max(std::abs(now.vBarM) / 1000.0 * 1.25, 0.02));
  const double rScale = niceScale(std::max(std::abs(now.rBarM) / 1000.0 * 1.6, vScale * 0.25));
  const ImVec2 c((p0.x + p1.x) * 0.5f, (p0.y + p1.y) * 0.5f);
  const float halfW = (p1.x - p0.x) * 0.46f, halfH = (p1.y - p0.y) * 0.44f;
  const auto toPx = [&](double vKm, double rKm) {
    return ImVec2(c.x + static_cast<float>(vKm / vScale) * halfW,
                  c.y - static_cast<float>(rKm / rScale) * halfH);
  };
  dl->PushClipRect(p0, p1, true);
  const ImU32 axis = IM_COL32(120, 130, 150, 255);
  dl->AddLine(ImVec2(p0.x, c.y), ImVec2(p1.x, c.y), axis);
  dl->AddLine(ImVec2(c.x, p0.y), ImVec2(c.x, p1.y), axis);
  const std::string vLabel = "V-bar \u2192 " + kmText(vScale);
  const std::string rLabel = "R-bar \u2191 (up) " + kmText(rScale);
  dl->AddText(ImVec2(p1.x - ImGui::CalcTextSize(vLabel.c_str()).x - 4, c.y + 2), axis,
              vLabel.c_str());
  dl->AddText(ImVec2(c.x + 4, p0.y + 2), axis, rLabel.c_str());
  // The path so far: from separation to now.
  const double nowUtc = ctx.clock.nowUtcS();
  ImVec2 pts[2048];
  int n = 0;
  const size_t last = std::min(
      s.vBarKm.size(), static_cast<size_t>(std::max(0.0, (nowUtc - s.startUtcS) / s.stepS)));
  size_t first = last;
  while (first > 0 && !std::isnan(s.vBarKm[first - 1])) --first;
  const size_t stride = std::max<size_t>(1, (last - first) / std::size(pts) + 1);
  for (size_t i = first; i < last && n < static_cast<int>(std::size(pts)); i += stride)
    pts[n++] = toPx(s.vBarKm[i], s.rBarKm[i]);
  if (n < static_cast<int>(std::size(pts))) pts[n++] = toPx(now.vBarM / 1000.0, now.rBarM / 1000.0);
  if (n > 1) dl->AddPolyline(pts, n, IM_COL32(255, 200, 60, 255), ImDrawFlags_None, 2.0f);
  // The station and the Soyuz.
  dl->AddRectFilled(ImVec2(c.x - font * 0.35f, c.y - font * 0.2f),
                    ImVec2(c.x + font * 0.35f, c.y + font * 0.2f), IM_COL32(230, 230, 230, 255));
  dl->AddText(ImVec2(c.x + font * 0.5f, c.y - font * 1.2f), IM_COL32(230, 230, 230, 255), "ISS");
  const ImVec2 sp = toPx(now.vBarM / 1000.0, now.rBarM / 1000.0);
  dl->AddCircleFilled(sp, font * 0.3f, IM_COL32(255, 140, 40, 255));
  dl->PopClipRect();
  char line[160];
  std::snprintf(line, sizeof line, "Soyuz: %s %s, %s %s",
                kmText(std::abs(now.vBarM) / 1000.0).c_str(), now.vBarM < 0 ? "behind" : "ahead",
                kmText(std::abs(now.rBarM) / 1000.0).c_str(), now.rBarM < 0 ? "below" : "above");
  ImGui::TextUnformatted(line);
  ImGui::End();
}

}  // namespace rv::app
