// The flat world map (W): the Earth's day map, equirectangular, centred on
// the longitude under the Sun so the day side fills the middle; the night
// shaded from the Sun's true direction; the ground tracks of the Soyuz (or
// the rocket) and the ISS for the last orbit and the next half, Baikonur,
// and where the spent stages came down. Everything from the simulation and
// the ephemerides at the shown instant.

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "astro/sun_direction.h"
#include "frame_builder.h"
#include "pinned_panel.h"
#include "ui_context.h"
#include "world_map.h"

namespace rv::app {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

struct MapFrame {
  ImVec2 p0;
  float w = 0, h = 0;
  double centreLonDeg = 0;
  // Screen position of a latitude and longitude (degrees).
  ImVec2 at(double latDeg, double lonDeg) const {
    double x = std::fmod(lonDeg - centreLonDeg + 540.0, 360.0) / 360.0;  // 0..1, centre at 0.5
    return ImVec2(p0.x + static_cast<float>(x) * w,
                  p0.y + static_cast<float>((90.0 - latDeg) / 180.0) * h);
  }
};

// A ground track, broken where it wraps round the map's edge.
void track(ImDrawList* dl, const MapFrame& m, const sim::MissionTimeline& tl, sim::ObjectId id,
           const LoadedMission& mission, double fromUtc, double toUtc, ImU32 colour,
           float thickness) {
  ImVec2 prev;
  bool have = false;
  for (double t = fromUtc; t <= toUtc; t += 30.0) {
    const sim::ObjectState s = tl.objectState(id, t);
    if (!s.exists) {
      have = false;
      continue;
    }
    const astro::Geodetic g =
        astro::geodeticFromEcef(astro::temeToEcef(s.posTeme, gmstAt(mission, t)));
    const ImVec2 p = m.at(g.latRad / kDeg, g.lonRad / kDeg);
    if (have && std::abs(p.x - prev.x) < m.w * 0.5f) dl->AddLine(prev, p, colour, thickness);
    prev = p;
    have = true;
  }
}

}  // namespace

