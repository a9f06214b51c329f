#pragma once
// Draws the launch pad's exhaust cloud (exhaust_puffs.h) as camera-facing
// soft discs, sorted far to near and blended over the scene: smoke lit by
// the Sun, and the flame's glow added where the jet is fresh.

#include <array>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"

namespace rv::render {

class ExhaustCloudLayer {
 public:
  static Result<ExhaustCloudLayer> create();
  // Works out the puffs in view (after ignition, at the pad, inside the
  // frame), far to near; returns how many, so nothing is set up for none.
  size_t prepare(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj);
  // The prepared puffs' extent on screen, in NDC (x0, y0, x1, y1): nothing
  // of them lies outside it.
  const glm::vec4& boundsNdc() const { return m_boundsNdc; }
  // Draws the prepared puffs into the bound framebuffer (the renderer's
  // half-resolution one).
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj) const;

 private:
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_instances;  // per puff: centre (view), radius, opacity, glow, age, seed
  static constexpr int kFloatsPerPuff = 8;
  std::vector<std::array<float, kFloatsPerPuff>> m_puffs;  // this frame's, prepared
  glm::vec4 m_boundsNdc{0.0f};
  float m_sunlight = 1.0f;
};

}  // namespace rv::render
