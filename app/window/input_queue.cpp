#include "input_queue.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace rv::app {
namespace {

InputQueue* inputOf(GLFWwindow* w) {
  return static_cast<InputQueue*>(glfwGetWindowUserPointer(w));
}

// Installed before ImGui's backend, which chains to them.
void onKey(GLFWwindow* window, int key, int, int action, int mods) {
  InputQueue* q = inputOf(window);
  if (!q) return;
  ++q->events;
  if (action != GLFW_PRESS) return;
  if (q->typing || (ImGui::GetCurrentContext() && ImGui::GetIO().WantCaptureKeyboard)) {
    // Typing in a field (or about to: G was pressed and the field takes the
    // focus on the next frame). ImGui 1.86 samples keys once per frame, so a
    // quick Enter or Esc (press and release within one slow frame) would be
    // lost: pass them on so the Go to field still submits or closes.
    if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) q->enterWhileTyping = true;
    if (key == GLFW_KEY_ESCAPE) q->escapeWhileTyping = true;
    return;
  }
  q->keys.push_back({key, mods});
}
void onMouseButton(GLFWwindow* w, int, int, int) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onScroll(GLFWwindow* w, double, double) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onChar(GLFWwindow* w, unsigned int) {
  ++inputOf(w)->events;
}
void onCursorPos(GLFWwindow* w, double, double) {
  ++inputOf(w)->events;
  ++inputOf(w)->pointerEvents;
}
void onWindowFocus(GLFWwindow* w, int) {
  ++inputOf(w)->events;
}
void onFramebufferSize(GLFWwindow* w, int, int) {
  ++inputOf(w)->events;
}

}  // namespace

void installInputCallbacks(GLFWwindow* window, InputQueue* queue) {
  glfwSetWindowUserPointer(window, queue);
  glfwSetKeyCallback(window, onKey);
  glfwSetMouseButtonCallback(window, onMouseButton);
  glfwSetScrollCallback(window, onScroll);
  glfwSetCharCallback(window, onChar);
  glfwSetWindowFocusCallback(window, onWindowFocus);
  glfwSetCursorPosCallback(window, onCursorPos);
  glfwSetFramebufferSizeCallback(window, onFramebufferSize);
}

}  // namespace rv::app
