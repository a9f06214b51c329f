// The transport row, above the figures bar while the pointer moves: one row
// of time and camera buttons (the rest in a More menu), and the zoomable
// timeline with phases, events and the playhead. Clicking or dragging on the timeline seeks;
// Shift+drag marks the range to record (drawn as a band, like the I / U marks); the wheel zooms
// about the pointer (whole mission down to 10 s); Shift+wheel or right-drag
// pans.

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: end typing on a missed Enter

#include <cmath>
#include <cstdio>
#include <string>

#include "astro/time_scales.h"
#include "event_nav.h"
#include "mission_context.h"
#include "pinned_panel.h"
#include "ui_context.h"

namespace rv::app {

unsigned phaseColour(sim::Phase p) {
  using sim::Phase;
  switch (p) {
    case Phase::Prelaunch:
      return IM_COL32(90, 90, 90, 255);
    case Phase::Ascent:
      return IM_COL32(200, 90, 30, 255);
    case Phase::Attached:
      return IM_COL32(200, 90, 30, 255);
    case Phase::Ballistic:
    case Phase::Impacted:
      return IM_COL32(120, 80, 60, 255);
    case Phase::Orbit:
      return IM_COL32(40, 90, 170, 255);
    case Phase::Burn:
      return IM_COL32(220, 60, 60, 255);
    case Phase::Approach:
      return IM_COL32(40, 150, 140, 255);
    case Phase::Flyaround:
      return IM_COL32(130, 80, 190, 255);
    case Phase::Stationkeeping:
      return IM_COL32(170, 150, 40, 255);
    case Phase::FinalApproach:
      return IM_COL32(60, 170, 200, 255);
    case Phase::ManualApproach:
      return IM_COL32(210, 130, 20, 255);
    case Phase::Docked:
      return IM_COL32(40, 150, 60, 255);
  }
  return IM_COL32(90, 90, 90, 255);
}

namespace {

// SameLine, unless the next item (of the given width) would not fit: then a
// new row, so the buttons wrap at large UI scales instead of being cut off.
void flow(float nextWidth, float spacing = -1.0f) {
  const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float lastEnd = ImGui::GetItemRectMax().x;
  if (lastEnd + gap + nextWidth <= right) ImGui::SameLine(0, gap);
}
float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

std::string warpLabel(double warp) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "x%g", warp);
  return buf;
}

