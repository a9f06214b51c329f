#include "record_job.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "sim/mission_events.h"

namespace rv::app {
namespace {

// Video seconds spent in segment [a, b] from its start to fraction x of it.
double segmentVideoTime(const WarpAnchor& a, const WarpAnchor& b, double x) {
  const double len = b.utcS - a.utcS;
  const double lnR = std::log(b.speed / a.speed);
  if (std::abs(lnR) < 1e-12) return len * x / a.speed;
  // integral_0^x len / (s0 r^u) du = len / s0 * (1 - r^-x) / ln r
  return len / a.speed * (1.0 - std::exp(-lnR * x)) / lnR;
}

// Inverse of segmentVideoTime: the fraction x reached after videoS seconds.
double segmentFraction(const WarpAnchor& a, const WarpAnchor& b, double videoS) {
  const double len = b.utcS - a.utcS;
  const double lnR = std::log(b.speed / a.speed);
  if (std::abs(lnR) < 1e-12) return videoS * a.speed / len;
  const double arg = 1.0 - videoS * a.speed * lnR / len;
  return arg <= 0.0 ? 1.0 : -std::log(arg) / lnR;
}

}  // namespace

Result<TimeWarp> TimeWarp::create(std::vector<WarpAnchor> anchors) {
  const auto fail = [](const char* why) { return rv::fail(why, ErrorKind::kBadInput); };
  if (anchors.size() < 2) return fail("a time warp needs at least two anchors");
  for (size_t i = 0; i < anchors.size(); ++i) {
    if (!(anchors[i].speed > 0.0) || !std::isfinite(anchors[i].speed))
      return fail("time-warp speeds must be positive");
    if (i > 0 && !(anchors[i].utcS > anchors[i - 1].utcS))
      return fail("time-warp anchors must be in increasing time order");
  }
  TimeWarp w;
  w.m_anchors = std::move(anchors);
  w.m_videoAt.assign(w.m_anchors.size(), 0.0);
  for (size_t i = 1; i < w.m_anchors.size(); ++i)
    w.m_videoAt[i] = w.m_videoAt[i - 1] + segmentVideoTime(w.m_anchors[i - 1], w.m_anchors[i], 1.0);
  return w;
}

double TimeWarp::videoTimeAt(double utcS) const {
  if (utcS <= startUtcS()) return 0.0;
  if (utcS >= endUtcS()) return totalVideoS();
  const auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), utcS,
                                   [](double t, const WarpAnchor& a) { return t < a.utcS; });
  const size_t k = static_cast<size_t>(it - m_anchors.begin()) - 1;
  const WarpAnchor& a = m_anchors[k];
  const WarpAnchor& b = m_anchors[k + 1];
  return m_videoAt[k] + segmentVideoTime(a, b, (utcS - a.utcS) / (b.utcS - a.utcS));
}

double TimeWarp::utcAtVideoTime(double videoS) const {
  if (videoS <= 0.0) return startUtcS();
  if (videoS >= totalVideoS()) return endUtcS();
  const auto it = std::upper_bound(m_videoAt.begin(), m_videoAt.end(), videoS);
  const size_t k = static_cast<size_t>(it - m_videoAt.begin()) - 1;
  const WarpAnchor& a = m_anchors[k];
  const WarpAnchor& b = m_anchors[k + 1];
  const double x = std::clamp(segmentFraction(a, b, videoS - m_videoAt[k]), 0.0, 1.0);
  return a.utcS + x * (b.utcS - a.utcS);
}

double TimeWarp::speedAt(double utcS) const {
  if (utcS <= startUtcS()) return m_anchors.front().speed;
  if (utcS >= endUtcS()) return m_anchors.back().speed;
  const auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), utcS,
                                   [](double t, const WarpAnchor& a) { return t < a.utcS; });
  const size_t k = static_cast<size_t>(it - m_anchors.begin()) - 1;
  const WarpAnchor& a = m_anchors[k];
  const WarpAnchor& b = m_anchors[k + 1];
  const double x = (utcS - a.utcS) / (b.utcS - a.utcS);
  return a.speed * std::pow(b.speed / a.speed, x);
}

