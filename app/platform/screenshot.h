#pragma once
// F12 screenshots: where they go and what they are called. The window reads
// the pixels (screenshot of the 3D view alone, or with the panels); this file
// picks the folder, makes it, names the file and writes the PNG, and turns
// every failure into a sentence for the on-screen message.

#include <string>

#include "render/image_io.h"

namespace rv::app {

// The folder: `chosen` when not empty, else $XDG_PICTURES_DIR (environment,
// then ~/.config/user-dirs.dirs), else ~/Pictures; with /Rendezvous appended
// to the XDG/default folders.
std::string screenshotFolder(const std::string& chosen);

// "rendezvous_2026-11-25_170102_T+00-01-58.png": the wall-clock time it was
// taken (local) and the mission time shown. No ':' (awkward on some file
// systems and in shells).
std::string screenshotFileName(long long wallUnixS, double metS);

struct ScreenshotResult {
  bool ok = false;
  std::string path;     // written file, when ok
  std::string message;  // for the toast: "Saved ~/Pictures/Rendezvous/..." or why not
};

// Makes the folder (with parents) and writes the PNG, never overwriting: a
// name that exists gets "-2", "-3"... Failures come back as a message.
ScreenshotResult saveScreenshot(const render::ImageRgba8& image, const std::string& folder,
                                const std::string& fileName);

}  // namespace rv::app
