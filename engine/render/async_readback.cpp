// The asynchronous half of readback.h: a ring of pixel buffer objects.
#include "render/readback.h"

#include <cstring>
#include <deque>
#include <vector>

#include "render/gl_resources.h"

namespace rv::render {

struct AsyncReadback::Impl {
  struct Pending {
    int slot = 0;
    int64_t tag = 0;
    GLsync fence = nullptr;
  };
  AsyncReadbackDesc desc;
  std::vector<gl::Buffer> buffers;
  std::deque<Pending> pending;
  int next = 0;
};

AsyncReadback::AsyncReadback() : m_impl(std::make_unique<Impl>()) {}

AsyncReadback::~AsyncReadback() {
  for (auto& p : m_impl->pending) glDeleteSync(p.fence);
}

bool AsyncReadback::full() const {
  return static_cast<int>(m_impl->pending.size()) >= m_impl->desc.ringSize;
}

bool AsyncReadback::empty() const {
  return m_impl->pending.empty();
}

size_t AsyncReadback::frameBytes() const {
  return static_cast<size_t>(m_impl->desc.width) * static_cast<size_t>(m_impl->desc.height) * 4;
}

Result<void> AsyncReadback::create(const AsyncReadbackDesc& desc) {
  if (desc.width <= 0 || desc.height <= 0 || desc.ringSize < 1) {
    return fail("read-back: bad size or ring");
  }
  m_impl->desc = desc;
  m_impl->buffers.clear();
  for (int i = 0; i < desc.ringSize; ++i) {
    gl::Buffer b = gl::makeBuffer();
    glBindBuffer(GL_PIXEL_PACK_BUFFER, b.id());
    glBufferData(GL_PIXEL_PACK_BUFFER, static_cast<GLsizeiptr>(frameBytes()), nullptr,
                 GL_STREAM_READ);
    m_impl->buffers.push_back(std::move(b));
  }
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  if (glGetError() != GL_NO_ERROR) {
    return fail("cannot allocate pixel buffers for a " + std::to_string(desc.width) + "x" +
                std::to_string(desc.height) + " read-back (out of memory?)");
  }
  return {};
}

void AsyncReadback::start(unsigned framebuffer, int64_t tag) {
  Impl& m = *m_impl;
  const int slot = m.next;
  m.next = (m.next + 1) % m.desc.ringSize;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, m.buffers[static_cast<size_t>(slot)].id());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, m.desc.width, m.desc.height, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  m.pending.push_back({slot, tag, glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0)});
  glFlush();  // let the driver start the copy now
}

int64_t AsyncReadback::takeOldest(std::span<std::uint8_t> out) {
  Impl& m = *m_impl;
  const Impl::Pending p = m.pending.front();
  m.pending.pop_front();
  // Wait in 100 ms slices (no upper bound: a 4K frame on a software
  // rasteriser can take seconds).
  while (glClientWaitSync(p.fence, GL_SYNC_FLUSH_COMMANDS_BIT, 100'000'000) == GL_TIMEOUT_EXPIRED) {
  }
  glDeleteSync(p.fence);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, m.buffers[static_cast<size_t>(p.slot)].id());
  const auto* src = static_cast<const std::uint8_t*>(glMapBufferRange(
      GL_PIXEL_PACK_BUFFER, 0, static_cast<GLsizeiptr>(frameBytes()), GL_MAP_READ_BIT));
  const size_t row = static_cast<size_t>(m.desc.width) * 4;
  const size_t rows = static_cast<size_t>(m.desc.height);
  if (src && out.size() >= frameBytes()) {
    // GL rows run bottom to top; video frames run top to bottom.
    for (size_t y = 0; y < rows; ++y) std::memcpy(&out[y * row], src + (rows - 1 - y) * row, row);
  }
  glUnmapBuffer(GL_PIXEL_PACK_BUFFER);
  glBindBuffer(GL_PIXEL_PACK_BUFFER, 0);
  return p.tag;
}

}  // namespace rv::render