void drawMapPanel(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float w = std::clamp(vp->WorkSize.x * 0.4f, font * 16, font * 40);
  const float h = w * 0.5f + font * 3.4f;  // the map, the title bar and the key line
  pinNextWindow(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 4,
                       vp->WorkPos.y + vp->WorkSize.y - ctx.ui.bottomBarHeight - 4),
                ImVec2(1.0f, 1.0f), ImVec2(w, h));
  ImGui::Begin("World map  W", nullptr,
               kPinnedPanel | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoScrollbar);
  const sim::MissionTimeline& tl = *ctx.mission.timeline;
  const double now = ctx.clock.nowUtcS();
  const double gmst = gmstAt(ctx.mission, now);
  const LatLonDeg subsolar = subsolarPoint(astro::sunPosition(now).directionTeme, gmst);
  const double sunLon = subsolar.lonDeg;

  MapFrame m;
  m.p0 = ImGui::GetCursorScreenPos();
  m.w = ImGui::GetContentRegionAvail().x;
  m.h = m.w * 0.5f;
  m.centreLonDeg = sunLon;
  ImGui::Dummy(ImVec2(m.w, m.h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p1(m.p0.x + m.w, m.p0.y + m.h);
  dl->PushClipRect(m.p0, p1, true);
  // The day map in two pieces: the screen's left edge is longitude
  // centre - 180, which is u0 in the texture.
  const float u0 = static_cast<float>(std::fmod(sunLon + 360.0, 360.0) / 360.0);
  // ImGui's OpenGL backend takes the texture name as its image id.
  const auto tex = reinterpret_cast<ImTextureID>(static_cast<intptr_t>(ctx.earthMapTexture));
  if (ctx.earthMapTexture != 0) {
    const float split = m.p0.x + (1.0f - u0) * m.w;
    dl->AddImage(tex, m.p0, ImVec2(split, p1.y), ImVec2(u0, 0), ImVec2(1, 1));
    dl->AddImage(tex, ImVec2(split, m.p0.y), p1, ImVec2(0, 0), ImVec2(u0, 1));
  } else {
    dl->AddRectFilled(m.p0, p1, IM_COL32(20, 50, 110, 255));
  }
  // Night: in each 2-degree column, from the terminator to the pole that is
  // in darkness.
  constexpr int kCols = 180;
  for (int c = 0; c < kCols; ++c) {
    const double lon = m.centreLonDeg - 180.0 + (c + 0.5) * 360.0 / kCols;
    const double termLat = terminatorLatDeg(lon, subsolar);
    // Whole pixels, edge to edge: no gaps and no doubly-shaded seams.
    const float x0 = std::floor(m.p0.x + static_cast<float>(c) * m.w / kCols);
    const float x1 = std::floor(m.p0.x + static_cast<float>(c + 1) * m.w / kCols);
    const float yt = m.p0.y + static_cast<float>((90.0 - termLat) / 180.0) * m.h;
    if (subsolar.latDeg > 0.0)  // the Sun north of the equator: night south of the line
      dl->AddRectFilled(ImVec2(x0, yt), ImVec2(x1, p1.y), IM_COL32(0, 0, 20, 140));
    else
      dl->AddRectFilled(ImVec2(x0, m.p0.y), ImVec2(x1, yt), IM_COL32(0, 0, 20, 140));
  }
  // Tracks: the last orbit and the next half.
  const bool onStack = ctx.readout.onStack;
  const sim::ObjectId vehicle = onStack ? sim::ObjectId::Stack : sim::ObjectId::Soyuz;
  // The Soyuz flies in the station's plane, so the tracks overlap: the
  // Soyuz's wide underneath, the station's thin on top.
  track(dl, m, tl, vehicle, ctx.mission, std::max(now - 5400.0, tl.liftoffUtcS()), now + 2700.0,
        IM_COL32(255, 170, 60, 255), 4.0f);
  track(dl, m, tl, sim::ObjectId::Iss, ctx.mission, now - 5400.0, now + 2700.0,
        IM_COL32(120, 200, 255, 255), 1.5f);
  // Baikonur and the impact points (from the simulated impact events).
  const auto& launch = ctx.mission.config.launch;
  const ImVec2 site = m.at(launch.padLatDeg, launch.padLonDeg);
  dl->AddTriangleFilled(
      ImVec2(site.x, site.y - font * 0.4f), ImVec2(site.x - font * 0.35f, site.y + font * 0.25f),
      ImVec2(site.x + font * 0.35f, site.y + font * 0.25f), IM_COL32(255, 90, 90, 255));
  dl->AddText(ImVec2(site.x + font * 0.4f, site.y - font * 0.5f), IM_COL32(255, 120, 120, 255),
              "Baikonur");
  for (const sim::MissionEvent& e : tl.events()) {
    if (e.utcS > now || e.id.find("impact") == std::string::npos) continue;
    for (const sim::ObjectId id :
         {sim::ObjectId::Booster1, sim::ObjectId::Booster2, sim::ObjectId::Booster3,
          sim::ObjectId::Booster4, sim::ObjectId::Core, sim::ObjectId::Fairing1,
          sim::ObjectId::Fairing2, sim::ObjectId::Les}) {
      if (e.id.rfind(sim::objectIdName(id), 0) != 0) continue;
      const sim::ObjectState s = tl.objectState(id, e.utcS);
      const astro::Geodetic g =
          astro::geodeticFromEcef(astro::temeToEcef(s.posTeme, gmstAt(ctx.mission, e.utcS)));
      const ImVec2 p = m.at(g.latRad / kDeg, g.lonRad / kDeg);
      dl->AddLine(ImVec2(p.x - 3, p.y - 3), ImVec2(p.x + 3, p.y + 3), IM_COL32(255, 255, 255, 255),
                  1.5f);
      dl->AddLine(ImVec2(p.x - 3, p.y + 3), ImVec2(p.x + 3, p.y - 3), IM_COL32(255, 255, 255, 255),
                  1.5f);
    }
  }
  // Where the two are now.
  const auto dot = [&](sim::ObjectId id, ImU32 colour) {
    const sim::ObjectState s = tl.objectState(id, now);
    if (!s.exists) return;
    const astro::Geodetic g = astro::geodeticFromEcef(astro::temeToEcef(s.posTeme, gmst));
    dl->AddCircleFilled(m.at(g.latRad / kDeg, g.lonRad / kDeg), font * 0.35f, colour);
  };
  dot(sim::ObjectId::Iss, IM_COL32(120, 200, 255, 255));
  dot(vehicle, IM_COL32(255, 170, 60, 255));
  dl->PopClipRect();
  ImGui::TextColored(ImVec4(1.0f, 0.67f, 0.24f, 1.0f), "%s", onStack ? "Rocket" : "Soyuz");
  ImGui::SameLine();
  ImGui::TextColored(ImVec4(0.47f, 0.78f, 1.0f, 1.0f), "ISS");
  ImGui::SameLine();
  ImGui::TextDisabled("last orbit and the next half; x: stage impacts; night shaded");
  ImGui::End();
}

}  // namespace rv::app
