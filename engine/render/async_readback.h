#pragma once
// Asynchronous read-back of rendered frames through a ring of pixel buffer
// objects: start() queues glReadPixels into the next buffer and returns at
// once (the copy runs on the GPU while the caller renders the next frame);
// takeOldest() waits for the oldest read, maps it and copies its rows, top to
// bottom, into the caller's buffer. With a ring of N, frame i is collected
// while frames i+1..i+N-1 are in flight.
//
// Order is preserved: frames come out in the order they were started, each
// tagged with the number the caller gave it.

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <vector>

#include "render/gl_resources.h"

namespace rv::render {

struct AsyncReadbackDesc {
  int width = 0, height = 0;
  int ringSize = 3;  // pixel buffers in flight
};

class AsyncReadback {
 public:
  AsyncReadback() = default;
  ~AsyncReadback();
  AsyncReadback(const AsyncReadback&) = delete;
  AsyncReadback& operator=(const AsyncReadback&) = delete;

  // Creates the buffers in the current context. False and *error on failure.
  bool create(const AsyncReadbackDesc& desc, std::string* error);
  // Starts reading the RGBA8 colour of `framebuffer` (width x height of the
  // desc). Requires !full().
  void start(unsigned framebuffer, int64_t tag);
  bool full() const { return static_cast<int>(m_pending.size()) >= m_desc.ringSize; }
  bool empty() const { return m_pending.empty(); }
  size_t frameBytes() const;
  // Waits for the oldest started read and copies it into `out` (frameBytes()
  // bytes, RGBA rows top to bottom). Returns its tag. Requires !empty().
  int64_t takeOldest(std::span<std::uint8_t> out);

 private:
  struct Pending {
    int slot = 0;
    int64_t tag = 0;
    GLsync fence = nullptr;
  };
  AsyncReadbackDesc m_desc;
  std::vector<gl::Buffer> m_buffers;
  std::deque<Pending> m_pending;
  int m_next = 0;
};

}  // namespace rv::render
