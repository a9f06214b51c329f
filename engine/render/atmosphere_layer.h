#pragma once
// The atmosphere: the sunlight transmittance table on the GPU, the sky
// behind everything (single scattering ray-marched into the small sky-view
// table of render/sky_view.h each frame, then looked up per pixel over the
// stars), and the uniforms the Earth shader uses for its own aerial
// perspective (the haze between the camera and the ground).

#include <string>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/gl_resources.h"
#include "render/render_frame.h"
#include "render/sky_model.h"
#include "render/sky_view.h"

namespace rv::render {

// Sun irradiance in the renderer's units: ground radiance = albedo / pi * E
// * cos(zenith), and the Earth shader's daylight scale of 3 means E = 3 pi.
inline constexpr float kSunIrradiance = 3.0f * 3.14159265f;

struct AtmosphereLayerDesc {
  SkyViewSize skyView;  // the sky-view table's texels, whatever the image size
};

class AtmosphereLayer {
 public:
  // `table`: buildTransmittanceTable(SkyParams{}) (the layer's parameters),
  // made beforehand off this thread (RendererAssets); built here if empty.
  static Result<AtmosphereLayer> create(const AtmosphereLayerDesc& desc, TransmittanceTable table);

  // Ray-marches the sky into the sky-view table. Call before the scene
  // framebuffer is bound: it binds its own and leaves framebuffer 0.
  void renderSky(const RenderFrame& frame, const glm::dmat3& viewRot, double tanHalfFovY, int width,
                 int height);
  // Sets the sky-view table's uniforms of the last renderSky() (u_sky,
  // u_viewToLocal and sky_view.glsl's) and binds the table to `unit`.
  void bindSkyView(const gl::Program& program, int unit) const;
  // The same plus sky_fullscreen.vert's, for a full-screen pass that puts
  // the sky under the scene (sky_under.frag).
  void bindSkyBackground(const gl::Program& program, int unit) const;

  // Sets the sky_atmosphere.glsl uniforms and binds the table to `unit`.
  void bindModel(const gl::Program& program, int unit) const;
  const SkyParams& params() const { return m_params; }

 private:
  AtmosphereLayerDesc m_desc;
  SkyParams m_params;
  gl::Program m_sky;
  gl::VertexArray m_emptyVao;
  gl::Texture m_transmittance;
  glm::vec2 m_transmittanceSize{0.0f};
  gl::Framebuffer m_skyFbo;
  gl::Texture m_skyTex;  // the sky-view table
  // Per-frame values from renderSky() that the sky's users (bindSkyView) reuse.
  struct FrameUniforms {
    glm::mat3 viewToLocal{1.0f};
    glm::vec2 tanHalfFov{1.0f};
    glm::vec2 lensShift{0.0f};
    float horizonCos = 0.0f;
  } m_frame;
  void setSkyViewUniforms(const gl::Program& program) const;
};

}  // namespace rv::render
