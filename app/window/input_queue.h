#pragma once
// What GLFW's input callbacks leave for the frame loop: key presses to apply,
// and counts of input events so an idle paused window knows to redraw and the
// transport row knows the pointer moved.

#include <vector>

struct GLFWwindow;

namespace rv::app {

struct InputQueue {
  struct Key {
    int key, mods;
  };
  std::vector<Key> keys;
  bool enterWhileTyping = false;
  bool escapeWhileTyping = false;
  bool typing = false;        // keys are text, not commands (the Go to field)
  double typingSinceS = 0.0;  // when `typing` was set
  bool sawTextInput = false;  // ImGui has had the field active since
  unsigned long long events = 0;
  unsigned long long pointerEvents = 0;  // moves, clicks, wheel: bring the transport row back
};

// Points the window's callbacks at `queue` (which must outlive the window's
// event polling). Install before ImGui's GLFW backend, which chains to them.
void installInputCallbacks(GLFWwindow* window, InputQueue* queue);

}  // namespace rv::app
