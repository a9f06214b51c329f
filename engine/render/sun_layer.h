#pragma once
// The Sun: its disc (0.533 deg across, limb-darkened, reddened by the air
// in front of it) drawn behind the scene so the Earth and vehicles hide it,
// and a glare halo added over everything afterwards, as a lens or an eye
// sees it, dimmed by how much of the disc the Earth and its air let through.

#include <string>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"
#include "render/sky_model.h"

namespace rv::render {

// Fraction of the Sun's disc above the Earth's limb as seen from the camera
// (0 hidden, 1 clear), from the sphere-space geometry. Pure maths.
double sunVisibleFraction(const SkyFrame& sky, const SkyParams& params);

class SunLayer {
 public:
  static Result<SunLayer> create();
  void drawDisc(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                const SkyParams& params) const;
  void drawGlare(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
                 const SkyParams& params) const;

 private:
  void drawQuad(const glm::dmat3& viewRot, const RenderFrame& frame, const glm::mat4& proj,
                float halfSizeRad, int mode, const glm::vec3& color) const;
  gl::Program m_program;
  gl::VertexArray m_emptyVao;
};

}  // namespace rv::render
