#pragma once
// What the window's Record panel asks `rendezvous record` for, as plain data:
// the child process's command line, the default output folder and file name,
// and the output checks made before anything is started. No ImGui, no
// processes, so it is unit-tested; record_panel.cpp fills it in and
// recorder_process.h runs it.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "camera_kind.h"

namespace rv::app {

// What the Record panel last recorded with, kept across runs in the
// settings (the camera is not: the panel opens on the camera on screen).
struct RecordChoices {
  std::string size = "1280x720";
  int fps = 30;
  int speed = 1;
  bool overlay = true;
  bool operator==(const RecordChoices&) const = default;
};

struct RecordRequest {
  std::string missionPath;  // --mission FILE; empty: the bundled mission
  double fromMetS = 0.0;    // mission time from lift-off (T+ seconds)
  double toMetS = 0.0;
  std::optional<CameraKind> camera;  // unset: "auto", the director's cuts
  int width = 1280, height = 720;
  int fps = 30;
  int speed = 1;  // mission seconds per video second (1: real time)
  bool overlay = false;
  std::string outputPath;
  int progressFd = 3;  // where the child writes its progress lines
};

// The arguments after the program name:
//   [--mission FILE] record --from T+10.000 --to T+11.500 --camera chase
//   --size 160x90 --fps 24 [--speed 10] [--overlay] --progress-fd 3 -o PATH
std::vector<std::string> recordArguments(const RecordRequest& request);

// "T+10.000", "T-60.500": what `record --from` reads back to the millisecond.
std::string formatMetArgument(double metS);

// The default folder: $XDG_VIDEOS_DIR (environment, then the user-dirs.dirs
// file of xdg-user-dirs), else ~/Videos; with /Rendezvous appended.
std::string defaultVideoFolder();

// "rendezvous-T+00-00-10_T+00-00-11.mp4" (whole seconds, no ':').
std::string videoFileName(double fromMetS, double toMetS);

// `path` if nothing is there, else the first free "name-1.ext", "name-2.ext"...
// An existing video is never overwritten silently.
std::string firstFreePath(const std::string& path,
                          const std::function<bool(const std::string&)>& exists);

// Makes the output's folder (with parents) and checks it can be written to.
// An Error of one sentence ("cannot create the folder ...", "the folder ...
// is not writable") otherwise.
Result<void> prepareOutputFolder(const std::string& outputPath);

}  // namespace rv::app
