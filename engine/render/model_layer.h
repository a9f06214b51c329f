#pragma once
// Draws the procedural vehicles (ISS, Soyuz MS, Soyuz-2.1a, the pad) from
// ModelInstance poses. Every part of every model is uploaded once; a frame
// only sets matrices. The ISS's solar arrays are turned to the Sun here.

#include <span>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/indexed_mesh.h"
#include "render/iss_model.h"
#include "render/mesh_data.h"
#include "render/program_variants.h"
#include "render/render_frame.h"
#include "render/vehicle_models.h"

namespace rv::render {

class ModelLayer {
 public:
  // Uploads the meshes (buildVehicleModels, built beforehand off this thread).
  static Result<ModelLayer> create(VehicleModels models);
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj) const;

 private:
  struct GpuPart {
    RocketPart piece = RocketPart::Whole;  // the rocket's parts only
    gl::IndexedMesh mesh;
    int indexCount = 0;
    // Triangles of solar cells come last in the index buffer: those from
    // solarFirst on are drawn with the SOLAR_CELLS variant.
    int solarFirst = 0;
    glm::vec3 boundCenter{0.0f};  // bounding sphere, the part's own frame
    float boundRadius = 0.0f;
  };
  struct GpuModel {
    std::vector<ModelPart> parts;  // CPU copy for pivots/axes (meshes cleared)
    std::vector<GpuPart> gpu;
    std::vector<float> restAngles;
  };
  // `pieces`: the rocket's RocketModel::partIds; empty for the other models.
  static void upload(GpuModel& out, std::vector<ModelPart>& parts, std::vector<float> restAngles,
                     std::span<const RocketPart> pieces = {});
  GpuModel& model(ModelKind k) { return m_models[static_cast<size_t>(k)]; }
  const GpuModel& model(ModelKind k) const { return m_models[static_cast<size_t>(k)]; }

  // Shader variants by kSolarCells | kSunlit | kLamps (model_layer.cpp); the
  // full ones are built by create(), the others on first use.
  gl::ProgramVariants m_programs;
  // The frame's lamps in view space (position, unit axis, cos of the half angle, reach,
  // intensity); a part is drawn with those whose cone reaches it.
  struct ViewLamp {
    glm::vec3 pos{0.0f}, dir{0.0f, 0.0f, -1.0f};
    float cosHalfAngle = 1.0f, halfAngleRad = 0.0f, reachM = 0.0f, intensity = 0.0f;
  };
  const gl::Program& useVariant(unsigned variant, const RenderFrame& frame,
                                const glm::dmat3& viewRot, const glm::mat4& proj,
                                float sunlight) const;
  static void setLamps(const gl::Program& program, const std::vector<ViewLamp>& lamps,
                       unsigned mask);
  std::vector<GpuModel> m_models;  // indexed by ModelKind
  IssModel m_issSkeleton;          // ISS part hierarchy without meshes
};

}  // namespace rv::render
