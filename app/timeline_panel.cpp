#include "timeline_panel.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "astro/time_scales.h"

namespace rv::app {
namespace {

// "T+01:23:45" / "T-00:05:00" from seconds relative to lift-off.
std::string formatMet(double metS) {
  const char sign = metS < 0 ? '-' : '+';
  const long long s = static_cast<long long>(std::floor(std::abs(metS)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%c%02lld:%02lld:%02lld", sign, s / 3600, s / 60 % 60, s % 60);
  return buf;
}

constexpr double kWarps[] = {1, 2, 5, 10, 30, 100, 1000, 10000};

} // namespace

void drawTimelinePanel(PlaybackClock& clock, double liftoffUtcS, const FrameStats& stats) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10, vp->WorkPos.y + vp->WorkSize.y - 10),
                          ImGuiCond_Always, ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x - 20, 0), ImGuiCond_Always);
  ImGui::Begin("Timeline", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings);

  const double now = clock.nowUtcS();
  ImGui::Text("%s   %s", astro::formatIsoUtc(now, 0).c_str(), formatMet(now - liftoffUtcS).c_str());
  ImGui::SameLine();
  if (ImGui::Button(clock.playing() ? "Pause" : "Play")) clock.setPlaying(!clock.playing());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(90);
  char warpLabel[16];
  std::snprintf(warpLabel, sizeof warpLabel, "x%g", clock.warp());
  if (ImGui::BeginCombo("Warp", warpLabel)) {
    for (double w : kWarps) {
      char label[16];
      std::snprintf(label, sizeof label, "x%g", w);
      if (ImGui::Selectable(label, w == clock.warp())) clock.setWarp(w);
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::Text("  %.1f ms/frame (%.0f fps)", stats.frameMs, stats.fps);

  // Slider in seconds from lift-off; float is enough for a slider position
  // (the clock itself stays double).
  float met = static_cast<float>(now - liftoffUtcS);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::SliderFloat("##timeline", &met, static_cast<float>(clock.startUtcS() - liftoffUtcS),
                         static_cast<float>(clock.endUtcS() - liftoffUtcS),
                         formatMet(now - liftoffUtcS).c_str())) {
    clock.seek(liftoffUtcS + met);
  }
  ImGui::End();
}

} // namespace rv::app
