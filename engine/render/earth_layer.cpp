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
#include "render/indexed_mesh.h"
#include "render/shader_program.h"
#include "render/texture_upload.h"
#include "render/view_frustum.h"

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

// The shading bits a tile can get (earth_tile_shading.h): towns only with
// the city lights; none on the night side where the night map is black.
constexpr unsigned kShadingVariants[] = {0u,  // night, no city lights: only the haze
                                         kEarthDaySide,
                                         kEarthNightSide,
                                         kEarthDaySide | kEarthNightSide,
                                         kEarthNightSide | kEarthTowns,
                                         kEarthDaySide | kEarthNightSide | kEarthTowns};

constexpr unsigned kFull = kEarthDaySide | kEarthNightSide | kEarthTowns;

// Adds indices [first, first + count) to a multi-draw list, joined to the
// last run when they follow it in the buffer.
template <class List>
void appendRun(List& list, std::uint32_t firstIndex, std::uint32_t indexCount) {
  const auto* offset = reinterpret_cast<const void*>(static_cast<std::uintptr_t>(firstIndex) * 4u);
  if (!list.counts.empty() &&
      reinterpret_cast<std::uintptr_t>(list.offsets.back()) + list.counts.back() * 4u ==
          reinterpret_cast<std::uintptr_t>(offset)) {
    list.counts.back() += static_cast<GLsizei>(indexCount);
  } else {
    list.counts.push_back(static_cast<GLsizei>(indexCount));
    list.offsets.push_back(offset);
  }
}

}  // namespace

struct EarthLayer::FrameUniforms {
  glm::dvec3 camEcef{0.0};
  glm::dmat3 ecefToView{1.0};
  glm::mat4 proj{1.0f};
  glm::dvec3 sunEcef{0.0, 0.0, 1.0};
  double altKm = 0.0;
  float perPixelHaze = 0.0f;  // 0: haze per vertex only; 1: per pixel (PIXEL_HAZE)
  SkyFrame sky;
  double minPixelAngleRad = 0.0;
};

EarthLayer::GlobeMesh EarthLayer::buildGlobe(int latSegments, int lonSegments,
                                             const EarthImages& images) {
  const EllipsoidMesh mesh =
      buildEllipsoidMesh(latSegments, lonSegments, astro::kWgs84A, astro::kWgs84B);
  GlobeMesh g;
  g.gpu =
      gl::uploadIndexedMesh(mesh.vertices.data(), mesh.vertices.size() * sizeof(EllipsoidVertex),
                            mesh.indices, setEllipsoidVertexLayout);
  std::vector<glm::vec3> positions, normals;
  positions.reserve(mesh.vertices.size());
  normals.reserve(mesh.vertices.size());
  for (const EllipsoidVertex& v : mesh.vertices) {
    positions.push_back(v.posEcef);
    normals.push_back(v.normalEcef);
  }
  for (const IndexRange& r : mesh.tiles) {
    g.tiles.push_back(boundMeshTile(positions, mesh.indices, r.first, r.count));
    g.tileNormals.push_back(boundNormals(normals, mesh.indices, r.first, r.count));
    glm::dvec2 uvMin(1e9), uvMax(-1e9);
    for (std::uint32_t k = r.first; k < r.first + r.count; ++k) {
      uvMin = glm::min(uvMin, glm::dvec2(mesh.vertices[mesh.indices[k]].uv));
      uvMax = glm::max(uvMax, glm::dvec2(mesh.vertices[mesh.indices[k]].uv));
    }
    g.tileUnlit.push_back(nightMapDark(images.nightLit, uvMin, uvMax));
  }
  return g;
}

Result<EarthLayer> EarthLayer::create(const EarthLayerDesc& desc, const EarthImages& images,
                                      std::vector<std::string>& warnings) {
  EarthLayer layer;
  layer.m_programs = gl::ProgramVariants("earth.vert", "earth.frag",
                                         {{kEarthDaySide, "DAY_SIDE"},
                                          {kEarthNightSide, "NIGHT_SIDE"},
                                          {kEarthTowns, "TOWNS"},
                                          {kPixelHaze, "PIXEL_HAZE"}});
  // The full variants now (a shader error fails here); the others on first use.
  for (unsigned haze : {0u, kPixelHaze}) {
    if (auto built = layer.m_programs.build(kFull | haze); !built) return built.takeError();
  }
  const int coarseLat = std::max(desc.latSegments / 2, 8);
  const int coarseLon = std::max(desc.lonSegments / 2, 16);
  layer.m_globes[0] = buildGlobe(desc.latSegments, desc.lonSegments, images);
  layer.m_globes[1] = buildGlobe(coarseLat, coarseLon, images);
  layer.m_coarseSagM = globeChordSagM(coarseLat, coarseLon);

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
  layer.m_nightRows = images.night.levels.at(0).height;
  return layer;
}

void EarthLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                      const AtmosphereLayer* atmosphere) const {
  // ECEF -> view is a pure rotation; the translation is applied per vertex
  // as (pos - camHigh) - camLow so it never loses the camera's metres.
  const glm::dmat3 ecefToTeme = astro::ecefToTemeMatrix(frame.gmstRad);
  FrameUniforms u;
  u.ecefToView = viewRot * ecefToTeme;
  u.camEcef = glm::transpose(ecefToTeme) * frame.camera.posTeme;
  u.proj = proj;
  u.sunEcef = glm::normalize(glm::transpose(ecefToTeme) * frame.sunDirTeme);
  // Haze per pixel below 15 km, per vertex above 25 km, blended between;
  // above 25 km the variants without the per-pixel code: llvmpipe does not
  // skip an if on a uniform, and they are 5-10% faster from orbit.
  u.altKm = astro::geodeticFromEcef(u.camEcef).altM * 1e-3;
  u.perPixelHaze = static_cast<float>(std::clamp((25.0 - u.altKm) / 10.0, 0.0, 1.0));
  if (atmosphere != nullptr) u.sky = makeSkyFrame(frame, atmosphere->params());
  GLint viewport[4] = {0, 0, 1, 1};
  glGetIntegerv(GL_VIEWPORT, viewport);
  u.minPixelAngleRad = minPixelAngle(proj[0][0], proj[1][1], viewport[3]);

  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, m_day.id());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, m_night.id());
  drawPatch(u, atmosphere,
            frame.groundHeightM);  // first: above the global chords, wins the depth test
  drawGlobe(u, atmosphere);
  glActiveTexture(GL_TEXTURE0);
}

const gl::Program& EarthLayer::useVariant(unsigned variant, const FrameUniforms& u,
                                          const AtmosphereLayer* atmosphere) const {
  if (atmosphere != nullptr && u.perPixelHaze > 0.0f) variant |= kPixelHaze;
  const gl::Program& program = m_programs.get(variant, kFull | (variant & kPixelHaze));
  const glm::vec3 camHigh(u.camEcef);
  const glm::vec3 camLow(u.camEcef - glm::dvec3(camHigh));
  glUseProgram(program.id());
  gl::setUniform(program, "u_camEcefHigh", camHigh);
  gl::setUniform(program, "u_camEcefLow", camLow);
  gl::setUniform(program, "u_ecefToView", glm::mat3(u.ecefToView));
  gl::setUniform(program, "u_proj", u.proj);
  gl::setUniform(program, "u_sunEcef", glm::vec3(u.sunEcef));
  gl::setUniform(program, "u_logDepthFc", logDepthCoefficient());
  gl::setUniform(program, "u_sunIrradiance", kSunIrradiance);
  gl::setUniform(program, "u_atmosphere", atmosphere != nullptr ? 1 : 0);
  if (atmosphere != nullptr) {
    const double stretch = astro::kWgs84A / astro::kWgs84B;
    gl::setUniform(program, "u_ecefToSphereKm", glm::vec3(1e-3f, 1e-3f, float(1e-3 * stretch)));
    gl::setUniform(program, "u_camPosKm", glm::vec3(u.sky.camPosKm));
    gl::setUniform(program, "u_camRadiusKm", static_cast<float>(u.sky.camRadiusKm));
    gl::setUniform(program, "u_sunSphere", glm::vec3(u.sky.sunSphere));
    gl::setUniform(program, "u_camAltKm", static_cast<float>(std::max(u.altKm, 0.0)));
    gl::setUniform(program, "u_perPixelHaze", u.perPixelHaze);
    atmosphere->bindModel(program, 2);
  }
  gl::setUniform(program, "u_day", 0);
  gl::setUniform(program, "u_night", 1);
  return program;
}

