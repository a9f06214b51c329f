#version 330 core
#include "sky_view.glsl"
// Lays the sky over the background (stars), blended as dst * transmittance +
// in-scattered light; drawn at the far plane after the scene, so the depth
// test leaves the Earth and vehicles alone (and, the shader writing no
// depth, skips their pixels before shading). The sky comes from the
// sky-view table: one lookup per pixel, the horizon sharp at any image size.
in vec2 v_uv;

uniform sampler2D u_sky;
uniform mat3 u_viewToLocal;  // view-space direction -> local horizon frame (unnormalised)
uniform vec2 u_lensShift;    // optical centre in NDC (Camera::lensShiftNdc)
uniform vec2 u_tanHalfFov;
uniform float u_sunIrradiance;

out vec4 fragColor;

void main() {
  vec3 dirView = vec3((v_uv * 2.0 - 1.0 - u_lensShift) * u_tanHalfFov, -1.0);
  vec4 sky = texture(u_sky, skyViewTexCoord(normalize(u_viewToLocal * dirView)));
  // Stars fade out against a bright sky, as for an eye or camera exposed for
  // the day; the transmittance alone would leave them visible at noon.
  float skyLuma = dot(sky.rgb, vec3(0.2126, 0.7152, 0.0722)) * u_sunIrradiance;
  fragColor = vec4(sky.rgb * u_sunIrradiance, sky.a / (1.0 + 60.0 * skyLuma));
}
