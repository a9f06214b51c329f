#include "headless_gl.h"

#include <glad/egl.h>

#include <map>
#include <string_view>
#include <vector>

namespace rv::app {
namespace {

bool hasExtension(const char* list, std::string_view name) {
  if (!list) return false;
  std::string_view all(list);
  size_t pos = 0;
  while ((pos = all.find(name, pos)) != std::string_view::npos) {
    const size_t end = pos + name.size();
    if ((pos == 0 || all[pos - 1] == ' ') && (end == all.size() || all[end] == ' ')) return true;
    pos = end;
  }
  return false;
}

// EGL displays are per-process: eglGetPlatformDisplay returns the same handle
// to every caller and eglTerminate ends every context on it. Count the users
// so one HeadlessGl going away does not kill another's context. Never
// destroyed: a HeadlessGl held by a static (the benchmarks' fixtures) is
// destroyed at exit after any function-local static, and must still find it.
std::map<EGLDisplay, int>& displayUsers() {
  static auto* users = new std::map<EGLDisplay, int>;
  return *users;
}

void* eglLoader(const char* name) {
  return reinterpret_cast<void*>(eglGetProcAddress(name));
}

// Tries to initialise a display and make a GL 3.3 core context current on it.
// A failed attempt must not end a display another HeadlessGl is using.
void releaseIfUnused(EGLDisplay display) {
  if (displayUsers().count(display) == 0) eglTerminate(display);
}

Result<EGLContext> makeContext(EGLDisplay display) {
  EGLint major = 0, minor = 0;
  if (!eglInitialize(display, &major, &minor)) return fail("eglInitialize failed");
  const auto refuse = [&](const char* why) {
    releaseIfUnused(display);
    return fail(why);
  };
  gladLoaderLoadEGL(display);  // display extensions
  if (!eglBindAPI(EGL_OPENGL_API)) return refuse("the EGL display has no desktop OpenGL");
  const EGLint configAttribs[] = {EGL_RENDERABLE_TYPE,
                                  EGL_OPENGL_BIT,
                                  EGL_SURFACE_TYPE,
                                  EGL_PBUFFER_BIT,
                                  EGL_RED_SIZE,
                                  8,
                                  EGL_GREEN_SIZE,
                                  8,
                                  EGL_BLUE_SIZE,
                                  8,
                                  EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count == 0) {
    const EGLint relaxed[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    if (!eglChooseConfig(display, relaxed, &config, 1, &count) || count == 0)
      return refuse("no EGL config with desktop OpenGL");
  }
  const EGLint ctxAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                               3,
                               EGL_CONTEXT_MINOR_VERSION,
                               3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK,
                               EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                               EGL_NONE};
  EGLContext ctx = eglCreateContext(display, config, EGL_NO_CONTEXT, ctxAttribs);
  if (ctx == EGL_NO_CONTEXT) return refuse("the driver cannot create an OpenGL 3.3 core context");
  // Surfaceless: all drawing goes to framebuffer objects.
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx)) {
    eglDestroyContext(display, ctx);
    return refuse("eglMakeCurrent without a surface failed (EGL_KHR_surfaceless_context missing?)");
  }
  return ctx;
}

}  // namespace

Result<std::unique_ptr<HeadlessGl>> HeadlessGl::create() {
  if (!gladLoaderLoadEGL(EGL_NO_DISPLAY)) {
    return fail(
        "cannot load libEGL.so.1 for headless rendering; install libegl1 and "
        "libegl-mesa0 (Mesa) or the GPU vendor's EGL driver");
  }
  const char* clientExts = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
  std::vector<std::string> tried;
  auto result = std::unique_ptr<HeadlessGl>(new HeadlessGl());
  const auto attempt = [&](EGLDisplay display, const std::string& label) {
    if (display == EGL_NO_DISPLAY) return false;
    const auto made = makeContext(display);
    if (!made) {
      tried.push_back(label + ": " + made.error().message);
      return false;
    }
    result->m_display = display;
    result->m_context = *made;
    ++displayUsers()[display];
    // Say which rasteriser answered: the surfaceless platform is Mesa's
    // name, but NVIDIA's driver serves it too.
    using GetString = const unsigned char* (*)(unsigned int);
    const auto getString = reinterpret_cast<GetString>(eglGetProcAddress("glGetString"));
    const unsigned char* renderer = getString ? getString(0x1F01 /* GL_RENDERER */) : nullptr;
    result->m_description =
        renderer ? label + " on " + reinterpret_cast<const char*>(renderer) : label;
    return true;
  };

  if (hasExtension(clientExts, "EGL_EXT_platform_device") &&
      hasExtension(clientExts, "EGL_EXT_device_enumeration") && eglQueryDevicesEXT &&
      eglGetPlatformDisplayEXT) {
    EGLDeviceEXT devices[16];
    EGLint n = 0;
    if (eglQueryDevicesEXT(16, devices, &n)) {
      for (EGLint i = 0; i < n; ++i) {
        const char* devExts =
            eglQueryDeviceStringEXT ? eglQueryDeviceStringEXT(devices[i], EGL_EXTENSIONS) : nullptr;
        // Mesa lists its software rasterizer as a device too; prefer real GPUs
        // and come back to software below via the surfaceless platform.
        if (hasExtension(devExts, "EGL_MESA_device_software")) continue;
        if (attempt(eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, devices[i], nullptr),
                    "EGL device " + std::to_string(i)))
          return result;
      }
    }
  }
  if (hasExtension(clientExts, "EGL_MESA_platform_surfaceless") && eglGetPlatformDisplayEXT) {
    if (attempt(
            eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr),
            "EGL surfaceless"))
      return result;
  }
  if (attempt(eglGetDisplay(EGL_DEFAULT_DISPLAY), "EGL default display")) return result;

  std::string why = "no headless OpenGL 3.3 context available";
  for (const auto& t : tried) why += "; " + t;
  return fail(why + ". Install Mesa (libegl-mesa0 libgl1-mesa-dri) or a GPU driver with EGL.");
}

HeadlessGl::~HeadlessGl() {
  if (m_display) {
    auto display = static_cast<EGLDisplay>(m_display);
    eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    if (m_context) eglDestroyContext(display, static_cast<EGLContext>(m_context));
    if (--displayUsers()[display] == 0) {
      displayUsers().erase(display);
      eglTerminate(display);
    }
  }
}

render::GlLoaderFn HeadlessGl::loader() const {
  return &eglLoader;
}

bool HeadlessGl::makeCurrent() const {
  return eglMakeCurrent(static_cast<EGLDisplay>(m_display), EGL_NO_SURFACE, EGL_NO_SURFACE,
                        static_cast<EGLContext>(m_context)) == EGL_TRUE;
}

}  // namespace rv::app
