#include "render/earth_layer.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/geodetic.h"
#include "render/atmosphere_layer.h"
#include "render/earth_textures.h"
#include "render/ellipsoid_mesh.h"
#include "render/shader_program.h"
#include "render/texture_upload.h"

namespace rv::render {
namespace {

// Attribute layout of EllipsoidVertex for the bound VAO and ARRAY_BUFFER
// (shared by the global mesh and the local patch near the camera).
void setEllipsoidVertexLayout() {
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
}

// Local patch: (kPatchCells + 1)^2 vertices over +-kPatchHalfDeg of latitude
// (and the same ground distance in longitude); cells of ~8 km sag ~1 m.
constexpr int kPatchCells = 64;
constexpr double kPatchHalfDeg = 4.0;
constexpr double kPatchMaxAltitudeM = 60e3;

}  // namespace

Result<EarthLayer> EarthLayer::create(const EarthLayerDesc& desc, const EarthImages& images,
                                      std::vector<std::string>& warnings) {
  EarthLayer layer;
  auto program = gl::buildProgram("earth.vert", "earth.frag");
  if (!program) return program.takeError();
  layer.m_program = std::move(program).value();
  auto hazeProgram = gl::buildProgram("earth.vert", "earth.frag", {}, "#define PIXEL_HAZE 1\n");
  if (!hazeProgram) return hazeProgram.takeError();
  layer.m_pixelHazeProgram = std::move(hazeProgram).value();

  const EllipsoidMesh mesh =
      buildEllipsoidMesh(desc.latSegments, desc.lonSegments, astro::kWgs84A, astro::kWgs84B);
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
  setEllipsoidVertexLayout();
  glBindVertexArray(0);
  {
    std::vector<glm::vec3> positions;
    positions.reserve(mesh.vertices.size());
    for (const EllipsoidVertex& v : mesh.vertices) positions.push_back(v.posEcef);
    for (const IndexRange& r : mesh.tiles) {
      layer.m_tiles.push_back(boundMeshTile(positions, mesh.indices, r.first, r.count));
    }
  }

  {  // the local patch: static indices, vertices rewritten per frame
    std::vector<std::uint32_t> idx;
    constexpr std::uint32_t kRow = kPatchCells + 1;
    for (std::uint32_t i = 0; i < kPatchCells; ++i) {
      for (std::uint32_t j = 0; j < kPatchCells; ++j) {
        const std::uint32_t a = i * kRow + j, b = a + 1, c = a + kRow, d = c + 1;
        // Rows run south to north, columns west to east: CCW seen from outside.
        idx.insert(idx.end(), {a, b, d, a, d, c});
      }
    }
    layer.m_patchVao = gl::makeVertexArray();
    layer.m_patchVbo = gl::makeBuffer();
    layer.m_patchEbo = gl::makeBuffer();
    glBindVertexArray(layer.m_patchVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, layer.m_patchVbo.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(kRow * kRow * sizeof(EllipsoidVertex)),
                 nullptr, GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, layer.m_patchEbo.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(idx.size() * sizeof(std::uint32_t)), idx.data(),
                 GL_STATIC_DRAW);
    setEllipsoidVertexLayout();
    glBindVertexArray(0);
    layer.m_patchIndexCount = static_cast<int>(idx.size());
  }

  warnings.insert(warnings.end(), images.warnings.begin(), images.warnings.end());
  layer.m_day = uploadSrgbTexture(images.day, true);
  layer.m_night = uploadSrgbTexture(images.night, true);
  return layer;
}

void EarthLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                      const AtmosphereLayer* atmosphere) const {
  // ECEF -> view is a pure rotation; the translation is applied per vertex
  // as (pos - camHigh) - camLow so it never loses the camera's metres.
  const glm::dmat3 ecefToTeme = astro::ecefToTemeMatrix(frame.gmstRad);
  const glm::dmat3 ecefToView = viewRot * ecefToTeme;
  const glm::dvec3 camEcef = glm::transpose(ecefToTeme) * frame.camera.posTeme;
  const glm::vec3 camHigh(camEcef);
  const glm::vec3 camLow(camEcef - glm::dvec3(camHigh));
  const glm::dvec3 sunEcef = glm::normalize(glm::transpose(ecefToTeme) * frame.sunDirTeme);

  // Haze per pixel below 15 km, per vertex above 25 km, blended between;
  // above 25 km the variant without the per-pixel code: llvmpipe does not
  // skip an if on a uniform, and the variant is 5-10% faster from orbit.
  const double altKm = astro::geodeticFromEcef(camEcef).altM * 1e-3;
  const float perPixelHaze = static_cast<float>(std::clamp((25.0 - altKm) / 10.0, 0.0, 1.0));
  const gl::Program& program =
      atmosphere != nullptr && perPixelHaze > 0.0f ? m_pixelHazeProgram : m_program;
  glUseProgram(program.id());
  gl::setUniform(program, "u_camEcefHigh", camHigh);
  gl::setUniform(program, "u_camEcefLow", camLow);
  gl::setUniform(program, "u_ecefToView", glm::mat3(ecefToView));
  gl::setUniform(program, "u_proj", proj);
  gl::setUniform(program, "u_sunEcef", glm::vec3(sunEcef));
  gl::setUniform(program, "u_logDepthFc", logDepthCoefficient());
  gl::setUniform(program, "u_sunIrradiance", kSunIrradiance);
  gl::setUniform(program, "u_atmosphere", atmosphere != nullptr ? 1 : 0);
  if (atmosphere != nullptr) {
    const SkyFrame sky = makeSkyFrame(frame, atmosphere->params());
    const double stretch = astro::kWgs84A / astro::kWgs84B;
    gl::setUniform(program, "u_ecefToSphereKm", glm::vec3(1e-3f, 1e-3f, float(1e-3 * stretch)));
    gl::setUniform(program, "u_camPosKm", glm::vec3(sky.camPosKm));
    gl::setUniform(program, "u_camRadiusKm", static_cast<float>(sky.camRadiusKm));
    gl::setUniform(program, "u_sunSphere", glm::vec3(sky.sunSphere));
    gl::setUniform(program, "u_camAltKm", static_cast<float>(std::max(altKm, 0.0)));
    gl::setUniform(program, "u_perPixelHaze", perPixelHaze);
    atmosphere->bindModel(program, 2);
  }
  gl::setUniform(program, "u_day", 0);
  gl::setUniform(program, "u_night", 1);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_day.id());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, m_night.id());
  drawPatch(camEcef, frame.groundHeightM);  // first: above the global chords, wins the depth test
  drawGlobe(camEcef, ecefToView, proj);
  glActiveTexture(GL_TEXTURE0);
}

