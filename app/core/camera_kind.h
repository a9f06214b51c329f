#pragma once
// The scene's cameras as a type. Inside the app a camera travels as a
// CameraKind; its name ("pad", "chase", ...) exists only at the edges, where
// text comes in or goes out: the command line, the settings file, a --shots
// script, the recorder's child command line, the window's labels and the
// state dump. One table (camera_kind.cpp) holds every name and title.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rv::app {

enum class CameraKind { Pad, Chase, Onboard, Port, Overview, Free, Stages };
// Every camera, in the order of the window's keys 1-7 and the command line's choices.
inline constexpr CameraKind kAllCameras[] = {
    CameraKind::Pad,      CameraKind::Chase, CameraKind::Onboard, CameraKind::Port,
    CameraKind::Overview, CameraKind::Free,  CameraKind::Stages};

const char* cameraName(CameraKind k);   // "pad", "chase", ...
const char* cameraTitle(CameraKind k);  // "Pad observer", ...
std::optional<CameraKind> parseCameraName(std::string_view name);
// Every camera's name, in kAllCameras order (command-line choices).
std::vector<std::string> cameraNames();

}  // namespace rv::app