void timeControls(UiContext& ctx) {
  PlaybackClock& clock = ctx.clock;
  auto& a = ctx.actions;
  if (ImGui::Button("|< Prev")) a.push_back(Action::PreviousEvent);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Previous event (Left, PageUp)");
  ImGui::SameLine();
  const float playW = ImGui::CalcTextSize("Pause").x + ImGui::GetStyle().FramePadding.x * 2;
  if (ImGui::Button(clock.playing() ? "Pause" : "Play", ImVec2(playW, 0)))
    a.push_back(Action::TogglePlay);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play / pause (Space)");
  ImGui::SameLine();
  if (ImGui::Button("Next >|")) a.push_back(Action::NextEvent);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Next event (Right, PageDown)");

  flow(buttonWidth("-") * 3 + ImGui::CalcTextSize("x-10000").x + ImGui::GetFrameHeight() * 1.5f,
       ImGui::GetFontSize());
  if (ImGui::Button("-")) a.push_back(Action::Slower);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Slower ([ or -)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::CalcTextSize("x-10000").x + ImGui::GetFrameHeight() * 1.5f);
  if (ImGui::BeginCombo("##warp", warpLabel(clock.warp()).c_str())) {
    for (double w : kWarpSteps)
      if (ImGui::Selectable(warpLabel(w).c_str(), w == clock.warp())) clock.setWarp(w);
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Warp: mission seconds per second (negative: backwards)");
  ImGui::SameLine();
  if (ImGui::Button("+")) a.push_back(Action::Faster);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Faster (] or +)");

  // Event list to jump from.
  flow(ImGui::GetFontSize() * 8, ImGui::GetFontSize());
  const auto& events = ctx.mission.timeline->events();
  const sim::MissionEvent* current = currentEvent(events, clock.nowUtcS());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (ImGui::BeginCombo("##events", current ? current->name.c_str() : "Events",
                        ImGuiComboFlags_HeightLarge)) {
    for (const auto& e : events) {
      const std::string label = sim::formatMet(e.metS).substr(0, 10) + "  " + e.name;
      if (ImGui::Selectable(label.c_str(), &e == current)) clock.seek(e.utcS);
      if (ImGui::IsItemHovered() && !e.caption.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 25);
        ImGui::TextUnformatted(e.caption.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Jump to an event");

  // Typed time: T+118, T-60, 2021-10-05T12:00:00Z, or an event id.
  flow(ImGui::GetFontSize() * 7);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  if (ctx.ui.focusTimeField) {
    ImGui::SetKeyboardFocusHere();
    ctx.ui.focusTimeField = false;
  }
  bool submit =
      ImGui::InputTextWithHint("##goto", "Go to (G)", ctx.ui.timeField, sizeof ctx.ui.timeField,
                               ImGuiInputTextFlags_EnterReturnsTrue);
  // An Enter or Esc too quick for ImGui's per-frame key sampling.
  if (!submit && ctx.ui.enterPressed && ImGui::IsItemActive()) {
    submit = true;
    ImGui::ClearActiveID();
  } else if (ctx.ui.escapePressed && ImGui::IsItemActive()) {
    ImGui::ClearActiveID();
  }
  if (submit) {
    if (auto t = resolveMissionTime(*ctx.mission.timeline, ctx.ui.timeField)) {
      clock.seek(*t);
      ctx.ui.timeField[0] = '\0';
    } else {
      const std::string& why = t.error().message;
      ctx.ui.toast = {"Go to: " + why, true, ctx.wallS + 5.0};
      std::fprintf(stderr, "rendezvous: Go to: %s\n", why.c_str());
    }
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Type T+118, T+3:27:00, 12:22 (UTC), 2021-10-05T12:00:00Z\nor an event id (contact), then "
        "Enter");
}

void cameraButtons(UiContext& ctx) {
  static constexpr Action kCameraActions[] = {
      Action::CameraPad,      Action::CameraChase, Action::CameraOnboard, Action::CameraPort,
      Action::CameraOverview, Action::CameraFree,  Action::CameraStages};
  // Names only, to fit one row at 1280 px; the tooltip gives the key (1-7).
  static constexpr const char* kCameraLabels[] = {"Pad",      "Chase", "Onboard", "Port",
                                                  "Overview", "Free",  "Stages"};
  static_assert(std::size(kCameraLabels) == std::size(kAllCameras));
  for (size_t i = 0; i < std::size(kAllCameras); ++i) {
    flow(buttonWidth(kCameraLabels[i]), i == 0 ? ImGui::GetFontSize() * 0.75f : -1.0f);
    const bool selected = ctx.camera.current == kAllCameras[i];
    // A camera with nothing to show now is greyed (still selectable).
    const std::string& idle = ctx.ui.cameraIdle[i];
    if (!idle.empty()) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.4f);
    if (selected)
      ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(kCameraLabels[i])) ctx.actions.push_back(kCameraActions[i]);
    if (selected) ImGui::PopStyleColor();
    if (!idle.empty()) ImGui::PopStyleVar();
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s (key %zu)%s%s", cameraTitle(kAllCameras[i]), i + 1,
                        idle.empty() ? "" : "\nNow: ", idle.c_str());
  }
}

