#version 330 core
#include "sky_view.glsl"
// A star at infinity: direction only, rotated into view space; dimmed by the
// sky in front of it (the sky-view table, looked up in its direction).
layout(location = 0) in vec3 a_dirJ2000;
layout(location = 1) in float a_magnitude;

uniform mat3 u_rotation; // J2000 -> view
uniform mat4 u_proj;
uniform float u_pixelScale;
uniform bool u_throughSky;   // false without an atmosphere
uniform sampler2D u_sky;     // the sky-view table; alpha: what is left of a star's light
uniform mat3 u_viewToLocal;  // view-space direction -> local horizon frame (unnormalised)

out float v_intensity;

void main() {
  vec3 dirView = u_rotation * a_dirJ2000;
  gl_Position = u_proj * vec4(dirView, 1.0);
  gl_Position.z = gl_Position.w * 0.999999; // at the far end, inside the clip volume
  // Flux is 10^(-0.4 m); the square root of it compresses 7.5 magnitudes
  // (a factor 1000) into ~30 so the faint stars still show on a projector
  // while Sirius stays the brightest.
  float flux = pow(10.0, -0.2 * (a_magnitude - 6.0));
  v_intensity = 0.12 * flux;
  if (u_throughSky)
    v_intensity *= textureLod(u_sky, skyViewTexCoord(u_viewToLocal * dirView), 0.0).a;
  gl_PointSize = clamp(2.0 + 0.45 * (3.5 - a_magnitude), 2.0, 5.0) * u_pixelScale;
}
