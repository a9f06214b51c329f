#pragma once
// Start-up's messages on stderr, held back while the mission simulates on a
// worker (background_mission.h): the window and the renderer are made
// meanwhile, but what they say must come after the mission's own messages,
// as it did when the steps ran one after the other, and not at all if the
// mission fails (then the program stops, as it always did, before them).

#include <string>
#include <vector>

namespace rv::app {

// Writes one whole line (ending in '\n') on stderr, or holds it while a
// HeldMessages is alive. On the main thread only (GLFW's error callback
// runs there too).
void sayOnStderr(const std::string& line);

// While alive, sayOnStderr's lines are kept in order. release() prints them
// and stops holding; lines still held when it is destroyed are dropped.
// One at a time.
class HeldMessages {
 public:
  HeldMessages();
  ~HeldMessages();
  HeldMessages(const HeldMessages&) = delete;
  HeldMessages& operator=(const HeldMessages&) = delete;
  void release();

 private:
  std::vector<std::string> m_lines;
};

}  // namespace rv::app
