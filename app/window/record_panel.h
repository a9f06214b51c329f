#pragma once
// The Record panel (Ctrl+R, or the Record button on the timeline bar): a
// range of the mission, from the timeline selection (I / U, Shift+drag) or
// between two events, recorded to a video in the background by a child
// `rendezvous record` process (recorder_process.h) while the window keeps
// playing. Progress (bar, frames, fps, time left) and the outcome (where the
// file went, or why it failed) show in the panel and as a message.

#include <memory>
#include <optional>
#include <string>

#include "cli_values.h"
#include "record_job.h"

#include "recorder_process.h"
#include "recording_request.h"
#include "ui_context.h"

namespace rv::app {

struct RecordPanelDesc {
  std::string program = "/proc/self/exe";  // the recorder: this program
  std::string missionPath;                 // passed on as --mission (empty: bundled)
};

class RecordPanel {
 public:
  explicit RecordPanel(RecordPanelDesc desc);
  // Stops a recording still running (its file is finished, never left broken).
  ~RecordPanel();

  // Every frame, panels shown or hidden: reads the child's progress, notices
  // the end and says so.
  void poll(UiContext& ctx);
  // The panel itself, while ctx.ui.showRecord.
  void draw(UiContext& ctx);

 private:
  // The panel's rows, top to bottom; each returns what it chose and, when
  // that cannot be recorded, why.
  struct RangeRow {
    std::optional<TimeRange> range;
    std::string problem;
  };
  struct SizeRow {
    std::optional<ImageSize> size;
    std::string problem;
  };
  struct Plan {
    std::optional<TimeRange> range;
    std::optional<ImageSize> size;
    std::optional<RecordSchedule> schedule;
    std::string problem;  // empty: Start recording is enabled
  };
  void initialise(const UiContext& ctx);
  RangeRow drawRange(UiContext& ctx, float column);
  void drawCamera(float column);
  SizeRow drawSizeAndFps(float column);
  void drawOutput(const std::optional<TimeRange>& range, double liftoffUtcS, bool busy,
                  float column);
  Plan plan(RangeRow range, const SizeRow& size) const;
  void drawProgress();
  void drawStart(UiContext& ctx, const Plan& plan, float column);
  void startRecording(UiContext& ctx, const RecordRequest& request);

  RecordPanelDesc m_desc;
  RecordProcess m_process;
  RecordRequest m_running;  // what the current or last run was asked
  bool m_initialised = false;
  int m_rangeSource = 0;  // 0: timeline selection, 1: between events
  int m_fromEvent = 0, m_toEvent = 1;
  int m_camera = 0;  // 0: auto, else kAllCameras[m_camera - 1]
  char m_size[32] = "1280x720";
  int m_fps = 30;
  int m_speed = 1;
  bool m_overlay = true;
  char m_output[1024] = {};
  bool m_outputEdited = false;  // typed by the user: no longer follows the range
  std::string m_autoOutput;     // the default the field last showed
  std::string m_message;        // outcome of the last run, or why it did not start
  bool m_messageIsError = false;
  long long m_framesWhileRunning = 0;  // window frames drawn during the run
};

// The panel's two hooks for WindowOptions: poll every frame, draw with the
// panels.
struct WindowOptions;
void addRecordPanel(WindowOptions& options, RecordPanelDesc desc);

}  // namespace rv::app
