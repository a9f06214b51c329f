// [SECTION] polling the recording (every frame)
// [SECTION] the panel: range, camera, size, fps, overlay, output; progress

#include "record_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "cli_values.h"
#include "event_nav.h"
#include "pinned_panel.h"
#include "record_job.h"
#include "sim/mission_events.h"
#include "window_app.h"

namespace rv::app {
namespace {

constexpr int kFpsChoices[] = {24, 25, 30, 50, 60};
// Mission seconds per video second: lift-off to docking (3 h 27 min) is
// 21 min of video at x10, 2 min at x100.
constexpr int kSpeedChoices[] = {1, 2, 5, 10, 30, 100, 300, 1000};
constexpr const char* kSizePresets[] = {"640x360", "1280x720", "1920x1080", "3840x2160"};
const ImVec4 kOk(0.45f, 0.9f, 0.45f, 1.0f);
const ImVec4 kError(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kHeading(1.0f, 0.85f, 0.3f, 1.0f);

void copyTo(char* field, size_t size, const std::string& text) {
  std::snprintf(field, size, "%s", text.c_str());
}

bool fileExists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

// A label in the left column, the controls after it.
void rowLabel(const char* text, float column) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(kHeading, "%s", text);
  ImGui::SameLine(column);
}

// SameLine when a radio button with this label still fits on the row, else
// a new row starting under the controls (narrow windows, large UI scales).
void radioAfter(const char* label, int* value, int choice, float column) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float w = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right)
    ImGui::SameLine();
  else
    ImGui::SetCursorPosX(column);
  ImGui::RadioButton(label, value, choice);
}

}  // namespace

RecordPanel::RecordPanel(RecordPanelDesc desc) : m_desc(std::move(desc)) {}

