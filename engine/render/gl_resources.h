#pragma once
// Move-only owners of OpenGL objects. Zero means empty; destruction deletes
// the object, so every owner must die while its context is current (the
// Renderer owns them all and is destroyed before the context).

#include <glad/gl.h>

#include <utility>

namespace rv::gl {

// One template for every glGen*/glDelete* pair; the deleter is a function
// object so the owner type stays a distinct, self-describing name.
template <class Deleter>
class Handle {
 public:
  Handle() = default;
  explicit Handle(GLuint id) : m_id(id) {}
  ~Handle() { reset(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : m_id(std::exchange(other.m_id, 0)) {}
  Handle& operator=(Handle&& other) noexcept {
    if (this != &other) {
      reset();
      m_id = std::exchange(other.m_id, 0);
    }
    return *this;
  }
  GLuint id() const { return m_id; }
  explicit operator bool() const { return m_id != 0; }
  void reset() {
    if (m_id != 0) Deleter{}(m_id);
    m_id = 0;
  }

 private:
  GLuint m_id = 0;
};

struct BufferDeleter {
  void operator()(GLuint id) const { glDeleteBuffers(1, &id); }
};
struct VertexArrayDeleter {
  void operator()(GLuint id) const { glDeleteVertexArrays(1, &id); }
};
struct TextureDeleter {
  void operator()(GLuint id) const { glDeleteTextures(1, &id); }
};
struct FramebufferDeleter {
  void operator()(GLuint id) const { glDeleteFramebuffers(1, &id); }
};
struct RenderbufferDeleter {
  void operator()(GLuint id) const { glDeleteRenderbuffers(1, &id); }
};
struct ProgramDeleter {
  void operator()(GLuint id) const { glDeleteProgram(id); }
};
struct ShaderDeleter {
  void operator()(GLuint id) const { glDeleteShader(id); }
};

using Buffer = Handle<BufferDeleter>;
using VertexArray = Handle<VertexArrayDeleter>;
using Texture = Handle<TextureDeleter>;
using Framebuffer = Handle<FramebufferDeleter>;
using Renderbuffer = Handle<RenderbufferDeleter>;
using Program = Handle<ProgramDeleter>;
using Shader = Handle<ShaderDeleter>;

inline Buffer makeBuffer() {
  GLuint id = 0;
  glGenBuffers(1, &id);
  return Buffer(id);
}
inline VertexArray makeVertexArray() {
  GLuint id = 0;
  glGenVertexArrays(1, &id);
  return VertexArray(id);
}
inline Texture makeTexture() {
  GLuint id = 0;
  glGenTextures(1, &id);
  return Texture(id);
}
inline Framebuffer makeFramebuffer() {
  GLuint id = 0;
  glGenFramebuffers(1, &id);
  return Framebuffer(id);
}
inline Renderbuffer makeRenderbuffer() {
  GLuint id = 0;
  glGenRenderbuffers(1, &id);
  return Renderbuffer(id);
}

}  // namespace rv::gl
