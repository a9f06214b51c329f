#pragma once
// The window's commands (ui_actions.h's Action, from a key or a panel's
// button) applied to the clock, the camera, the panels and the window; story
// mode's entry and exit; the mouse on the 3D view.

#include "app_state.h"
#include "ui_actions.h"

namespace rv::app {

void applyAction(AppState& s, Action a);

// Story mode (story_mode.h): entering keeps the controls as they are, to be
// given back on leaving (with `message` as a toast).
void enterStory(AppState& s);
void leaveStory(AppState& s, const char* message);

// Mouse over the 3D view (not over a panel): orbit and zoom the free camera.
// Between ImGui::NewFrame and the panels.
void freeCameraMouse(AppState& s);

}  // namespace rv::app
