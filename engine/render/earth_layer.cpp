#include "render/earth_layer.h"

#include <cstddef>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "render/earth_textures.h"
#include "render/ellipsoid_mesh.h"
#include "render/shader_program.h"
#include "render/texture_upload.h"

namespace rv::render {

std::variant<EarthLayer, std::string> EarthLayer::create(const EarthLayerDesc& desc,
                                                         std::vector<std::string>& warnings) {
  EarthLayer layer;
  auto program = gl::buildProgram("earth.vert", "earth.frag");
  if (auto* err = std::get_if<gl::ShaderError>(&program)) return err->message;
  layer.m_program = std::move(std::get<gl::Program>(program));

  const EllipsoidMesh mesh = buildEllipsoidMesh(desc.latSegments, desc.lonSegments,
                                                astro::kWgs84A, astro::kWgs84B);
  layer.m_vao = gl::makeVertexArray();
  layer.m_vbo = gl::makeBuffer();
  layer.m_ebo = gl::makeBuffer();
  glBindVertexArray(layer.m_vao.id());
  glBindBuffer(GL_ARRAY_BUFFER, layer.m_vbo.id());
  glBufferData(GL_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(EllipsoidVertex)),
               mesh.vertices.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, layer.m_ebo.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
               mesh.indices.data(), GL_STATIC_DRAW);
  const auto stride = static_cast<GLsizei>(sizeof(EllipsoidVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(EllipsoidVertex, posEcef)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(EllipsoidVertex, normalEcef)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(EllipsoidVertex, uv)));
  glBindVertexArray(0);
  layer.m_indexCount = static_cast<int>(mesh.indices.size());

  EarthImages images = loadEarthImages(desc.xplanetDir);
  warnings.insert(warnings.end(), images.warnings.begin(), images.warnings.end());
  layer.m_day = uploadSrgbTexture(images.day, true);
  layer.m_night = uploadSrgbTexture(images.night, true);
  return layer;
}

void EarthLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                      const glm::mat4& proj) const {
  // ECEF -> view in double: rotate into the inertial frame, translate by the
  // Earth's centre relative to the camera, rotate into view space.
  const glm::dmat3 ecefToView = viewRot * astro::ecefToTemeMatrix(frame.gmstRad);
  const glm::dvec3 centreView = viewRot * (glm::dvec3(0.0) - frame.camera.posTeme);
  glm::dmat4 modelView(ecefToView);
  modelView[3] = glm::dvec4(centreView, 1.0);

  glUseProgram(m_program.id());
  gl::setUniform(m_program, "u_modelView", glm::mat4(modelView));
  gl::setUniform(m_program, "u_normalToView", glm::mat3(ecefToView));
  gl::setUniform(m_program, "u_proj", proj);
  gl::setUniform(m_program, "u_sunView", glm::vec3(glm::normalize(viewRot * frame.sunDirTeme)));
  gl::setUniform(m_program, "u_logDepthFc", logDepthCoefficient());
  gl::setUniform(m_program, "u_day", 0);
  gl::setUniform(m_program, "u_night", 1);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_day.id());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, m_night.id());
  glBindVertexArray(m_vao.id());
  glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
}

} // namespace rv::render