Result<FrameRange> parseFrameRange(std::string_view text, int64_t total) {
  const auto fail = [&](const std::string& why) {
    return rv::fail("--frames '" + std::string(text) + "': " + why, ErrorKind::kBadInput);
  };
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return fail("expected A:B (frames A to B-1), A: or :B");
  const auto parse = [](std::string_view part, int64_t fallback, int64_t& out) {
    if (part.empty()) {
      out = fallback;
      return true;
    }
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && ptr == part.data() + part.size();
  };
  FrameRange r;
  if (!parse(text.substr(0, colon), 0, r.first) || !parse(text.substr(colon + 1), total, r.end))
    return fail("expected whole frame numbers, A:B (frames A to B-1)");
  if (r.first < 0 || r.end > total || r.first >= r.end)
    return fail("must satisfy 0 <= A < B <= " + std::to_string(total) + " (the video has " +
                std::to_string(total) + " frames)");
  return r;
}

bool isSupportedFps(int fps) {
  return fps == 24 || fps == 25 || fps == 30 || fps == 50 || fps == 60;
}

namespace {
std::string unsupportedFps(int fps) {
  return "--fps " + std::to_string(fps) + " is not supported; use 24, 25, 30, 50 or 60";
}
}  // namespace

Result<RecordSchedule> RecordSchedule::constant(const RecordTiming& t) {
  const auto fail = [](std::string why) { return rv::fail(std::move(why), ErrorKind::kBadInput); };
  if (!isSupportedFps(t.fps)) return fail(unsupportedFps(t.fps));
  if (!(t.toUtcS > t.fromUtcS)) return fail("--to must be later than --from");
  if (t.speed && t.durationS) return fail("give --speed or --duration, not both");
  RecordSchedule s;
  s.m_fps = t.fps;
  s.m_fromUtcS = t.fromUtcS;
  const double span = t.toUtcS - t.fromUtcS;
  double frames = 0.0;
  if (t.durationS) {
    if (!(*t.durationS > 0.0) || !std::isfinite(*t.durationS))
      return fail("--duration must be a positive number of seconds");
    frames = std::round(*t.durationS * t.fps);
    if (frames < 1.0) return fail("--duration is shorter than one frame");
    // The last frame is one frame before --to, as with --speed.
    s.m_speed = span * t.fps / frames;
  } else {
    s.m_speed = t.speed.value_or(1.0);
    if (!(s.m_speed > 0.0) || !std::isfinite(s.m_speed))
      return fail("--speed must be a positive number");
    // Frames at from, from + speed/fps, ... strictly before --to. The
    // 1e-4 frame tolerance absorbs rounding of the span: UTC seconds near
    // 7e8 carry about 1e-7 s of rounding, so an exact multiple must not
    // become one frame too many.
    frames = std::ceil(span * t.fps / s.m_speed - 1e-4);
  }
  if (frames > 1e8) return fail("that range is more than 100 million frames; raise --speed");
  s.m_frameCount = std::max<int64_t>(1, static_cast<int64_t>(frames));
  return s;
}

Result<RecordSchedule> RecordSchedule::warped(TimeWarp warp, int fps) {
  if (!isSupportedFps(fps)) return fail(unsupportedFps(fps), ErrorKind::kBadInput);
  RecordSchedule s;
  s.m_fps = fps;
  s.m_fromUtcS = warp.startUtcS();
  s.m_speed = 0.0;
  s.m_frameCount = std::max<int64_t>(1, static_cast<int64_t>(std::floor(warp.totalVideoS() * fps)));
  s.m_warp = std::move(warp);
  return s;
}

double RecordSchedule::frameUtcS(int64_t i) const {
  if (m_warp) return m_warp->utcAtVideoTime(static_cast<double>(i) / m_fps);
  return m_fromUtcS + static_cast<double>(i) * m_speed / m_fps;
}