// Everything a lesson needs less often, each with its key: direction, loop,
// panels, overlays, window.
void moreMenu(UiContext& ctx) {
  auto& a = ctx.actions;
  flow(buttonWidth("Story") + buttonWidth("More...") + buttonWidth("Help"),
       ImGui::GetFontSize() * 0.75f);
  if (ImGui::Button("Story")) a.push_back(Action::ToggleStory);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Story mode: the whole mission as a presentation, holding at the key events "
        "until Next (F5)");
  ImGui::SameLine();
  if (ImGui::Button("More...")) ImGui::OpenPopup("##more");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Panels, overlays, direction, loop, fullscreen");
  ImGui::SameLine();
  if (ImGui::Button("Help")) a.push_back(Action::ToggleHelp);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every key (F1)");
  if (!ImGui::BeginPopup("##more")) return;
  const auto item = [&](const char* label, const char* key, bool on, Action act) {
    if (ImGui::MenuItem(label, key, on)) a.push_back(act);
  };
  const PlaybackClock& clock = ctx.clock;
  ImGui::TextDisabled("Time");
  item(clock.warp() < 0 ? "Play forwards" : "Play backwards", "R", false, Action::Reverse);
  item("Real time (x1)", "0", false, Action::RealTime);
  item("Loop at the ends", "L", clock.endMode() == EndMode::Loop, Action::ToggleEndMode);
  if (ImGui::MenuItem("Whole mission on the timeline")) ctx.view.showWholeMission();
  ImGui::Separator();
  ImGui::TextDisabled("Panels");
  item("Telemetry", "T", ctx.ui.showTelemetry, Action::ToggleTelemetry);
  item("Plots", "P", ctx.ui.showPlots, Action::TogglePlots);
  item("Crew and mission", "C", ctx.ui.showCrew, Action::ToggleCrew);
  item("Relative motion (ISS frame)", "V", ctx.ui.showRelative, Action::ToggleRelative);
  item("World map", "W", ctx.ui.showMap, Action::ToggleMap);
  item("Record a video", "Ctrl R", ctx.ui.showRecord, Action::ToggleRecordPanel);
  item("Hide every panel", "H", false, Action::TogglePanels);
  ImGui::Separator();
  ImGui::TextDisabled("In the 3D view (every camera)");
  const OverlayOptions shown = resolveOverlays(ctx.camera.current, ctx.ui.overlays);
  item("Orbit lines", "O", shown.orbits, Action::ToggleOrbits);
  item("Ground tracks", "M", shown.groundTracks, Action::ToggleGroundTracks);
  item("Baikonur marker", "Ctrl B", shown.baikonurMarker, Action::ToggleBaikonurMarker);
  item("Names on the objects", "N", shown.labels, Action::ToggleLabels);
  item("Velocity and thrust arrows", "A", shown.arrows, Action::ToggleArrows);
  if (ctx.ui.overlays != OverlayChoice{})
    item("Each camera's defaults", "Ctrl O", false, Action::OverlayDefaults);
  ImGui::Separator();
  item("Screenshot", "F12", false, Action::Screenshot);
  item("Fullscreen", "F11", false, Action::ToggleFullscreen);
  item("Blank the screen", "B", false, Action::ToggleBlank);
  ImGui::Separator();
  const std::string utc = astro::formatIsoUtc(clock.nowUtcS(), 0);
  ImGui::TextDisabled("%s UTC   %.0f ms a frame", utc.substr(0, 19).c_str(), ctx.stats.frameMs);
  ImGui::EndPopup();
}

// Where the strip is on the screen: the event names above the phase band,
// the tick labels below it; x0 and width map times to pixels.
struct StripGeometry {
  ImVec2 p0;
  float w = 0, font = 0, labelH = 0, bandH = 0, bandTop = 0, bandBottom = 0;
  double x0 = 0, width = 0;
};

