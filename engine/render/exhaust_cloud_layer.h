#pragma once
// Draws the launch pad's exhaust cloud (exhaust_puffs.h) as camera-facing
// soft discs, sorted far to near and blended over the scene: smoke lit by
// the Sun, and the flame's glow added where the jet is fresh.

#include <string>
#include <variant>

#include <glm/glm.hpp>

#include "render/gl_resources.h"
#include "render/render_frame.h"

namespace rv::render {

class ExhaustCloudLayer {
 public:
  static std::variant<ExhaustCloudLayer, std::string> create();
  // Whether the frame has a cloud to draw (after ignition, at the pad).
  static bool present(const RenderFrame& frame);
  // Draws into the bound framebuffer (the renderer's half-resolution one).
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj) const;

 private:
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_instances;  // per puff: centre (view), radius, opacity, glow, age, seed
};

}  // namespace rv::render