void EarthLayer::drawGlobe(const glm::dvec3& camEcef, const glm::dmat3& ecefToView,
                           const glm::mat4& proj) const {
  const ViewCone cone = viewConeFromProjection(proj[0][0], proj[1][1]);
  m_drawCounts.clear();
  m_drawOffsets.clear();
  for (const MeshTile& tile : m_tiles) {
    if (tileFacesAway(tile, camEcef)) continue;
    // Inflated a little for the GPU's float positions (0.5 m apart here).
    const double radius = tile.radius * 1.001 + 10.0;
    if (sphereOutsideView(cone, ecefToView * (tile.center - camEcef), radius)) continue;
    // Neighbouring tiles are often adjacent in the buffer: one run for both.
    const auto* offset =
        reinterpret_cast<const void*>(static_cast<std::uintptr_t>(tile.firstIndex) * 4u);
    if (!m_drawCounts.empty() &&
        reinterpret_cast<std::uintptr_t>(m_drawOffsets.back()) + m_drawCounts.back() * 4u ==
            reinterpret_cast<std::uintptr_t>(offset)) {
      m_drawCounts.back() += static_cast<GLsizei>(tile.indexCount);
    } else {
      m_drawCounts.push_back(static_cast<GLsizei>(tile.indexCount));
      m_drawOffsets.push_back(offset);
    }
  }
  if (m_drawCounts.empty()) return;
  glBindVertexArray(m_vao.id());
  glMultiDrawElements(GL_TRIANGLES, m_drawCounts.data(), GL_UNSIGNED_INT, m_drawOffsets.data(),
                      static_cast<GLsizei>(m_drawCounts.size()));
  glBindVertexArray(0);
}

void EarthLayer::drawPatch(const glm::dvec3& camEcef, double groundHeightM) const {
  const astro::Geodetic cam = astro::geodeticFromEcef(camEcef);
  if (cam.altM > kPatchMaxAltitudeM || std::abs(cam.latRad) > 80.0 * astro::kDegToRad) return;
  // Snap the centre to the cell grid so the vertices (floats, 0.5 m apart at
  // this radius) stay put while the camera moves: no shimmer.
  const double cellLat = 2.0 * kPatchHalfDeg / kPatchCells * astro::kDegToRad;
  const double cellLon = cellLat / std::cos(cam.latRad);
  const double lat0 = std::round(cam.latRad / cellLat) * cellLat;
  const double lon0 = std::round(cam.lonRad / cellLon) * cellLon;
  std::vector<EllipsoidVertex> verts;
  verts.reserve(static_cast<size_t>((kPatchCells + 1) * (kPatchCells + 1)));
  for (int i = 0; i <= kPatchCells; ++i) {
    const double lat = lat0 + (i - kPatchCells / 2) * cellLat;
    for (int j = 0; j <= kPatchCells; ++j) {
      const double lon = lon0 + (j - kPatchCells / 2) * cellLon;
      // Terrain height: flat over the middle half, tapering to the global
      // mesh's zero over the outer half.
      const double edge = std::max(std::abs(i - kPatchCells / 2), std::abs(j - kPatchCells / 2)) /
                          (kPatchCells / 2.0);
      const double taper = 1.0 - std::clamp((edge - 0.5) / 0.5, 0.0, 1.0);
      const glm::dvec3 pos = astro::ecefFromGeodetic({lat, lon, groundHeightM * taper});
      const glm::dvec3 normal(std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon),
                              std::sin(lat));
      // The global mesh's layout: u from -180 deg, v from the north pole
      // (u may pass 1 near the date line; the day map repeats in u).
      const double u = (lon / astro::kDegToRad + 180.0) / 360.0;
      const double v = (90.0 - lat / astro::kDegToRad) / 180.0;
      verts.push_back({glm::vec3(pos), glm::vec3(normal),
                       glm::vec2(static_cast<float>(u), static_cast<float>(v))});
    }
  }
  glBindBuffer(GL_ARRAY_BUFFER, m_patchVbo.id());
  glBufferSubData(GL_ARRAY_BUFFER, 0,
                  static_cast<GLsizeiptr>(verts.size() * sizeof(EllipsoidVertex)), verts.data());
  glBindVertexArray(m_patchVao.id());
  glDrawElements(GL_TRIANGLES, m_patchIndexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
}

}  // namespace rv::render
