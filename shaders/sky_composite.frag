#version 330 core
#include "sky_atmosphere.glsl"
// Lays the sky over the background (stars), blended as dst * transmittance +
// in-scattered light; drawn at the far plane after the scene, so the depth
// test leaves the Earth and vehicles alone. Where the sky changes slowly
// across one low-resolution texel it is upsampled; where it does not (the
// thin limb seen from orbit or from afar) it is ray-marched per pixel.
in vec2 v_uv;

uniform sampler2D u_sky;
uniform mat3 u_viewToSphere;
uniform vec2 u_lensShift;     // optical centre in NDC (Camera::lensShiftNdc)
uniform vec2 u_tanHalfFov;
uniform vec3 u_camPosKm;
uniform float u_camRadiusKm;
uniform float u_camGroundC;
uniform vec3 u_sunSphere;
uniform float u_sunIrradiance;
uniform float u_texelAngle;   // angular size of a low-resolution texel, radians
uniform float u_maxSpanKm;    // largest altitude range one texel may straddle

out vec4 fragColor;

void main() {
  vec3 dirView = normalize(vec3((v_uv * 2.0 - 1.0 - u_lensShift) * u_tanHalfFov, -1.0));
  vec3 dir = normalize(u_viewToSphere * dirView);
  float r = u_camRadiusKm;
  float b = r * dot(u_camPosKm / r, dir);
  float cTop = (r - u_topRadiusKm) * (r + u_topRadiusKm);
  if (cTop > 0.0 && (b >= 0.0 || b * b < cTop)) {
    fragColor = vec4(0.0, 0.0, 0.0, 1.0); // misses the atmosphere
    return;
  }
  // Rays that pass well inside the ground sphere end on the Earth, which was
  // drawn and hides this pixel. The depth test would drop them too, but
  // llvmpipe shades a multisampled pixel before its per-sample depth test,
  // and this is the costly half of the screen from orbit. The margin keeps
  // the limb, where the mesh's chords sag below the sphere, on the full path.
  const float kInsideMarginKm = 20.0;
  float deepRadius = u_groundRadiusKm - kInsideMarginKm;
  if (b < 0.0 && r * r - b * b < deepRadius * deepRadius) {
    fragColor = vec4(0.0, 0.0, 0.0, 1.0); // dst * 1 + 0: unchanged
    return;
  }
  // Distance to the ray's lowest point: there the altitude changes fastest
  // across neighbouring rays.
  float span = u_texelAngle * max(-b, 0.0);
  // An if, not ?:, so the compiler cannot evaluate both sides.
  vec4 sky;
  if (span < u_maxSpanKm) {
    sky = texture(u_sky, v_uv);
  } else {
    sky = skyAlongRay(u_camPosKm, r, u_camGroundC, dir, u_sunSphere, 12);
  }
  // Stars fade out against a bright sky, as for an eye or camera exposed for
  // the day; the transmittance alone would leave them visible at noon.
  float skyLuma = dot(sky.rgb, vec3(0.2126, 0.7152, 0.0722)) * u_sunIrradiance;
  fragColor = vec4(sky.rgb * u_sunIrradiance, sky.a / (1.0 + 60.0 * skyLuma));
}
