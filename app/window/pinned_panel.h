#pragma once
// The window's panels are pinned where the layout puts them (layout.h): a
// presenter's stray drag must not move a panel off the projector, and no
// imgui.ini is written. One place for the flags and the placement they all
// share.

#include <imgui.h>

namespace rv::app {

inline constexpr ImGuiWindowFlags kPinnedPanel =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
    ImGuiWindowFlags_NoSavedSettings;

// Puts the next window's `pivot` (0..1 of its size) at `pos`, `size` wide and
// high (a zero height fits the contents), every frame.
inline void pinNextWindow(ImVec2 pos, ImVec2 pivot, ImVec2 size) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
}

}  // namespace rv::app