std::vector<WarpAnchor> rampedAnchors(const std::vector<WarpAnchor>& steps, double endUtcS,
                                      double rampVideoS) {
  std::vector<WarpAnchor> out;
  if (steps.empty()) return out;
  out.push_back(steps.front());
  for (size_t k = 1; k < steps.size(); ++k) {
    const double c = steps[k].utcS;
    const double sa = steps[k - 1].speed, sb = steps[k].speed;
    if (sa == sb) continue;
    const double lo = std::min(sa, sb), ratio = std::max(sa, sb) / lo;
    // A geometric ramp from lo to lo*ratio lasting rampVideoS of video spans
    // rampVideoS * lo * ln(ratio) / (1 - 1/ratio) mission seconds.
    double len = rampVideoS * lo * std::log(ratio) / (1.0 - 1.0 / ratio);
    // Never more than 45 % of the fast step it eats into.
    const double fastLen =
        sb < sa ? c - steps[k - 1].utcS : (k + 1 < steps.size() ? steps[k + 1].utcS : endUtcS) - c;
    len = std::min(len, 0.45 * fastLen);
    if (sb < sa) {  // slowing down: reach the slow speed by the change point
      if (c - len > out.back().utcS) out.push_back({c - len, sa});
      if (c > out.back().utcS) out.push_back({c, sb});
    } else {  // speeding up: leave the slow step at the change point
      if (c > out.back().utcS) out.push_back({c, sa});
      if (c + len > out.back().utcS) out.push_back({c + len, sb});
    }
  }
  if (endUtcS > out.back().utcS) out.push_back({endUtcS, steps.back().speed});
  return out;
}

TimeWarp fullMissionWarp(double startUtcS, double endUtcS, double liftoffUtcS,
                         const std::vector<sim::MissionEvent>& events) {
  // The film as steps of constant speed (mission seconds per video second),
  // then geometric ramps of 1.5 s of video between steps. About 4.5 minutes
  // for the Soyuz MS-19 timeline.
  const auto find = [&](std::string_view id) -> const sim::MissionEvent* {
    for (const auto& e : events)
      if (e.id == id) return &e;
    return nullptr;
  };
  const auto* sep = find("spacecraft_sep");
  const auto* approach = find("approach_start");
  const auto* contact = find("contact");
  const auto* hatch = find("hatch_open");
  const double orbitUtc = sep ? sep->utcS + 20.0 : liftoffUtcS + 600.0;

  // Phase speeds: change points with the speed from there on.
  std::vector<WarpAnchor> steps;
  const auto step = [&](double utc, double speed) {
    utc = std::clamp(utc, startUtcS, endUtcS);
    while (!steps.empty() && utc <= steps.back().utcS) steps.pop_back();  // later wins
    steps.push_back({utc, speed});
  };
  step(startUtcS, 25.0);          // the pad before the count-down ends
  step(liftoffUtcS - 8.0, 1.0);   // lift-off in real time
  step(liftoffUtcS + 12.0, 8.0);  // first-stage flight
  if (const auto* e = find("booster_sep")) {
    step(e->utcS - 6.0, 2.0);
    step(e->utcS + 10.0, 10.0);
  }
  if (const auto* e = find("core_sep")) {
    step(e->utcS - 6.0, 2.0);
    step(e->utcS + 10.0, 15.0);
  }
  if (sep) {
    step(sep->utcS - 10.0, 3.0);
  }
  step(orbitUtc, 300.0);  // the coast
  for (const auto& e : events) {
    if (e.id.rfind("burn_", 0) != 0 || e.utcS < orbitUtc) continue;
    if (approach && e.utcS > approach->utcS) continue;
    step(e.utcS - 10.0, 20.0);  // phasing burns, a minute or so each
    step(e.utcS + 60.0, 300.0);
  }
  if (approach) step(approach->utcS, 120.0);  // automatic approach, fly-around
  if (contact) {
    step(contact->utcS - 150.0, 8.0);
    step(contact->utcS - 30.0, 2.0);  // the last metres and contact
    step(contact->utcS + 15.0, 600.0);
  }
  if (hatch) step(hatch->utcS - 20.0, 4.0);
  auto warp = TimeWarp::create(rampedAnchors(steps, endUtcS, 1.5));
  if (warp) return *warp;
  return *TimeWarp::create({{startUtcS, 300.0}, {endUtcS, 300.0}});
}

}  // namespace rv::app