void EarthLayer::drawGlobe(const FrameUniforms& u, const AtmosphereLayer* atmosphere) const {
  const ViewFrustum frustum(u.proj);
  for (DrawList& list : m_drawLists) {
    list.counts.clear();
    list.offsets.clear();
  }
  // From far off (the overview) the coarse mesh, a quarter of the vertices,
  // whose haze llvmpipe works out on one thread. Its cells sag radially:
  // unseen straight below the camera, most at the limb, seen side-on from
  // the limb's distance; there it must move the outline under half a pixel.
  const double camRadiusM = glm::length(u.camEcef);
  const double limbDistanceM =
      std::sqrt(std::max(camRadiusM * camRadiusM - astro::kWgs84A * astro::kWgs84A, 1.0));
  const GlobeMesh& globe =
      m_coarseSagM / limbDistanceM < 0.5 * u.minPixelAngleRad ? m_globes[1] : m_globes[0];
  for (size_t t = 0; t < globe.tiles.size(); ++t) {
    const MeshTile& tile = globe.tiles[t];
    if (tileFacesAway(tile, u.camEcef)) continue;
    // Inflated a little for the GPU's float positions (0.5 m apart here).
    const double radius = tile.radius * 1.001 + 10.0;
    if (frustum.excludes(glm::vec3(u.ecefToView * (tile.center - u.camEcef)),
                         static_cast<float>(radius)))
      continue;
    unsigned shading = earthSideShading(globe.tileNormals[t], u.sunEcef);
    if (globe.tileUnlit[t]) shading &= ~kEarthNightSide;  // black on the night map: no lights
    const double nearestM = std::max(glm::length(tile.center - u.camEcef) - tile.radius, 0.0);
    if ((shading & kEarthNightSide) &&
        earthTownsVisible(nearestM, u.minPixelAngleRad, m_nightRows)) {
      shading |= kEarthTowns;
    }
    // Neighbouring tiles are often adjacent in the buffer: one run for both.
    appendRun(m_drawLists[shading], tile.firstIndex, tile.indexCount);
  }
  glBindVertexArray(globe.gpu.vao.id());
  for (unsigned shading : kShadingVariants) {
    const DrawList& list = m_drawLists[shading];
    if (list.counts.empty()) continue;
    useVariant(shading, u, atmosphere);
    glMultiDrawElements(GL_TRIANGLES, list.counts.data(), GL_UNSIGNED_INT, list.offsets.data(),
                        static_cast<GLsizei>(list.counts.size()));
  }
  glBindVertexArray(0);
}

void EarthLayer::drawPatch(const FrameUniforms& uniforms, const AtmosphereLayer* atmosphere,
                           double groundHeightM) const {
  const astro::Geodetic cam = astro::geodeticFromEcef(uniforms.camEcef);
  if (cam.altM > kPatchMaxAltitudeM || std::abs(cam.latRad) > 80.0 * astro::kDegToRad) return;
  // Snap the centre to the cell grid so the vertices (floats, 0.5 m apart at
  // this radius) stay put while the camera moves: no shimmer.
  const double cellLat = 2.0 * kPatchHalfDeg / kPatchCells * astro::kDegToRad;
  const double cellLon = cellLat / std::cos(cam.latRad);
  const double lat0 = std::round(cam.latRad / cellLat) * cellLat;
  const double lon0 = std::round(cam.lonRad / cellLon) * cellLon;
  std::vector<EllipsoidVertex> verts;
  verts.reserve(static_cast<size_t>((kPatchCells + 1) * (kPatchCells + 1)));
  double minSunCos = 1.0, maxSunCos = -1.0;
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
      minSunCos = std::min(minSunCos, glm::dot(normal, uniforms.sunEcef));
      maxSunCos = std::max(maxSunCos, glm::dot(normal, uniforms.sunEcef));
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
  // The patch lies under a camera below 60 km: near enough for towns.
  unsigned shading = earthSideShading(minSunCos, maxSunCos);
  if (shading & kEarthNightSide) shading |= kEarthTowns;
  useVariant(shading, uniforms, atmosphere);
  glBindVertexArray(m_patchVao.id());
  glDrawElements(GL_TRIANGLES, m_patchIndexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
}

}  // namespace rv::render
