#include "render/model_layer.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "render/camera.h"
#include "render/iss_model.h"
#include "render/launch_pad_model.h"
#include "render/mesh_vertex_layout.h"
#include "render/rocket_model.h"
#include "render/shader_program.h"
#include "render/soyuz_model.h"
#include "render/view_frustum.h"

namespace rv::render {
namespace {

constexpr unsigned kSolarCells = 1u;  // SOLAR_CELLS: the cells' triangles, with their grid
constexpr unsigned kSunlit = 2u;      // SUNLIT: sunlight (zero in the Earth's shadow)
constexpr unsigned kLamps = 4u;       // LAMPS: the lamps (render_frame.h SpotLight)

// Moves the triangles of solar cells to the end of the index buffer, the
// others keeping their order; returns where the cells start. The material
// the shader reads is the provoking (last) vertex's.
std::size_t solarCellsLast(MeshData& mesh) {
  std::vector<std::uint32_t> cells, others;
  for (std::size_t k = 0; k + 2 < mesh.indices.size(); k += 3) {
    const float material = mesh.vertices[mesh.indices[k + 2]].material;
    auto& to = material == kMaterialSolarCell ? cells : others;
    to.insert(to.end(), mesh.indices.begin() + static_cast<std::ptrdiff_t>(k),
              mesh.indices.begin() + static_cast<std::ptrdiff_t>(k + 3));
  }
  const std::size_t first = others.size();
  others.insert(others.end(), cells.begin(), cells.end());
  mesh.indices = std::move(others);
  return first;
}

// Bits of the lamps that can light a sphere (view space, radius radiusM):
// the shader's cone term is zero outside a lamp's half angle, and its
// fall-off leaves less than kNegligible of the lamp's light beyond a few
// hundred times its reach; the others would only cost.
template <class Lamp>
unsigned lampsReaching(const std::vector<Lamp>& lamps, const glm::vec3& center, float radiusM) {
  constexpr float kNegligible = 1e-6f;  // of sunlight: far below one step of an 8-bit image
  unsigned mask = 0;
  for (std::size_t i = 0; i < lamps.size(); ++i) {
    const Lamp& lamp = lamps[i];
    const glm::vec3 w = center - lamp.pos;
    const float d = glm::length(w);
    if (d <= radiusM * 1.01f + 1e-3f) {
      mask |= 1u << i;
      continue;
    }
    const float nearest = (d - radiusM) / lamp.reachM;
    if (3.0f * lamp.intensity / (1.0f + nearest * nearest) < kNegligible) continue;
    const float beta = std::acos(std::clamp(glm::dot(w / d, lamp.dir), -1.0f, 1.0f));
    const float gamma = std::asin(std::min(radiusM / d, 1.0f));
    if (beta - gamma < lamp.halfAngleRad + 1e-3f) mask |= 1u << i;
  }
  return mask;
}

// The largest factor by which a transform's 3x3 part stretches a length.
float maxScale(const glm::mat4& m) {
  return std::max(
      {glm::length(glm::vec3(m[0])), glm::length(glm::vec3(m[1])), glm::length(glm::vec3(m[2]))});
}

}  // namespace

void ModelLayer::upload(GpuModel& out, std::vector<ModelPart>& parts, std::vector<float> restAngles,
                        std::span<const RocketPart> pieces) {
  assert((pieces.empty() || pieces.size() == parts.size()) && "one piece per part");
  out.restAngles = std::move(restAngles);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    ModelPart& part = parts[i];
    GpuPart g;
    if (!pieces.empty()) g.piece = pieces[i];
    g.solarFirst = static_cast<int>(solarCellsLast(part.mesh));
    const Aabb box = boundingBox(part.mesh);
    g.boundCenter = box.center();
    for (const MeshVertex& v : part.mesh.vertices) {
      g.boundRadius = std::max(g.boundRadius, glm::length(v.position - g.boundCenter));
    }
    g.mesh = gl::uploadIndexedMesh(part.mesh.vertices.data(),
                                   part.mesh.vertices.size() * sizeof(MeshVertex),
                                   part.mesh.indices, setMeshVertexLayout);
    g.indexCount = static_cast<int>(part.mesh.indices.size());
    part.mesh = {};  // the GPU holds it now
    out.gpu.push_back(std::move(g));
  }
  out.parts = std::move(parts);
}

Result<ModelLayer> ModelLayer::create(VehicleModels models) {
  ModelLayer layer;
  // The full variants for either kind of triangle now (a shader error fails
  // here); the others on first use, as each costs start-up milliseconds.
  layer.m_programs =
      gl::ProgramVariants("model.vert", "model.frag",
                          {{kSolarCells, "SOLAR_CELLS"}, {kSunlit, "SUNLIT"}, {kLamps, "LAMPS"}});
  for (unsigned variant : {kSunlit | kLamps, kSolarCells | kSunlit | kLamps}) {
    if (auto built = layer.m_programs.build(variant); !built) return built.takeError();
  }
  layer.m_models.resize(4);

  upload(layer.model(ModelKind::Iss), models.iss.parts, std::move(models.issRestAngles));
  // issJointAngles() reads the part hierarchy only: keep it (meshes already
  // on the GPU) so drawing does not rebuild it every frame.
  layer.m_issSkeleton.parts = layer.model(ModelKind::Iss).parts;
  upload(layer.model(ModelKind::Soyuz), models.soyuz.parts,
         std::vector<float>(models.soyuz.parts.size(), 0.0f));
  upload(layer.model(ModelKind::Rocket), models.rocket.parts,
         std::vector<float>(models.rocket.parts.size(), 0.0f), models.rocket.partIds);
  upload(layer.model(ModelKind::LaunchPad), models.pad.parts,
         std::vector<float>(models.pad.parts.size(), 0.0f));
  return layer;
}

