#pragma once
// A GL 3.3 core context with no window and no X server, through EGL: the
// device platform (NVIDIA and Mesa), else Mesa's surfaceless platform, else
// the default display. Frames go to framebuffer objects.

#include <memory>
#include <string>

#include "base/result.h"
#include "render/renderer.h"

namespace rv::app {

class HeadlessGl {
 public:
  // Creates and makes current a context; the error says what to install.
  static Result<std::unique_ptr<HeadlessGl>> create();
  ~HeadlessGl();
  HeadlessGl(const HeadlessGl&) = delete;
  HeadlessGl& operator=(const HeadlessGl&) = delete;

  render::GlLoaderFn loader() const;
  // Makes this context current again (another context may have been used on
  // this thread since); false if EGL refuses.
  bool makeCurrent() const;
  const std::string& description() const { return m_description; }  // which platform

 private:
  HeadlessGl() = default;
  void* m_display = nullptr;
  void* m_context = nullptr;
  std::string m_description;
};

}  // namespace rv::app
