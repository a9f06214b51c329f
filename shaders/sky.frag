#version 330 core
#include "sky_atmosphere.glsl"
// The sky at reduced resolution: single scattering along each texel's view
// ray. sky_composite.frag upsamples it where the sky is smooth.
in vec2 v_uv;

uniform mat3 u_viewToSphere;  // view-space direction -> sphere-space direction (unnormalised)
uniform vec2 u_lensShift;     // optical centre in NDC (Camera::lensShiftNdc)
uniform vec2 u_tanHalfFov;    // (x, y) half-extent of the image plane at unit distance
uniform vec3 u_camPosKm;      // camera, sphere space
uniform float u_camRadiusKm;  // |u_camPosKm|, from doubles
uniform float u_camGroundC;   // r^2 - ground^2, from doubles (no cancellation near the ground)
uniform vec3 u_sunSphere;     // unit

out vec4 fragColor;

void main() {
  vec3 dirView = normalize(vec3((v_uv * 2.0 - 1.0 - u_lensShift) * u_tanHalfFov, -1.0));
  vec3 dir = normalize(u_viewToSphere * dirView);
  fragColor = skyAlongRay(u_camPosKm, u_camRadiusKm, u_camGroundC, dir, u_sunSphere, 16);
}