const gl::Program& ModelLayer::useVariant(unsigned variant, const RenderFrame& frame,
                                          const glm::dmat3& viewRot, const glm::mat4& proj,
                                          float sunlight) const {
  const gl::Program& program = m_programs.get(variant, (variant & kSolarCells) | kSunlit | kLamps);
  glUseProgram(program.id());
  gl::setUniform(program, "u_proj", proj);
  gl::setUniform(program, "u_sunView", glm::vec3(glm::normalize(viewRot * frame.sunDirTeme)));
  gl::setUniform(program, "u_logDepthFc", logDepthCoefficient());
  gl::setUniform(program, "u_sunlight", sunlight);
  return program;
}

void ModelLayer::setLamps(const gl::Program& program, const std::vector<ViewLamp>& lamps,
                          unsigned mask) {
  int n = 0;
  for (std::size_t i = 0; i < lamps.size(); ++i) {
    if (!(mask & (1u << i))) continue;
    const ViewLamp& l = lamps[i];
    const std::string idx = "[" + std::to_string(n++) + "]";
    gl::setUniform(program, ("u_spotPosView" + idx).c_str(), l.pos);
    gl::setUniform(program, ("u_spotDirView" + idx).c_str(), l.dir);
    gl::setUniform(program, ("u_spotParams" + idx).c_str(),
                   glm::vec3(l.cosHalfAngle, l.reachM, l.intensity));
  }
  gl::setUniform(program, "u_spotCount", n);
}

void ModelLayer::draw(const RenderFrame& frame, const glm::dmat3& viewRot,
                      const glm::mat4& proj) const {
  // Lamps, camera-relative in view space.
  std::vector<ViewLamp> lamps;
  const int spots = std::min(static_cast<int>(frame.spotLights.size()), kMaxSpotLights);
  for (int i = 0; i < spots; ++i) {
    const SpotLight& l = frame.spotLights[static_cast<size_t>(i)];
    lamps.push_back({glm::vec3(viewRot * (l.posTeme - frame.camera.posTeme)),
                     glm::vec3(glm::normalize(viewRot * l.dirTeme)), std::cos(l.halfAngleRad),
                     l.halfAngleRad, l.reachM, l.intensity});
  }
  const ViewFrustum frustum(proj);
  for (const ModelInstance& inst : frame.models) {
    const GpuModel& m = model(inst.model);
    // Model -> view in double; the translation is camera-relative.
    const glm::dmat3 rotView = viewRot * inst.rotTeme;
    glm::dmat4 modelView(rotView);
    modelView[3] = glm::dvec4(viewRot * (inst.posTeme - frame.camera.posTeme), 1.0);
    const glm::mat4 modelViewF(modelView);

    std::vector<float> angles = m.restAngles;
    if (inst.model == ModelKind::Iss) {
      // Point the arrays at the Sun (body-frame Sun direction).
      const glm::vec3 sunBody(glm::transpose(inst.rotTeme) * frame.sunDirTeme);
      const IssArrayAngles a = sunTrackingAngles(glm::normalize(sunBody));
      IssModelDesc desc;
      desc.solarArrayAlphaRad = a.alphaRad;
      desc.solarArrayBetaRad = a.betaRad;
      angles = issJointAngles(m_issSkeleton, desc);
    }
    const std::vector<glm::mat4> xf = posePartTransforms(m.parts, angles);
    // Each part's pose, whether it can show, and the lamps that reach it.
    std::vector<glm::mat4> mvs(m.gpu.size());
    std::vector<unsigned> reaching(m.gpu.size(), 0u);
    std::vector<bool> inView(m.gpu.size(), false);
    for (size_t i = 0; i < m.gpu.size(); ++i) {
      mvs[i] = modelViewF * xf[i];
      const glm::vec3 center(mvs[i] * glm::vec4(m.gpu[i].boundCenter, 1.0f));
      const float radius = m.gpu[i].boundRadius * maxScale(mvs[i]);
      inView[i] = !frustum.excludes(center, radius);
      reaching[i] = lampsReaching(lamps, center, radius);
    }
    // The other triangles, then the solar cells'; parts no lamp reaches
    // first, then the others: four variants at most, each set up once.
    const unsigned sunlit = inst.sunlight > 0.0f ? kSunlit : 0u;
    for (unsigned cells : {0u, kSolarCells}) {
      for (unsigned lit : {0u, kLamps}) {
        const gl::Program* program = nullptr;
        unsigned lampMask = 0u;
        for (size_t i = 0; i < m.gpu.size(); ++i) {
          const GpuPart& part = m.gpu[i];
          if (!inView[i]) continue;
          if (inst.part != RocketPart::Whole && part.piece != inst.part) continue;
          if ((reaching[i] != 0u) != (lit != 0u)) continue;
          const int first = cells ? part.solarFirst : 0;
          const int count = cells ? part.indexCount - part.solarFirst : part.solarFirst;
          if (count <= 0) continue;
          if (program == nullptr) {
            program = &useVariant(sunlit | cells | lit, frame, viewRot, proj, inst.sunlight);
          }
          if (reaching[i] != lampMask) setLamps(*program, lamps, lampMask = reaching[i]);
          gl::setUniform(*program, "u_modelView", mvs[i]);
          gl::setUniform(*program, "u_normalToView", glm::mat3(mvs[i]));
          glBindVertexArray(part.mesh.vao.id());
          glDrawElements(GL_TRIANGLES, count, GL_UNSIGNED_INT,
                         reinterpret_cast<const void*>(static_cast<std::uintptr_t>(first) * 4u));
        }
      }
    }
  }
  glBindVertexArray(0);
}

}  // namespace rv::render
