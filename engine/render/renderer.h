#pragma once
// Draws a RenderFrame into a framebuffer. The same Renderer serves the
// desktop window (GLFW context) and headless output (EGL context): the
// caller makes a GL 3.3 core context current and passes its loader.
//
// Pipeline: each layer tone maps its own pixels (shaders/display.glsl) into
// an sRGB buffer with logarithmic depth: the renderer's own (multisampled
// with MSAA), or without MSAA the window's buffer itself; the sky goes
// behind the opaque layers, or with MSAA into the pass that resolves the
// samples; the picture reaches the caller's framebuffer by a copy or that
// pass (render/scene_buffers.h). See docs/ARCHITECTURE.md.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "render/pass_timer.h"
#include "render/render_frame.h"
#include "render/renderer_assets.h"

namespace rv::render {

// Signature of glfwGetProcAddress / eglGetProcAddress.
using GlLoaderFn = void* (*)(const char* name);

struct RendererDesc {
  std::string xplanetDir = "/usr/share/xplanet";  // Earth maps and star catalogue
  int msaaSamples = 4;                            // 0: no multisampling (see RenderQuality)
  int earthLatSegments = 128;
  int earthLonSegments = 256;
  // Object labels (RenderFrame::labels); missing: labels off, with a warning.
  std::string labelFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  // The HUD's text (RenderFrame::hud), baked once at hudTextPx: glyphs look
  // best drawn near that size, so a recorder passes its frame's text size.
  // 0: no HUD font, nothing loaded and no HUD drawn; else a missing font
  // fails create().
  std::string hudFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  float hudTextPx = 0.0f;
};

// How much work a frame may take. High is the default and the look the
// golden images hold. Low is for software rasterisers (Mesa llvmpipe on a
// laptop without a GPU driver): no MSAA, which on llvmpipe costs about as
// much as the rest of the frame (clearing, writing and resolving four
// samples per pixel); bench/frame_bench prints the ratio.
enum class RenderQuality { High, Low };
inline constexpr int msaaSamplesFor(RenderQuality q) {
  return q == RenderQuality::High ? 4 : 0;
}

// True for the GL_RENDERER strings of Mesa's CPU rasterisers (llvmpipe,
// softpipe, swrast), where Low is the sensible default for a window.
bool isSoftwareRasterizer(std::string_view glRenderer);

// Where a frame goes: a GL framebuffer (0 = the window) of the given size.
struct RenderTarget {
  unsigned framebuffer = 0;
  int width = 0;
  int height = 0;
};

class Renderer {
 public:
  // Loads GL through `loader`, checks for GL 3.3, builds shaders and meshes
  // and uploads textures. Never aborts: every failure comes back as an
  // Error, one line for the user: what is missing and what to do.
  static Result<std::unique_ptr<Renderer>> create(GlLoaderFn loader, const RendererDesc& desc);
  // The same with the files already being read: assets was started (with
  // desc.xplanetDir) before the GL context was made, so that decoding them
  // overlaps with making it. Start-up's critical path (the window, `render`).
  static Result<std::unique_ptr<Renderer>> create(GlLoaderFn loader, const RendererDesc& desc,
                                                  RendererAssets assets);
  ~Renderer();
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  // Draws the frame, its HUD last. A target of zero size is ignored
  // (minimised window).
  void draw(const RenderFrame& frame, const RenderTarget& target);
  // Width in pixels of HUD text drawn heightPx high (for wrapping captions);
  // 0 without a HUD font.
  float hudTextWidth(std::string_view text, float heightPx) const;

  // Switches the quality for the following frames (buffers are reallocated
  // on the next draw).
  void setQuality(RenderQuality quality);
  RenderQuality quality() const;
  // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".
  const std::string& glRenderer() const;

  // Non-fatal problems found at creation (e.g. a missing texture).
  const std::vector<std::string>& warnings() const;
  // "4.5 (Core Profile) Mesa 22.3.6" etc., for logs and the UI.
  const std::string& glVersion() const;
  // The Earth's day map as a GL texture name, equirectangular with north at
  // v = 0 and longitude -180 at u = 0: the UI draws its flat world map with
  // it (ImGui's OpenGL backend takes a texture name as its image id). The
  // renderer owns it.
  unsigned earthMapTexture() const;

  // Per-pass GPU times of the last frame drawn while timing is on (it waits
  // for the GPU at the end of each frame: for profiles, not for the window).
  void setPassTiming(bool on);
  const std::vector<PassTime>& lastPassTimes() const;

 private:
  struct Impl;
  explicit Renderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace rv::render
