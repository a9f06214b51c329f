#include "render/text_overlay.h"
#include "render/gl_texture.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include <stb_truetype.h>

#include "base/file_io.h"
#include "render/gl_resources.h"
#include "render/shader_program.h"

namespace rv::render {
namespace {

constexpr int kFirstChar = 32;   // space
constexpr int kCharCount = 224;  // up to U+00FF: Latin-1, for the degree sign etc.

struct Vertex {
  float x, y, u, v;
  float r, g, b, a;
};

// Next code point of a UTF-8 string ('?' for malformed input).
unsigned nextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (extra < 0) return '?';
  unsigned cp = c & (0x3Fu >> extra);
  for (; extra > 0; --extra) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return '?';
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
  }
  return cp;
}

int glyphIndex(unsigned cp) {
  if (cp < kFirstChar || cp >= static_cast<unsigned>(kFirstChar + kCharCount)) cp = '?';
  return static_cast<int>(cp) - kFirstChar;
}

}  // namespace

struct TextOverlay::Impl {
  float bakedPx = 24.0f;
  int atlasW = 0, atlasH = 0;
  std::vector<stbtt_bakedchar> chars = std::vector<stbtt_bakedchar>(kCharCount);
  gl::Program program;
  gl::Texture atlas;
  gl::VertexArray vao;
  gl::Buffer vbo;
  std::vector<Vertex> vertices;
};

TextOverlay::TextOverlay(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TextOverlay::~TextOverlay() = default;

Result<std::unique_ptr<TextOverlay>> TextOverlay::create(const TextOverlayDesc& desc) {
  const auto file = io::readFile(desc.fontPath, "font", io::kDataFileLimit);
  if (!file)
    return fail("cannot read the font " + desc.fontPath +
                    " for --overlay; install the Debian package fonts-dejavu-core",
                ErrorKind::kBadInput);
  const std::vector<unsigned char> ttf(file->begin(), file->end());
  auto impl = std::make_unique<Impl>();
  impl->bakedPx = std::max(6.0f, desc.pixelHeight);
  // Atlas just big enough: 224 glyphs of about 0.6 em by 1.2 em.
  impl->atlasW = 1024;
  impl->atlasH = 64;
  std::vector<unsigned char> bitmap;
  for (;;) {
    bitmap.assign(static_cast<size_t>(impl->atlasW) * static_cast<size_t>(impl->atlasH), 0);
    const int rows = stbtt_BakeFontBitmap(ttf.data(), 0, impl->bakedPx, bitmap.data(), impl->atlasW,
                                          impl->atlasH, kFirstChar, kCharCount, impl->chars.data());
    if (rows > 0) break;
    if (rows == 0 || impl->atlasH >= 4096)
      return fail("cannot use the font " + desc.fontPath, ErrorKind::kBadInput);
    impl->atlasH *= 2;
  }
  auto program = gl::buildProgram("text.vert", "text.frag");
  if (!program) return program.takeError();
  impl->program = std::move(program).value();

  gl::TextureDesc td;
  td.width = impl->atlasW;
  td.height = impl->atlasH;
  td.internalFormat = GL_R8;
  td.format = GL_RED;
  td.unpackAlignment = 1;  // one byte per texel
  impl->atlas = gl::makeTexture2D(td, bitmap.data());
  glBindTexture(GL_TEXTURE_2D, 0);

  impl->vao = gl::makeVertexArray();
  impl->vbo = gl::makeBuffer();
  glBindVertexArray(impl->vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, impl->vbo.id());
  const auto stride = static_cast<GLsizei>(sizeof(Vertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(0));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(Vertex, u)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(Vertex, r)));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  return std::unique_ptr<TextOverlay>(new TextOverlay(std::move(impl)));
}

float TextOverlay::textWidth(std::string_view text, float heightPx) const {
  float w = 0.0f;
  for (size_t i = 0; i < text.size();)
    w += m_impl->chars[static_cast<size_t>(glyphIndex(nextCodePoint(text, i)))].xadvance;
  return w * heightPx / m_impl->bakedPx;
}

void TextOverlay::draw(const RenderTarget& target, std::span<const SolidBox> boxes,
                       std::span<const TextRun> runs) {
  Impl& m = *m_impl;
  auto& v = m.vertices;
  v.clear();
  const auto quad = [&](float x0, float y0, float x1, float y1, float u0, float v0, float u1,
                        float v1, const glm::vec4& c) {
    const Vertex a{x0, y0, u0, v0, c.r, c.g, c.b, c.a}, b{x1, y0, u1, v0, c.r, c.g, c.b, c.a},
        d{x1, y1, u1, v1, c.r, c.g, c.b, c.a}, e{x0, y1, u0, v1, c.r, c.g, c.b, c.a};
    v.insert(v.end(), {a, b, d, a, d, e});
  };
  for (const auto& box : boxes)
    quad(box.minPx.x, box.minPx.y, box.maxPx.x, box.maxPx.y, -1.0f, 0.0f, -1.0f, 0.0f, box.color);
  for (const auto& run : runs) {
    const float scale = run.heightPx / m.bakedPx;
    float x0 = run.posPx.x;
    if (run.align != TextAlign::Left) {
      const float w = textWidth(run.text, run.heightPx);
      x0 -= run.align == TextAlign::Center ? 0.5f * w : w;
    }
    // stb_truetype lays glyphs out at the baked size from (0, 0) on the
    // baseline; scale that layout about the run's origin.
    float x = 0.0f, y = 0.0f;
    for (size_t i = 0; i < run.text.size();) {
      stbtt_aligned_quad q;
      stbtt_GetBakedQuad(m.chars.data(), m.atlasW, m.atlasH, glyphIndex(nextCodePoint(run.text, i)),
                         &x, &y, &q, 1);
      quad(x0 + q.x0 * scale, run.posPx.y + q.y0 * scale, x0 + q.x1 * scale,
           run.posPx.y + q.y1 * scale, q.s0, q.t0, q.s1, q.t1, run.color);
    }
  }
  if (v.empty()) return;

  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  glViewport(0, 0, target.width, target.height);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_FRAMEBUFFER_SRGB);
  glEnable(GL_BLEND);
  // Straight alpha over the frame; the frame's alpha stays opaque.
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
  glUseProgram(m.program.id());
  gl::setUniform(m.program, "u_viewportPx",
                 glm::vec2(static_cast<float>(target.width), static_cast<float>(target.height)));
  gl::setUniform(m.program, "u_atlas", 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m.atlas.id());
  glBindVertexArray(m.vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m.vbo.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(v.size() * sizeof(Vertex)), v.data(),
               GL_STREAM_DRAW);
  glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(v.size()));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glDisable(GL_BLEND);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace rv::render
