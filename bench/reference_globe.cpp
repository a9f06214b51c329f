#include "reference_globe.h"

#include <cmath>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "render/earth_textures.h"
#include "render/texture_upload.h"

namespace rv::bench {
namespace {

constexpr int kRows = 128, kColumns = 256;  // 2 * 128 * 256 = 65,536 triangles

// Plain per-vertex transform and per-pixel Lambert with the day map: the
// least a lit, textured globe needs.
constexpr const char* kVertex = R"(#version 330 core
layout(location = 0) in vec3 aPos;
layout(location = 1) in vec2 aUv;
uniform mat4 uViewProj;
out vec3 vNormal;
out vec2 vUv;
void main() {
  vNormal = aPos;
  vUv = aUv;
  gl_Position = uViewProj * vec4(aPos, 1.0);
})";
constexpr const char* kFragment = R"(#version 330 core
in vec3 vNormal;
in vec2 vUv;
uniform sampler2D uDay;
uniform vec3 uSun;
out vec4 fragColor;
void main() {
  float lit = max(dot(normalize(vNormal), uSun), 0.0);
  fragColor = vec4(texture(uDay, vUv).rgb * (0.05 + 0.95 * lit), 1.0);
})";

Result<gl::Shader> compile(GLenum stage, const char* source) {
  gl::Shader s(glCreateShader(stage));
  glShaderSource(s.id(), 1, &source, nullptr);
  glCompileShader(s.id());
  GLint ok = 0;
  glGetShaderiv(s.id(), GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetShaderInfoLog(s.id(), sizeof log, nullptr, log);
    return fail(std::string("reference globe shader: ") + log);
  }
  return s;
}

}  // namespace

Result<void> ReferenceGlobe::create(const std::string& xplanetDir) {
  auto vs = compile(GL_VERTEX_SHADER, kVertex);
  if (!vs) return vs.takeError();
  auto fs = compile(GL_FRAGMENT_SHADER, kFragment);
  if (!fs) return fs.takeError();
  m_program = gl::Program(glCreateProgram());
  glAttachShader(m_program.id(), vs->id());
  glAttachShader(m_program.id(), fs->id());
  glLinkProgram(m_program.id());
  GLint ok = 0;
  glGetProgramiv(m_program.id(), GL_LINK_STATUS, &ok);
  if (!ok) return fail("reference globe: the program did not link");

  // A unit sphere; the seam column is duplicated so u runs 0..1.
  std::vector<float> vertices;
  for (int r = 0; r <= kRows; ++r) {
    const double lat = M_PI / 2 - M_PI * r / kRows;
    for (int c = 0; c <= kColumns; ++c) {
      const double lon = -M_PI + 2 * M_PI * c / kColumns;
      vertices.insert(
          vertices.end(),
          {static_cast<float>(std::cos(lat) * std::cos(lon)), static_cast<float>(std::sin(lat)),
           static_cast<float>(-std::cos(lat) * std::sin(lon)), static_cast<float>(c) / kColumns,
           static_cast<float>(r) / kRows});
    }
  }
  std::vector<std::uint32_t> indices;
  for (int r = 0; r < kRows; ++r) {
    for (int c = 0; c < kColumns; ++c) {
      const std::uint32_t a = r * (kColumns + 1) + c, b = a + kColumns + 1;
      indices.insert(indices.end(), {a, b, a + 1, a + 1, b, b + 1});
    }
  }
  m_indexCount = static_cast<int>(indices.size());
  m_vao = gl::makeVertexArray();
  m_vertices = gl::makeBuffer();
  m_indices = gl::makeBuffer();
  glBindVertexArray(m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, m_vertices.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(float)),
               vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_indices.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 5 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 5 * sizeof(float),
                        reinterpret_cast<const void*>(3 * sizeof(float)));
  glBindVertexArray(0);

  m_day =
      render::uploadSrgbTexture(render::loadEarthMap(xplanetDir, render::EarthMap::Day).map, true);
  return {};
}

void ReferenceGlobe::draw(const render::RenderTarget& target) const {
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
  glViewport(0, 0, target.width, target.height);
  glEnable(GL_DEPTH_TEST);
  glEnable(GL_CULL_FACE);
  glDisable(GL_BLEND);
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  // 3 radii away with a 40 degree vertical field: the globe fills about 90 %
  // of the height, the share of pixels the overview camera gives the Earth.
  const float aspect = static_cast<float>(target.width) / static_cast<float>(target.height);
  const glm::mat4 viewProj =
      glm::perspective(glm::radians(40.0f), aspect, 0.5f, 10.0f) *
      glm::lookAt(glm::vec3(0, 0.6f, 3.0f), glm::vec3(0), glm::vec3(0, 1, 0));
  glUseProgram(m_program.id());
  glUniformMatrix4fv(glGetUniformLocation(m_program.id(), "uViewProj"), 1, GL_FALSE,
                     glm::value_ptr(viewProj));
  glUniform3f(glGetUniformLocation(m_program.id(), "uSun"), 0.6f, 0.3f, 0.74f);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_day.id());
  glUniform1i(glGetUniformLocation(m_program.id(), "uDay"), 0);
  glBindVertexArray(m_vao.id());
  glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
}

}  // namespace rv::bench
