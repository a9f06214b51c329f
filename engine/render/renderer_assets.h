#pragma once
// The files Renderer::create reads: the Earth's day and night maps (two
// 2048x1024 JPEGs, about 0.2 s of decoding between them on llvmpipe's
// machines) and the star catalogue. They are read and decoded on worker
// threads, each map on its own, so that started before the GL context is
// made (startLoading), they are ready when the renderer uploads them. The
// CPU work the renderer would otherwise do on its own thread goes along:
// the air's transmittance table and the vehicles' meshes.

#include <memory>
#include <string>

namespace rv::render {

struct DecodedAssets;  // render/decoded_assets.h: the images, the catalogue, the table, the meshes

class RendererAssets {
 public:
  // Starts reading and decoding, on worker threads (in this thread when no
  // thread can be started). The threads touch no GL and share nothing with
  // the caller: what they make is handed over by take().
  static RendererAssets startLoading(const std::string& xplanetDir);
  RendererAssets(RendererAssets&&) noexcept;
  RendererAssets& operator=(RendererAssets&&) noexcept;
  ~RendererAssets();  // waits for the workers if take() was not called

  // Waits for the workers; what they decoded, warnings included. Once
  // (Renderer::create calls it).
  DecodedAssets take();

 private:
  struct Impl;
  explicit RendererAssets(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace rv::render
