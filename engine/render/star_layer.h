#pragma once
// Draws the Bright Star Catalogue as points at infinity: rotated from J2000
// to the equator of date by precession, then by the camera rotation only (no
// translation), no depth writes, brightness and size from magnitude.

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"

namespace rv::render {

struct StarCatalog;

class AtmosphereLayer;

class StarLayer {
 public:
  // Error string on shader failure. The catalogue is read already
  // (RendererAssets); its warnings (a missing catalogue: an empty sky) are
  // added to warnings.
  static Result<StarLayer> create(const StarCatalog& catalog, std::vector<std::string>& warnings);
  // Adds the stars to the bound framebuffer (additive; depth untouched).
  // With an atmosphere, drawn over its sky: each star is dimmed by what the
  // sky-view table says is left of its light (the air's transmittance, and
  // the fade against a bright sky), looked up in its own direction.
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
            int targetHeight, const AtmosphereLayer* atmosphere) const;
  int starCount() const { return m_count; }

 private:
  gl::Program m_program;
  gl::VertexArray m_vao;
  gl::Buffer m_vbo;
  int m_count = 0;
};

}  // namespace rv::render
