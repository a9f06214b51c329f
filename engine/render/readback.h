#pragma once
// Frames back from the GPU, the renderer's one read-back API: an offscreen
// target to render into when a frame goes to a file (`render`, the recorder,
// the tests), an asynchronous read-back ring for the recorder, and a
// synchronous read of the window's back buffer (its screenshots). Every read
// returns RGBA8 rows top to bottom, as files and video frames run (GL's run
// bottom to top). All of it needs the renderer's current GL context.

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "base/result.h"
#include "render/image_io.h"
#include "render/renderer.h"

namespace rv::render {

// A framebuffer with an RGBA8 colour texture, for frames that go to files.
class OffscreenTarget {
 public:
  OffscreenTarget();
  ~OffscreenTarget();
  OffscreenTarget(OffscreenTarget&&) noexcept;
  OffscreenTarget& operator=(OffscreenTarget&&) noexcept;

  // An Error when the driver cannot make one this size.
  Result<void> create(int width, int height);
  // What Renderer::draw takes; {0, 0, 0} before create().
  RenderTarget target() const;
  // Reads the pixels back at once (waits for the GPU).
  ImageRgba8 readPixels() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

struct AsyncReadbackDesc {
  int width = 0, height = 0;
  int ringSize = 3;  // pixel buffers in flight
};

// Asynchronous read-back through a ring of pixel buffer objects: start()
// queues the copy of a frame into the next buffer and returns at once (the
// copy runs on the GPU while the caller renders the next frame);
// takeOldest() waits for the oldest copy and hands its rows over. With a
// ring of N, frame i is collected while frames i+1..i+N-1 are in flight.
// Frames come out in the order they were started, each with the tag the
// caller gave it.
class AsyncReadback {
 public:
  AsyncReadback();
  ~AsyncReadback();
  AsyncReadback(const AsyncReadback&) = delete;
  AsyncReadback& operator=(const AsyncReadback&) = delete;

  // Creates the buffers; an Error on failure.
  Result<void> create(const AsyncReadbackDesc& desc);
  // Starts reading the RGBA8 colour of `framebuffer` (width x height of the
  // desc). Requires !full().
  void start(unsigned framebuffer, int64_t tag);
  bool full() const;
  bool empty() const;
  size_t frameBytes() const;
  // Waits for the oldest started read and copies it into `out` (frameBytes()
  // bytes, RGBA rows top to bottom). Returns its tag. Requires !empty().
  int64_t takeOldest(std::span<std::uint8_t> out);

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// The window's back buffer (default framebuffer), width x height from the
// bottom-left corner, with alpha made opaque (a window's alpha means nothing
// in a PNG).
ImageRgba8 readFramebuffer(int width, int height);

}  // namespace rv::render