// Left click/drag seeks, Shift+left drag selects; right drag pans; wheel
// zooms; the playhead stays in view.
void stripInput(UiContext& ctx, const StripGeometry& g, bool hovered, bool active) {
  PlaybackClock& clock = ctx.clock;
  TimelineView& view = ctx.view;
  const ImGuiIO& io = ImGui::GetIO();
  const double x0 = g.x0, width = g.width;
  TimelineSelection& selection = ctx.ui.selection;
  if (ImGui::IsItemActivated() && ImGui::IsMouseDown(ImGuiMouseButton_Left) && io.KeyShift)
    selection.beginDrag(view.utcAt(io.MousePos.x, x0, width));
  if (selection.dragging() && (!active || !ImGui::IsMouseDown(ImGuiMouseButton_Left)))
    selection.endDrag();
  if (selection.dragging()) {
    selection.dragTo(view.utcAt(io.MousePos.x, x0, width));
  } else if (active && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    clock.seek(view.utcAt(io.MousePos.x, x0, width));
    ctx.ui.followedUtcS = clock.nowUtcS();
  }
  bool userMoved = false;
  if (active && ImGui::IsMouseDown(ImGuiMouseButton_Right) && io.MouseDelta.x != 0.0f) {
    view.pan(-io.MouseDelta.x / width * view.spanS());
    userMoved = true;
  }
  if (hovered) {
    const float wheel = io.MouseWheel;
    const float wheelH = io.MouseWheelH;
    if (wheel != 0.0f && !io.KeyShift)
      view.zoom(std::pow(0.8, wheel), view.utcAt(io.MousePos.x, x0, width));
    else if (wheel != 0.0f || wheelH != 0.0f)
      view.pan(-(wheel + wheelH) * 0.1 * view.spanS());
    userMoved = userMoved || wheel != 0.0f || wheelH != 0.0f;
  }
  // The playhead is always in view: a zoom or pan goes only as far as keeps
  // it on the bar (at its edge at most), and when the time moves (playing,
  // a jump) the view scrolls along.
  if (userMoved) view.keepInView(clock.nowUtcS(), 0.0);
  if (clock.nowUtcS() != ctx.ui.followedUtcS) {
    view.keepInView(clock.nowUtcS());
    ctx.ui.followedUtcS = clock.nowUtcS();
  }
}

// The phase band; returns the phase under the mouse, if any.
const sim::Phase* stripPhases(UiContext& ctx, const StripGeometry& g, bool hovered,
                              ImDrawList* dl) {
  const TimelineView& view = ctx.view;
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 p0 = g.p0;
  const float w = g.w, bandTop = g.bandTop, bandBottom = g.bandBottom, bandH = g.bandH;
  const double x0 = g.x0, width = g.width;
  dl->AddRectFilled(ImVec2(p0.x, bandTop), ImVec2(p0.x + w, bandBottom), IM_COL32(30, 30, 30, 255));
  const sim::Phase* hoveredPhase = nullptr;
  for (const PhaseBand& b : ctx.series.bands) {
    if (b.endUtcS < view.viewStartUtcS() || b.startUtcS > view.viewEndUtcS()) continue;
    const float xa = static_cast<float>(view.xOf(b.startUtcS, x0, width));
    const float xb = static_cast<float>(view.xOf(b.endUtcS, x0, width));
    dl->AddRectFilled(ImVec2(xa, bandTop), ImVec2(std::max(xb, xa + 1.0f), bandBottom),
                      phaseColour(b.phase));
    const char* name = phaseTitle(b.phase);
    const ImVec2 ts = ImGui::CalcTextSize(name);
    const float left = std::max(xa, p0.x), right = std::min(xb, p0.x + w);
    if (right - left > ts.x + 6)
      dl->AddText(ImVec2(left + 3, bandTop + (bandH - ts.y) * 0.5f), IM_COL32_WHITE, name);
    if (hovered && io.MousePos.x >= xa && io.MousePos.x < xb && io.MousePos.y >= bandTop &&
        io.MousePos.y < bandBottom)
      hoveredPhase = &b.phase;
  }

  return hoveredPhase;
}

void stripTicks(UiContext& ctx, const StripGeometry& g, ImDrawList* dl) {
  const TimelineView& view = ctx.view;
  const double liftoff = ctx.mission.timeline->liftoffUtcS();
  const ImVec2 p0 = g.p0;
  const float w = g.w, font = g.font, bandBottom = g.bandBottom;
  const double x0 = g.x0, width = g.width;
  // Ticks with T+ labels.
  const double step = niceTickStepS(view.spanS(), std::max(2, static_cast<int>(w / (font * 7))));
  const double firstTick = liftoff + std::ceil((view.viewStartUtcS() - liftoff) / step) * step;
  for (double t = firstTick; t <= view.viewEndUtcS(); t += step) {
    const float x = static_cast<float>(view.xOf(t, x0, width));
    dl->AddLine(ImVec2(x, bandBottom), ImVec2(x, bandBottom + font * 0.3f),
                IM_COL32(200, 200, 200, 255));
    const std::string label = formatMetShort(t - liftoff);
    if (x + 2 + ImGui::CalcTextSize(label.c_str()).x <= p0.x + w)
      dl->AddText(ImVec2(x + 2, bandBottom + font * 0.05f), IM_COL32(220, 220, 220, 255),
                  label.c_str());
  }
}

