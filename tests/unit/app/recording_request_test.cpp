// The Record panel's logic without a window: the child's command line, the
// default output path, the progress protocol, the timeline selection, and
// the background process (with /bin/sh standing in for the recorder).
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "recorder_process.h"
#include "recording_request.h"
#include "timeline_selection.h"
#include "ui_actions.h"

using namespace rv::app;
namespace fs = std::filesystem;

namespace {

// A scratch folder under the build's temp dir, removed afterwards.
struct TempDir {
  TempDir() {
    path = fs::temp_directory_path() /
           ("rv_record_panel_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, ec);
    fs::remove_all(path, ec);
  }
  fs::path path;
  static inline int counter = 0;
};

// Sets an environment variable for one scope.
struct ScopedEnv {
  ScopedEnv(const char* name, const char* value) : name(name) {
    if (const char* old = std::getenv(name)) previous = old;
    if (value)
      ::setenv(name, value, 1);
    else
      ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (previous)
      ::setenv(name, previous->c_str(), 1);
    else
      ::unsetenv(name);
  }
  const char* name;
  std::optional<std::string> previous;
};

// Polls until the child is reaped (at most 10 s; a hung test fails, it does not hang).
void waitFor(RecordProcess& p) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (p.running() && std::chrono::steady_clock::now() < until) {
    p.poll();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

// Whether it succeeded, with its message (or "") in *error, for the checks below.
bool succeeded(const rv::Result<void>& result, std::string* error) {
  *error = result ? std::string() : result.error().message;
  return result.ok();
}

}  // namespace

TEST(RecordRequest, CommandLineCarriesEveryChoice) {
  RecordRequest r;
  r.fromMetS = 10.0;
  r.toMetS = 11.5;
  r.camera = CameraKind::Chase;
  r.width = 160;
  r.height = 90;
  r.fps = 24;
  r.overlay = true;
  r.outputPath = "/tmp/out dir/a.mp4";
  const std::vector<std::string> expected = {
      "record",        "--from",   "T+10.000", "--to",
      "T+11.500",      "--camera", "chase",    "--size",
      "160x90",        "--fps",    "24",       "--overlay",
      "--progress-fd", "3",        "-o",       "/tmp/out dir/a.mp4"};
  EXPECT_EQ(recordArguments(r), expected);

  r.overlay = false;
  r.speed = 100;
  r.missionPath = "what-if.toml";
  r.fromMetS = -60.25;
  r.camera.reset();  // auto
  const auto a = recordArguments(r);
  ASSERT_GE(a.size(), 4u);
  EXPECT_EQ(a[0], "--mission");  // a global option: before the subcommand
  EXPECT_EQ(a[1], "what-if.toml");
  EXPECT_EQ(a[2], "record");
  EXPECT_EQ(a[4], "T-60.250");
  for (const auto& s : a) EXPECT_NE(s, "--overlay");
  const auto speed = std::find(a.begin(), a.end(), "--speed");
  ASSERT_NE(speed, a.end());
  EXPECT_EQ(*(speed + 1), "100");
  // Real time is record's default: no --speed at all.
  r.speed = 1;
  const auto b = recordArguments(r);
  EXPECT_EQ(std::find(b.begin(), b.end(), "--speed"), b.end());
}

TEST(RecordRequest, MissionTimeArgumentsToTheMillisecond) {
  EXPECT_EQ(formatMetArgument(0.0), "T+0.000");
  EXPECT_EQ(formatMetArgument(-0.0004), "T+0.000");
  EXPECT_EQ(formatMetArgument(-15.0), "T-15.000");
  EXPECT_EQ(formatMetArgument(12089.1234), "T+12089.123");
  EXPECT_EQ(formatMetArgument(1.9996), "T+2.000");
}

TEST(RecordRequest, DefaultFileNameSaysTheRange) {
  EXPECT_EQ(videoFileName(10.0, 11.5), "rendezvous-T+00-00-10_T+00-00-11.mp4");
  EXPECT_EQ(videoFileName(-60.0, 3725.0), "rendezvous-T-00-01-00_T+01-02-05.mp4");
  EXPECT_EQ(videoFileName(-60.0, 3725.0).find(':'), std::string::npos);
}

TEST(RecordRequest, DefaultFolderIsVideosRendezvous) {
  TempDir home;
  ScopedEnv h("HOME", home.path.c_str());
  ScopedEnv config("XDG_CONFIG_HOME", nullptr);
  {
    ScopedEnv v("XDG_VIDEOS_DIR", "/data/films");
    EXPECT_EQ(defaultVideoFolder(), "/data/films/Rendezvous");
  }
  ScopedEnv v("XDG_VIDEOS_DIR", nullptr);
  EXPECT_EQ(defaultVideoFolder(), (home.path / "Videos/Rendezvous").string());
  // xdg-user-dirs' file, as a German desktop writes it.
  fs::create_directories(home.path / ".config");
  std::ofstream(home.path / ".config/user-dirs.dirs") << "XDG_PICTURES_DIR=\"$HOME/Bilder\"\n"
                                                      << "XDG_VIDEOS_DIR=\"$HOME/Videos-de\"\n";
  EXPECT_EQ(defaultVideoFolder(), (home.path / "Videos-de/Rendezvous").string());
}

TEST(RecordRequest, ExistingFilesAreNeverOverwritten) {
  std::set<std::string> present = {"/v/a.mp4", "/v/a-1.mp4"};
  const auto exists = [&](const std::string& p) { return present.count(p) > 0; };
  EXPECT_EQ(firstFreePath("/v/b.mp4", exists), "/v/b.mp4");
  EXPECT_EQ(firstFreePath("/v/a.mp4", exists), "/v/a-2.mp4");
  present.insert("/v/a-2.mp4");
  EXPECT_EQ(firstFreePath("/v/a.mp4", exists), "/v/a-3.mp4");
}

TEST(RecordRequest, OutputFolderIsMadeOrTheReasonGiven) {
  TempDir dir;
  std::string err;
  const fs::path nested = dir.path / "Videos/Rendezvous/x.mp4";
  EXPECT_TRUE(succeeded(prepareOutputFolder(nested.string()), &err)) << err;
  EXPECT_TRUE(fs::is_directory(dir.path / "Videos/Rendezvous"));

  EXPECT_FALSE(succeeded(prepareOutputFolder("/proc/rendezvous-no/x.mp4"), &err));
  EXPECT_NE(err.find("cannot create the folder /proc/rendezvous-no"), std::string::npos) << err;

  EXPECT_FALSE(succeeded(prepareOutputFolder(""), &err));
  EXPECT_EQ(err, "no output file given");

  if (::geteuid() != 0) {  // root writes anywhere
    fs::create_directories(dir.path / "ro");
    fs::permissions(dir.path / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    EXPECT_FALSE(succeeded(prepareOutputFolder((dir.path / "ro/x.mp4").string()), &err));
    EXPECT_NE(err.find("is not writable"), std::string::npos) << err;
  }
}

TEST(TimelineSelection, MarksAtThePlayhead) {
  TimelineSelection s;
  EXPECT_FALSE(s.range());
  s.setIn(100.0);
  EXPECT_FALSE(s.range());  // only a start
  s.setOut(160.0);
  ASSERT_TRUE(s.range());
  EXPECT_DOUBLE_EQ(s.range()->fromUtcS, 100.0);
  EXPECT_DOUBLE_EQ(s.range()->lengthS(), 60.0);
  // A new start past the end drops the end: it no longer makes sense.
  s.setIn(200.0);
  EXPECT_FALSE(s.outUtcS());
  EXPECT_FALSE(s.range());
  // An end before the start drops the start.
  s.setOut(150.0);
  EXPECT_FALSE(s.inUtcS());
  EXPECT_DOUBLE_EQ(*s.outUtcS(), 150.0);
  s.setIn(140.0);
  EXPECT_DOUBLE_EQ(s.range()->lengthS(), 10.0);
  s.clear();
  EXPECT_FALSE(s.inUtcS());
  EXPECT_FALSE(s.outUtcS());
}

TEST(TimelineSelection, ShiftDragEitherWayAndAClickIsNoRange) {
  TimelineSelection s;
  s.beginDrag(500.0);
  EXPECT_TRUE(s.dragging());
  EXPECT_FALSE(s.range());  // a click, no drag yet
  s.dragTo(420.0);          // leftwards
  ASSERT_TRUE(s.range());
  EXPECT_DOUBLE_EQ(s.range()->fromUtcS, 420.0);
  EXPECT_DOUBLE_EQ(s.range()->toUtcS, 500.0);
  s.dragTo(530.0);  // back past the anchor
  EXPECT_DOUBLE_EQ(s.range()->fromUtcS, 500.0);
  EXPECT_DOUBLE_EQ(s.range()->toUtcS, 530.0);
  s.endDrag();
  s.dragTo(900.0);  // ignored once released
  EXPECT_DOUBLE_EQ(s.range()->toUtcS, 530.0);
  s.beginDrag(700.0);
  s.dragTo(700.0 + TimelineSelection::kMinLengthS / 2);
  EXPECT_FALSE(s.range());
}

TEST(RecordKeys, MarksAndPanelHaveTheirKeys) {
  EXPECT_EQ(actionForKey(GLFW_KEY_I, 0), Action::MarkIn);
  EXPECT_EQ(actionForKey(GLFW_KEY_U, 0), Action::MarkOut);
  EXPECT_EQ(actionForKey(GLFW_KEY_R, kModControl), Action::ToggleRecordPanel);
  EXPECT_EQ(actionForKey(GLFW_KEY_R, 0), Action::Reverse);  // R alone still reverses
  std::string all;
  for (const auto& r : helpRows()) all += r.keys + "=" + r.help + "|";
  EXPECT_NE(all.find("Ctrl R=Record"), std::string::npos) << all;
  EXPECT_NE(all.find("I=Range to record"), std::string::npos) << all;
}

TEST(RecordProcess, ReadsProgressAndOutputAndReapsTheChild) {
  RecordProcess p;
  std::string err;
  // Stands in for `record`: progress on fd 3, messages on stderr, stdin empty.
  const char* script =
      "read line && echo \"stdin was not empty\" >&2; "
      "printf 'frames 0 4 0.000\\n' >&3; printf 'frames 2 4 0.250\\nframes 4 4 0.5' >&3; "
      "printf 'garbage\\nframes 4 4 0.500\\n' >&3; "
      "echo 'rendezvous: record: 4 frames' >&2; echo 'rendezvous: record: wrote x.mp4' >&2; exit 0";
  ASSERT_TRUE(succeeded(p.start("/bin/sh", {"-c", script}, 3), &err)) << err;
  EXPECT_TRUE(p.running());
  waitFor(p);
  ASSERT_EQ(p.state(), RecordState::Succeeded);
  EXPECT_EQ(p.progress().done, 4);
  EXPECT_EQ(p.progress().total, 4);
  EXPECT_DOUBLE_EQ(p.progress().elapsedS, 0.5);
  const auto lines = p.takeOutputLines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "rendezvous: record: wrote x.mp4");
  EXPECT_TRUE(p.takeOutputLines().empty());
  EXPECT_EQ(p.lastOutputLine(), "rendezvous: record: wrote x.mp4");
  EXPECT_EQ(recordOutcomeMessage(p.state(), p.progress(), 24, "/v/x.mp4", p.lastOutputLine(),
                                 p.exitCode(), p.exitSignal()),
            "Saved /v/x.mp4 (4 frames, 0.2 s)");
}

TEST(RecordProcess, AFailureSaysWhyInOneLine) {
  RecordProcess p;
  std::string err;
  ASSERT_TRUE(succeeded(
      p.start(
          "/bin/sh",
          {"-c",
           "echo 'rendezvous: record: starting' >&2; "
           "echo \"rendezvous: record: 'ffmpeg' not found on PATH; install ffmpeg\" >&2; exit 1"},
          3),
      &err));
  waitFor(p);
  ASSERT_EQ(p.state(), RecordState::Failed);
  EXPECT_EQ(p.exitCode(), 1);
  EXPECT_EQ(recordOutcomeMessage(p.state(), p.progress(), 30, "x.mp4", p.lastOutputLine(),
                                 p.exitCode(), p.exitSignal()),
            "Recording failed: 'ffmpeg' not found on PATH; install ffmpeg");

  // Silent death by a signal.
  ASSERT_TRUE(succeeded(p.start("/bin/sh", {"-c", "kill -9 $$"}, 3), &err));
  waitFor(p);
  ASSERT_EQ(p.state(), RecordState::Failed);
  EXPECT_EQ(p.exitSignal(), 9);
  EXPECT_EQ(recordOutcomeMessage(p.state(), p.progress(), 30, "x.mp4", p.lastOutputLine(),
                                 p.exitCode(), p.exitSignal()),
            "Recording failed: the recorder was killed by signal 9");

  // A program that is not there.
  EXPECT_FALSE(succeeded(p.start("/nonexistent/rendezvous", {}, 3), &err));
  EXPECT_NE(err.find("cannot start /nonexistent/rendezvous"), std::string::npos) << err;
  EXPECT_FALSE(p.running());
}

TEST(RecordProcess, CancelSendsSigtermAndTheChildFinishes) {
  RecordProcess p;
  std::string err;
  // Like `record`: on SIGTERM it finishes and says the file is playable.
  const char* script =
      "trap 'echo \"rendezvous: record: stopped by SIGTERM after 3 of 100 frames; x.mp4 is a "
      "valid, "
      "playable video of those frames only\" >&2; exit 1' TERM; "
      "printf 'frames 3 100 0.300\\n' >&3; i=0; while [ $i -lt 500 ]; do sleep 0.02; i=$((i+1)); "
      "done; exit 0";
  ASSERT_TRUE(succeeded(p.start("/bin/sh", {"-c", script}, 3), &err)) << err;
  // Wait for the first progress line, then cancel.
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (p.progress().done == 0 && std::chrono::steady_clock::now() < until) {
    p.poll();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_EQ(p.progress().done, 3);
  EXPECT_TRUE(p.running());
  p.cancel();
  EXPECT_TRUE(p.cancelRequested());
  waitFor(p);
  ASSERT_EQ(p.state(), RecordState::Cancelled);
  EXPECT_LT(p.elapsedS(), 5.0);  // stopped, not run to its end (10 s)
  EXPECT_EQ(recordOutcomeMessage(p.state(), p.progress(), 30, "x.mp4", p.lastOutputLine(),
                                 p.exitCode(), p.exitSignal()),
            "Cancelled after 3 of 100 frames: x.mp4 holds those frames");
}

TEST(RecordProcess, PollNeverBlocksAndTheDestructorStopsTheChild) {
  std::string err;
  const auto marker =
      fs::temp_directory_path() / ("rv_record_panel_alive_" + std::to_string(::getpid()));
  fs::remove(marker);
  {
    RecordProcess p;
    // Silent for 10 s unless stopped: poll() must return at once meanwhile.
    ASSERT_TRUE(succeeded(
        p.start("/bin/sh",
                {"-c",
                 "trap 'exit 1' TERM; i=0; while [ $i -lt 500 ]; do sleep 0.02; i=$((i+1)); done; "
                 "touch " +
                     marker.string()},
                3),
        &err));
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < 20; ++i) p.poll();
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 0.5);
    EXPECT_TRUE(p.running());
  }  // destructor: SIGTERM, wait, reap
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(fs::exists(marker)) << "the child ran on after its RecordProcess was destroyed";
}
