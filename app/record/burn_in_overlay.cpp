#include "burn_in_overlay.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "astro/time_scales.h"
#include "readouts.h"
#include "sim/mission_events.h"
#include "sim/mission_timeline.h"
#include "sim/telemetry.h"

namespace rv::app {

OverlayFacts overlayFacts(const sim::MissionTimeline& timeline, double utcS, double speed,
                          const CaptionCue* cue, double videoS) {
  OverlayFacts f;
  f.utcS = utcS;
  f.metS = utcS - timeline.liftoffUtcS();
  f.speed = speed;
  const sim::MissionFrame frame = timeline.frame(utcS);
  const sim::ObjectState& soyuz = frame[sim::ObjectId::Soyuz];
  const sim::ObjectState& stack = frame[sim::ObjectId::Stack];
  const sim::ObjectState& shown = soyuz.exists && !soyuz.attached ? soyuz : stack;
  if (shown.exists) {
    const sim::Telemetry t = sim::telemetry(timeline, shown, utcS);
    f.altitudeKm = t.altitudeM / 1000.0;
    f.speedKms = t.inertialSpeedMs / 1000.0;
    // Once docked there is no range to close: neither figure is shown.
    if (shown.phase != sim::Phase::Docked) {
      f.rangeM = t.rangeM;
      f.rangeRateMs = t.rangeRateMs;
    }
  }
  // The caption on screen now, timed in video seconds (caption_schedule.h).
  if (cue) {
    f.eventName = cue->event->name;
    f.eventCaption = cue->event->caption;
    f.eventAge01 = (videoS - cue->startVideoS) / std::max(cue->endVideoS - cue->startVideoS, 1e-9);
  }
  return f;
}

float overlayTextPx(int height) {
  return std::max(8.0f, std::round(static_cast<float>(height) / 24.0f));
}

std::vector<std::string> wrapText(std::string_view text, float heightPx, float maxWidthPx,
                                  const std::function<float(std::string_view, float)>& measure) {
  std::vector<std::string> lines;
  std::string line;
  size_t i = 0;
  while (i < text.size()) {
    const size_t j = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, j - i);
    const std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (!line.empty() && measure(candidate, heightPx) > maxWidthPx) {
      lines.push_back(line);
      line = std::string(word);
    } else {
      line = candidate;
    }
    i = j + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

render::Hud layoutOverlay(const OverlayFacts& f, int width, int height,
                          const std::function<float(std::string_view, float)>& measure) {
  render::Hud out;
  const float px = overlayTextPx(height);
  const float small = std::max(8.0f, std::round(px * 0.8f));
  const float margin = std::round(px * 0.6f);
  const float w = static_cast<float>(width), h = static_cast<float>(height);
  const glm::vec4 white(1.0f), dim(0.85f, 0.9f, 1.0f, 1.0f);
  const glm::vec4 shade(0.0f, 0.0f, 0.0f, 0.45f);

  // Top left: UTC and T+.
  std::string utc = astro::formatIsoUtc(f.utcS, 1);
  if (utc.size() > 11) utc[10] = ' ';
  if (!utc.empty() && utc.back() == 'Z') utc.back() = ' ', utc += "UTC";
  const std::string met = sim::formatMet(f.metS);
  const float topW = std::max(measure(utc, small), measure(met, px));
  out.boxes.push_back({{margin * 0.5f, margin * 0.5f},
                       {margin * 1.5f + topW, margin + px * 1.25f + small * 1.3f},
                       shade});
  out.runs.push_back({met, {margin, margin + px}, px, white, render::TextAlign::Left});
  out.runs.push_back(
      {utc, {margin, margin + px + small * 1.25f}, small, dim, render::TextAlign::Left});

  // Top right: replay speed.
  char buf[96];
  if (f.speed < 0.995 || f.speed > 1.005) {
    std::snprintf(buf, sizeof buf, "x%.0f", f.speed);
    if (f.speed < 10.0) std::snprintf(buf, sizeof buf, "x%.1f", f.speed);
    out.runs.push_back({buf, {w - margin, margin + small}, small, dim, render::TextAlign::Right});
  }

  // Bottom left: telemetry.
  std::vector<std::string> tele;
  if (f.altitudeKm) {
    std::snprintf(buf, sizeof buf, "Altitude %.1f km", *f.altitudeKm);
    tele.push_back(buf);
  }
  if (f.speedKms) tele.push_back("Speed (inertial) " + formatSpeedMs(*f.speedKms * 1000.0));
  // The window's unit ladder and closing/opening words (readouts.h).
  if (f.rangeM) tele.push_back("Range to ISS " + formatRangeM(*f.rangeM));
  if (f.rangeRateMs && f.rangeM && *f.rangeM < 10000.0) {
    const RangeRateWords words = rangeRateWords(*f.rangeRateMs);
    tele.push_back(std::string(words.label) + " " + words.speed);
  }
  float y = h - margin - static_cast<float>(tele.size() - 1) * small * 1.3f;
  for (const auto& line : tele) {
    out.runs.push_back({line, {margin, y}, small, white, render::TextAlign::Left});
    y += small * 1.3f;
  }
  if (!tele.empty()) {
    float tw = 0.0f;
    for (const auto& line : tele) tw = std::max(tw, measure(line, small));
    const float top = h - margin - static_cast<float>(tele.size()) * small * 1.3f;
    out.boxes.push_back({{margin * 0.5f, top}, {margin * 1.5f + tw, h - margin * 0.4f}, shade});
  }

  // Bottom centre (or top, clear of the subject): the caption on screen.
  if (!f.eventName.empty()) {
    const float alpha = std::clamp(static_cast<float>((1.0 - f.eventAge01) * 4.0), 0.0f, 1.0f);
    const float maxW = w * 0.5f;
    std::vector<std::string> lines = wrapText(f.eventCaption, small, maxW, measure);
    if (lines.size() > 3) {
      lines.resize(3);
      lines.back() += " ...";
    }
    const float blockH = px * 1.3f + static_cast<float>(lines.size()) * small * 1.3f;
    float bw = measure(f.eventName, px);
    for (const auto& l : lines) bw = std::max(bw, measure(l, small));
    const float cx = w * 0.5f + w * 0.08f;  // right of centre: telemetry sits bottom left
    // Bottom, unless the subject is near there: then whichever of the bottom
    // and the top (below the clock) is farther from it.
    float top = h - margin * 2.0f - blockH;
    if (f.subjectPx) {
      const auto [sx, sy] = *f.subjectPx;
      const float pad = h * 0.25f;  // the subject is a point; the vehicle and its plume are not
      const bool near = sx > cx - bw * 0.5f - margin - pad && sx < cx + bw * 0.5f + margin + pad &&
                        sy > top - margin - pad && sy < h;
      const float topAlt = margin * 2.0f + small * 2.6f;
      if (near && std::abs(sy - (topAlt + blockH * 0.5f)) > std::abs(sy - (top + blockH * 0.5f)))
        top = topAlt;
    }
    out.boxes.push_back({{cx - bw * 0.5f - margin * 0.5f, top - margin * 0.3f},
                         {cx + bw * 0.5f + margin * 0.5f, top + blockH + margin * 0.3f},
                         {0.0f, 0.0f, 0.0f, 0.55f * alpha}});
    out.runs.push_back(
        {f.eventName, {cx, top + px}, px, {1.0f, 0.85f, 0.4f, alpha}, render::TextAlign::Center});
    float ly = top + px * 1.3f + small;
    for (const auto& l : lines) {
      out.runs.push_back(
          {l, {cx, ly}, small, {1.0f, 1.0f, 1.0f, alpha}, render::TextAlign::Center});
      ly += small * 1.3f;
    }
  }
  return out;
}

}  // namespace rv::app
