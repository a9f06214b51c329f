#include "render/star_layer.h"

#include <cstddef>

#include "astro/time_scales.h"
#include "render/atmosphere_layer.h"
#include "render/shader_program.h"
#include "render/star_catalog.h"

namespace rv::render {
namespace {

struct StarVertex {
  glm::vec3 dirJ2000;
  float magnitude;
};

}  // namespace

Result<StarLayer> StarLayer::create(const StarCatalog& catalog,
                                    std::vector<std::string>& warnings) {
  StarLayer layer;
  auto program = gl::buildProgram("star.vert", "star.frag");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();

  warnings.insert(warnings.end(), catalog.warnings.begin(), catalog.warnings.end());
  std::vector<StarVertex> vertices;
  vertices.reserve(catalog.stars.size());
  for (const CatalogStar& s : catalog.stars)
    vertices.push_back({glm::vec3(s.dirJ2000), s.magnitude});
  layer.m_count = static_cast<int>(vertices.size());

  layer.m_vao = gl::makeVertexArray();
  layer.m_vbo = gl::makeBuffer();
  glBindVertexArray(layer.m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, layer.m_vbo.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(StarVertex)),
               vertices.data(), GL_STATIC_DRAW);
  const auto stride = static_cast<GLsizei>(sizeof(StarVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(StarVertex, dirJ2000)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(StarVertex, magnitude)));
  glBindVertexArray(0);
  return layer;
}

void StarLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                     int targetHeight, const AtmosphereLayer* atmosphere) const {
  if (m_count == 0) return;
  // J2000 -> equator of date (precession; nutation < 20" is below a pixel at
  // any field of view we use) -> view.
  const glm::dmat3 rot = viewRot * precessionFromJ2000(astro::julianCenturiesTt(frame.utcS));
  glEnable(GL_DEPTH_TEST);  // at the far plane: hidden by anything drawn
  glDepthFunc(GL_LESS);
  glDepthMask(GL_FALSE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE);  // light adds; coverage (alpha) stays
  glEnable(GL_PROGRAM_POINT_SIZE);
  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_rotation", glm::mat3(rot));
  gl::setUniform(m_program, "u_proj", proj);
  // Sizes are tuned at 720 lines and scale with the image so a 4K frame
  // shows the same sky.
  gl::setUniform(m_program, "u_pixelScale", static_cast<float>(targetHeight) / 720.0f);
  gl::setUniform(m_program, "u_throughSky", atmosphere != nullptr);
  if (atmosphere) atmosphere->bindSkyView(m_program, 0);
  glBindVertexArray(m_vao.id());
  glDrawArrays(GL_POINTS, 0, m_count);
  glBindVertexArray(0);
  glUseProgram(0);
  glDisable(GL_PROGRAM_POINT_SIZE);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
  glEnable(GL_DEPTH_TEST);
}

}  // namespace rv::render