void stripSelection(UiContext& ctx, const StripGeometry& g, ImDrawList* dl) {
  const TimelineView& view = ctx.view;
  const TimelineSelection& selection = ctx.ui.selection;
  const float font = g.font, bandTop = g.bandTop, bandBottom = g.bandBottom;
  const double x0 = g.x0, width = g.width;
  // The range to record: a band over the phases between the marks, and a
  // bracket at a lone mark.
  constexpr ImU32 kSelectionLine = IM_COL32(120, 220, 255, 255);
  const auto selX = [&](double utc) { return static_cast<float>(view.xOf(utc, x0, width)); };
  if (selection.inUtcS() && selection.outUtcS()) {
    const float xa = selX(*selection.inUtcS()),
                xb = std::max(selX(*selection.outUtcS()), xa + 2.0f);
    dl->AddRectFilled(ImVec2(xa, bandTop), ImVec2(xb, bandBottom), IM_COL32(120, 220, 255, 90));
    dl->AddRect(ImVec2(xa, bandTop), ImVec2(xb, bandBottom), kSelectionLine, 0.0f, 0, 2.0f);
  } else {
    const float tick = font * 0.4f;
    if (selection.inUtcS()) {
      const float x = selX(*selection.inUtcS());
      dl->AddLine(ImVec2(x, bandTop), ImVec2(x, bandBottom), kSelectionLine, 2.0f);
      dl->AddLine(ImVec2(x, bandTop), ImVec2(x + tick, bandTop), kSelectionLine, 2.0f);
      dl->AddLine(ImVec2(x, bandBottom), ImVec2(x + tick, bandBottom), kSelectionLine, 2.0f);
    }
    if (selection.outUtcS()) {
      const float x = selX(*selection.outUtcS());
      dl->AddLine(ImVec2(x, bandTop), ImVec2(x, bandBottom), kSelectionLine, 2.0f);
      dl->AddLine(ImVec2(x - tick, bandTop), ImVec2(x, bandTop), kSelectionLine, 2.0f);
      dl->AddLine(ImVec2(x - tick, bandBottom), ImVec2(x, bandBottom), kSelectionLine, 2.0f);
    }
  }
}

// Event markers; returns the event under the mouse, if any.
const sim::MissionEvent* stripEvents(UiContext& ctx, const StripGeometry& g, bool hovered,
                                     ImDrawList* dl) {
  const TimelineView& view = ctx.view;
  const ImGuiIO& io = ImGui::GetIO();
  const auto& events = ctx.mission.timeline->events();
  const ImVec2 p0 = g.p0;
  const float w = g.w, font = g.font, labelH = g.labelH, bandBottom = g.bandBottom;
  const double x0 = g.x0, width = g.width;
  // Event markers; a name only where it does not run into the previous one.
  float labelEnd = -1e9f;
  const sim::MissionEvent* hoveredEvent = nullptr;
  for (const auto& e : events) {
    if (e.utcS < view.viewStartUtcS() || e.utcS > view.viewEndUtcS()) continue;
    const float x = static_cast<float>(view.xOf(e.utcS, x0, width));
    dl->AddLine(ImVec2(x, p0.y + labelH * 0.6f), ImVec2(x, bandBottom),
                IM_COL32(255, 255, 255, 220), 1.5f);
    const ImVec2 ts = ImGui::CalcTextSize(e.name.c_str());
    // Right of the marker, or left of it at the bar's right end.
    const float lx = x + ts.x + 2 < p0.x + w ? x + 2 : x - ts.x - 2;
    if (lx > labelEnd + 4 && lx >= p0.x) {
      dl->AddText(ImVec2(lx, p0.y), IM_COL32(255, 230, 120, 255), e.name.c_str());
      labelEnd = lx + ts.x;
    }
    if (hovered && std::abs(io.MousePos.x - x) < font * 0.4f) hoveredEvent = &e;
  }

  return hoveredEvent;
}