RecordPanel::~RecordPanel() {
  if (!m_process.running()) return;
  std::fprintf(stderr, "rendezvous: Record panel: the window is closing; stopping the recording\n");
  m_process.stopAndWait(10.0);
  for (const std::string& line : m_process.takeOutputLines())
    std::fprintf(stderr, "%s\n", line.c_str());
  std::fprintf(stderr, "rendezvous: Record panel: %s\n",
               recordOutcomeMessage(m_process.state(), m_process.progress(), m_running.fps,
                                    m_running.outputPath, m_process.lastOutputLine(),
                                    m_process.exitCode(), m_process.exitSignal())
                   .c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] polling the recording
//-----------------------------------------------------------------------------

void RecordPanel::poll(UiContext& ctx) {
  if (!m_process.running()) return;
  ++m_framesWhileRunning;
  m_process.poll();
  // The recorder's own lines (its plan, progress, the result) go to the
  // window's log as they come.
  for (const std::string& line : m_process.takeOutputLines())
    std::fprintf(stderr, "%s\n", line.c_str());
  if (m_process.running()) return;
  m_message = recordOutcomeMessage(m_process.state(), m_process.progress(), m_running.fps,
                                   m_running.outputPath, m_process.lastOutputLine(),
                                   m_process.exitCode(), m_process.exitSignal());
  m_messageIsError = m_process.state() == RecordState::Failed;
  ctx.ui.toast = {m_message, m_messageIsError, ctx.wallS + (m_messageIsError ? 10.0 : 6.0)};
  std::fprintf(
      stderr,
      "rendezvous: Record panel: %s; the window drew %lld frames during the %.1f s it took\n",
      m_message.c_str(), m_framesWhileRunning, m_process.elapsedS());
}

void RecordPanel::startRecording(UiContext& ctx, const RecordRequest& request) {
  RecordRequest r = request;
  if (auto prepared = prepareOutputFolder(r.outputPath); !prepared) {
    m_message = "Not started: " + prepared.error().message;
    m_messageIsError = true;
    std::fprintf(stderr, "rendezvous: Record panel: %s\n", m_message.c_str());
    return;
  }
  r.outputPath = firstFreePath(r.outputPath, fileExists);
  const bool renamed = r.outputPath != request.outputPath;
  if (auto started = m_process.start(m_desc.program, recordArguments(r), r.progressFd); !started) {
    m_message = "Not started: " + started.error().message;
    m_messageIsError = true;
    std::fprintf(stderr, "rendezvous: Record panel: %s\n", m_message.c_str());
    return;
  }
  m_running = r;
  m_framesWhileRunning = 0;
  m_message =
      renamed ? request.outputPath + " exists: recording to " + r.outputPath : std::string();
  m_messageIsError = false;
  copyTo(m_output, sizeof m_output, r.outputPath);
  if (!m_outputEdited) m_autoOutput = r.outputPath;
  std::string line = "rendezvous: Record panel: started";
  for (const std::string& a : recordArguments(r)) line += " " + a;
  std::fprintf(stderr, "%s\n", line.c_str());
  (void)ctx;
}

//-----------------------------------------------------------------------------
// [SECTION] the panel
//-----------------------------------------------------------------------------

// First opening: size, fps, speed and overlay as last recorded (settings),
// the camera on screen (the window's free orbit is not the recorder's, so
// free becomes auto), the range around the playhead.
void RecordPanel::initialise(const UiContext& ctx) {
  const auto& events = ctx.mission.timeline->events();
  m_initialised = true;
  copyTo(m_size, sizeof m_size, ctx.ui.record.size.c_str());
  m_fps = ctx.ui.record.fps;
  m_speed = ctx.ui.record.speed;
  m_overlay = ctx.ui.record.overlay;
  m_camera = 0;
  for (int i = 0; i < static_cast<int>(std::size(kAllCameras)); ++i)
    if (kAllCameras[i] == ctx.camera.current && ctx.camera.current != CameraKind::Free)
      m_camera = i + 1;
  m_rangeSource = ctx.ui.selection.range() ? 0 : 1;
  const sim::MissionEvent* cur = currentEvent(events, ctx.clock.nowUtcS());
  m_fromEvent = cur ? static_cast<int>(cur - events.data()) : 0;
  m_toEvent = std::min<int>(m_fromEvent + 1, static_cast<int>(events.size()) - 1);
}

// Range: the timeline selection, or between two events.
RecordPanel::RangeRow RecordPanel::drawRange(UiContext& ctx, float column) {
  const auto& events = ctx.mission.timeline->events();
  const double liftoff = ctx.mission.timeline->liftoffUtcS();
  const float font = ImGui::GetFontSize();
  RangeRow out;
  rowLabel("Range", column);
  ImGui::RadioButton("Timeline selection", &m_rangeSource, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Between two events", &m_rangeSource, 1);
  ImGui::SetCursorPosX(column);
  if (m_rangeSource == 0) {
    out.range = ctx.ui.selection.range();
    // Rows as tall as the event combos', so the panel keeps its layout
    // when the range source changes.
    ImGui::AlignTextToFramePadding();
    if (out.range) {
      ImGui::Text("%s to %s", sim::formatMet(out.range->fromUtcS - liftoff).c_str(),
                  sim::formatMet(out.range->toUtcS - liftoff).c_str());
      ImGui::SameLine();
      if (ImGui::Button("Clear")) ctx.ui.selection.clear();
    } else {
      out.problem = "No range: press I and U at the playhead, or Shift+drag on the timeline";
      ImGui::TextDisabled("%s", out.problem.c_str());
    }
  } else if (events.size() < 2) {
    out.problem = "The mission has fewer than two events";
    ImGui::TextDisabled("%s", out.problem.c_str());
  } else {
    const auto eventCombo = [&](const char* id, int& index) {
      index = std::clamp(index, 0, static_cast<int>(events.size()) - 1);
      ImGui::SetNextItemWidth(font * 12);
      if (ImGui::BeginCombo(id, events[index].name.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (int i = 0; i < static_cast<int>(events.size()); ++i) {
          const std::string label =
              sim::formatMet(events[i].metS).substr(0, 10) + "  " + events[i].name;
          if (ImGui::Selectable(label.c_str(), i == index)) index = i;
        }
        ImGui::EndCombo();
      }
    };
    eventCombo("##from_event", m_fromEvent);
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    eventCombo("##to_event", m_toEvent);
    if (events[m_toEvent].utcS - events[m_fromEvent].utcS >= TimelineSelection::kMinLengthS)
      out.range = TimeRange{events[m_fromEvent].utcS, events[m_toEvent].utcS};
    else
      out.problem = "The second event must come after the first";
  }
  return out;
}

void RecordPanel::drawCamera(float column) {
  rowLabel("Camera", column);
  ImGui::RadioButton("auto", &m_camera, 0);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The director: cuts between cameras by phase");
  for (int i = 0; i < static_cast<int>(std::size(kAllCameras)); ++i) {
    radioAfter(cameraName(kAllCameras[i]), &m_camera, i + 1, column);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "%s%s", cameraTitle(kAllCameras[i]),
          kAllCameras[i] == CameraKind::Free ? " (its default orbit, not the window's)" : "");
  }
}

// Size (typed or a preset), then the fps and the overlay on one row.
RecordPanel::SizeRow RecordPanel::drawSizeAndFps(float column) {
  const float font = ImGui::GetFontSize();
  rowLabel("Size", column);
  ImGui::SetNextItemWidth(font * 6);
  ImGui::InputText("##size", m_size, sizeof m_size, ImGuiInputTextFlags_CharsNoBlank);
  for (const char* preset : kSizePresets) {
    ImGui::SameLine();
    if (ImGui::SmallButton(preset)) copyTo(m_size, sizeof m_size, preset);
  }
  SizeRow out;
  const auto size = parseImageSize(m_size);
  if (size) out.size = *size;
  if (!size)
    out.problem = size.error().message;
  else if (out.size->width % 2 || out.size->height % 2)
    out.problem = "the video needs an even width and height";
  rowLabel("FPS", column);
  for (int i = 0; i < 5; ++i) {
    if (i) ImGui::SameLine();
    char label[8];
    std::snprintf(label, sizeof label, "%d", kFpsChoices[i]);
    ImGui::RadioButton(label, &m_fps, kFpsChoices[i]);
  }
  ImGui::SameLine(0, font * 1.5f);
  ImGui::Checkbox("Overlay", &m_overlay);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Burn in UTC, T+, telemetry and event captions");
  return out;
}

// Output: follows the range until the user types a path of their own.
void RecordPanel::drawOutput(const std::optional<TimeRange>& range, double liftoffUtcS, bool busy,
                             float column) {
  const float font = ImGui::GetFontSize();
  if (range) {
    const std::string autoPath =
        (std::filesystem::path(defaultVideoFolder()) /
         videoFileName(range->fromUtcS - liftoffUtcS, range->toUtcS - liftoffUtcS))
            .string();
    if (!m_outputEdited && autoPath != m_autoOutput && !busy) {
      m_autoOutput = autoPath;
      copyTo(m_output, sizeof m_output, autoPath);
    }
  }
  rowLabel("Output", column);
  ImGui::SetNextItemWidth(-font * 5);
  if (ImGui::InputText("##output", m_output, sizeof m_output))
    m_outputEdited = m_output != m_autoOutput;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "A video file (.mp4, .mkv) or a PNG pattern (frames/f_%%05d.png); an existing file gets "
        "-1, -2...");
  ImGui::SameLine();
  if (ImGui::SmallButton("Default")) {
    m_outputEdited = false;
    m_autoOutput.clear();  // refilled from the range on the next frame
  }
}

// While recording: the bar, Cancel, the figures and where it goes.
void RecordPanel::drawProgress() {
  const float font = ImGui::GetFontSize();
  const ProgressFigures& p = m_process.progress();
  const float frac = p.total > 0 ? static_cast<float>(p.done) / static_cast<float>(p.total) : 0.0f;
  char overlay[64];
  std::snprintf(overlay, sizeof overlay, "%lld / %lld frames", static_cast<long long>(p.done),
                static_cast<long long>(p.total));
  ImGui::ProgressBar(frac, ImVec2(-font * 6, 0),
                     p.total > 0 ? overlay : "starting the recorder...");
  ImGui::SameLine();
  if (ImGui::Button(m_process.cancelRequested() ? "Stopping..." : "Cancel", ImVec2(-1, 0)))
    m_process.cancel();
  if (p.done > 0)
    ImGui::Text("%.1f fps   %s left   %s elapsed", progressFps(p),
                formatDuration(progressEtaS(p)).c_str(),
                formatDuration(m_process.elapsedS()).c_str());
  else
    ImGui::TextDisabled("loading the mission and the renderer (%.1f s)", m_process.elapsedS());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("to %s", m_running.outputPath.c_str());
  ImGui::PopTextWrapPos();
}

// When idle: the speed, what it will make, and the button (or why not).
void RecordPanel::drawStart(UiContext& ctx, const Plan& plan, float column) {
  const float font = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(kHeading, "Speed");
  ImGui::SameLine(column);
  ImGui::SetNextItemWidth(font * 5);
  const auto speedLabel = [](int s) { return "x" + std::to_string(s); };
  if (ImGui::BeginCombo("##speed", speedLabel(m_speed).c_str())) {
    for (int s : kSpeedChoices)
      if (ImGui::Selectable(speedLabel(s).c_str(), s == m_speed)) m_speed = s;
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Mission seconds per second of video (x1: real time)");
  ImGui::SameLine();
  if (plan.schedule)
    ImGui::Text("%lld frames, %s of video", static_cast<long long>(plan.schedule->frameCount()),
                formatDuration(plan.schedule->durationS()).c_str());
  else
    ImGui::TextDisabled("-");
  ImGui::BeginDisabled(!plan.problem.empty());
  if (ImGui::Button("Start recording", ImVec2(-1, 0))) {
    const double liftoff = ctx.mission.timeline->liftoffUtcS();
    RecordRequest r;
    r.missionPath = m_desc.missionPath;
    r.fromMetS = plan.range->fromUtcS - liftoff;
    r.toMetS = plan.range->toUtcS - liftoff;
    if (m_camera > 0) r.camera = kAllCameras[m_camera - 1];
    r.width = plan.size->width;
    r.height = plan.size->height;
    r.fps = m_fps;
    r.speed = m_speed;
    r.overlay = m_overlay;
    r.outputPath = m_output;
    ctx.ui.record = {m_size, m_fps, m_speed, m_overlay};  // kept for next time (settings)
    startRecording(ctx, r);
  }
  ImGui::EndDisabled();
  if (!plan.problem.empty()) ImGui::TextDisabled("%s", plan.problem.c_str());
}

// What the rows above ask for, checked: the schedule it will make, or the
// first problem to show (the range's, the size's, a missing output).
RecordPanel::Plan RecordPanel::plan(RangeRow range, const SizeRow& size) const {
  Plan out;
  out.range = range.range;
  out.size = size.size;
  if (range.range) {
    RecordTiming t;
    t.fromUtcS = range.range->fromUtcS;
    t.toUtcS = range.range->toUtcS;
    t.fps = m_fps;
    t.speed = m_speed;
    if (auto schedule = RecordSchedule::constant(t))
      out.schedule = *schedule;
    else
      range.problem = schedule.error().message;
  }
  out.problem = !range.problem.empty()  ? range.problem
                : !size.problem.empty() ? "Size: " + size.problem
                : m_output[0] == '\0'   ? "Give an output file"
                                        : std::string();
  return out;
}

void RecordPanel::draw(UiContext& ctx) {
  if (!ctx.ui.showRecord) return;
  if (!m_initialised) initialise(ctx);

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float font = ImGui::GetFontSize();
  const float width = std::min(font * 36.0f, vp->WorkSize.x * 0.9f);
  pinNextWindow(ImVec2(vp->WorkPos.x + (vp->WorkSize.x - width) * 0.5f,
                       vp->WorkPos.y + ctx.ui.topBarHeight + 4),
                ImVec2(0.0f, 0.0f), ImVec2(width, 0));
  bool open = true;
  ImGui::Begin("Record a video (Ctrl+R)", &open,
               kPinnedPanel | ImGuiWindowFlags_NoFocusOnAppearing);
  const bool busy = m_process.running();
  const float column = font * 5.5f;

  const RangeRow range = drawRange(ctx, column);
  drawCamera(column);
  const SizeRow size = drawSizeAndFps(column);
  drawOutput(range.range, ctx.mission.timeline->liftoffUtcS(), busy, column);
  ImGui::Separator();
  if (busy)
    drawProgress();
  else
    drawStart(ctx, plan(range, size), column);
  if (!m_message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(m_messageIsError ? kError : kOk, "%s", m_message.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  if (!open) ctx.actions.push_back(Action::ToggleRecordPanel);
}

void addRecordPanel(WindowOptions& options, RecordPanelDesc desc) {
  auto panel = std::make_shared<RecordPanel>(std::move(desc));
  options.frameHooks.push_back([panel](UiContext& ctx) { panel->poll(ctx); });
  options.extraPanels.push_back([panel](UiContext& ctx) { panel->draw(ctx); });
}

}  // namespace rv::app
