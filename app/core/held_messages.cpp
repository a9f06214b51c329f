#include "held_messages.h"

#include <cstdio>

namespace rv::app {
namespace {

// The live HeldMessages' lines: a static because GLFW's error callback,
// which says through it, has no user pointer.
std::vector<std::string>* g_held = nullptr;

}  // namespace

void sayOnStderr(const std::string& line) {
  if (g_held)
    g_held->push_back(line);
  else
    std::fputs(line.c_str(), stderr);
}

HeldMessages::HeldMessages() {
  g_held = &m_lines;
}

HeldMessages::~HeldMessages() {
  if (g_held == &m_lines) g_held = nullptr;
}

void HeldMessages::release() {
  if (g_held == &m_lines) g_held = nullptr;
  for (const std::string& line : m_lines) std::fputs(line.c_str(), stderr);
  m_lines.clear();
}

}  // namespace rv::app