void stripTooltip(UiContext& ctx, const StripGeometry& g, bool hovered,
                  const sim::MissionEvent* hoveredEvent, const sim::Phase* hoveredPhase) {
  const ImGuiIO& io = ImGui::GetIO();
  const double liftoff = ctx.mission.timeline->liftoffUtcS();
  const float font = g.font;
  if (hoveredEvent) {
    ImGui::BeginTooltip();
    ImGui::Text("%s   %s", hoveredEvent->name.c_str(), sim::formatMet(hoveredEvent->metS).c_str());
    if (!hoveredEvent->caption.empty()) {
      ImGui::PushTextWrapPos(font * 25);
      ImGui::TextUnformatted(hoveredEvent->caption.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("Click to go there");
    ImGui::EndTooltip();
  } else if (hovered) {
    const double t = ctx.view.utcAt(io.MousePos.x, g.x0, g.width);
    ImGui::SetTooltip(
        "%s%s%s\nclick: go  shift-drag: range to record  wheel: zoom  right-drag: pan",
        formatMetShort(t - liftoff).c_str(), hoveredPhase ? "  " : "",
        hoveredPhase ? phaseTitle(*hoveredPhase) : "");
  }
}

void timelineStrip(UiContext& ctx) {
  PlaybackClock& clock = ctx.clock;
  TimelineView& view = ctx.view;
  const ImGuiIO& io = ImGui::GetIO();
  StripGeometry g;
  g.font = ImGui::GetFontSize();
  g.p0 = ImGui::GetCursorScreenPos();
  g.w = ImGui::GetContentRegionAvail().x;
  g.labelH = g.font * 1.1f;           // event names above the band
  g.bandH = g.font * 1.3f;            // phases
  const float tickH = g.font * 1.1f;  // tick labels below
  const float h = g.labelH + g.bandH + tickH;
  ImGui::InvisibleButton("##timeline", ImVec2(g.w, h),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  g.x0 = g.p0.x;
  g.width = g.w;
  g.bandTop = g.p0.y + g.labelH;
  g.bandBottom = g.bandTop + g.bandH;
  stripInput(ctx, g, hovered, active);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = g.p0;
  const float font = g.font;
  dl->PushClipRect(p0, ImVec2(p0.x + g.w, p0.y + h), true);
  const sim::Phase* hoveredPhase = stripPhases(ctx, g, hovered, dl);
  stripTicks(ctx, g, dl);
  stripSelection(ctx, g, dl);
  const sim::MissionEvent* hoveredEvent = stripEvents(ctx, g, hovered, dl);
  // Playhead.
  const float xp = static_cast<float>(view.xOf(clock.nowUtcS(), g.x0, g.width));
  dl->AddLine(ImVec2(xp, p0.y), ImVec2(xp, g.bandBottom + font * 0.3f), IM_COL32(255, 40, 40, 255),
              3.0f);
  dl->AddTriangleFilled(ImVec2(xp - font * 0.4f, p0.y), ImVec2(xp + font * 0.4f, p0.y),
                        ImVec2(xp, p0.y + font * 0.5f), IM_COL32(255, 40, 40, 255));
  dl->PopClipRect();

  stripTooltip(ctx, g, hovered, hoveredEvent, hoveredPhase);
  // Snap a click near a marker to the event itself.
  if (hoveredEvent && ImGui::IsItemClicked(ImGuiMouseButton_Left) && !io.KeyShift) {
    clock.seek(hoveredEvent->utcS);
    ctx.ui.followedUtcS = clock.nowUtcS();
  }
}

}  // namespace

void drawTimelineBar(UiContext& ctx) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  pinNextWindow(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y - ctx.ui.figuresBarHeight),
                ImVec2(0.0f, 1.0f), ImVec2(vp->WorkSize.x, 0));
  ImGui::Begin("Timeline", nullptr,
               kPinnedPanel | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  timeControls(ctx);
  cameraButtons(ctx);
  moreMenu(ctx);
  timelineStrip(ctx);
  ctx.ui.bottomBarHeight = ctx.ui.figuresBarHeight + ImGui::GetWindowHeight();
  ImGui::End();
}

}  // namespace rv::app
