#version 330 core
#include "sky_atmosphere.glsl"
#include "sky_view.glsl"
// The sky-view table (render/sky_view.h): single scattering along the view
// ray each texel stands for. sky_composite.frag looks it up per pixel.
uniform mat3 u_localToSphere;  // local horizon frame -> sphere space
uniform vec3 u_camPosKm;       // camera, sphere space
uniform float u_camRadiusKm;   // |u_camPosKm|, from doubles
uniform float u_camGroundC;    // r^2 - ground^2, from doubles (no cancellation near the ground)
uniform vec3 u_sunSphere;      // unit

out vec4 fragColor;

void main() {
  vec3 dir = u_localToSphere * skyViewDirection(gl_FragCoord.xy);
  fragColor = skyAlongRay(u_camPosKm, u_camRadiusKm, u_camGroundC, dir, u_sunSphere, 16);
}
