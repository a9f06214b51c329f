#version 330 core
#include "sky_atmosphere.glsl"
#include "sky_view.glsl"
#include "display.glsl"
// The sky-view table (render/sky_view.h): single scattering along the view
// ray each texel stands for, stored ready to use: rgb the in-scattered
// radiance already in display colours (sky_background.frag puts it behind
// the scene; an 8-bit table is the cheapest lookup on llvmpipe), alpha what
// is left of the stars' light (star.vert dims them by it).
uniform mat3 u_localToSphere;  // local horizon frame -> sphere space
uniform vec3 u_camPosKm;       // camera, sphere space
uniform float u_camRadiusKm;   // |u_camPosKm|, from doubles
uniform float u_camGroundC;    // r^2 - ground^2, from doubles (no cancellation near the ground)
uniform vec3 u_sunSphere;      // unit
uniform float u_sunIrradiance;

out vec4 fragColor;

void main() {
  vec3 dir = u_localToSphere * skyViewDirection(gl_FragCoord.xy);
  vec4 sky = skyAlongRay(u_camPosKm, u_camRadiusKm, u_camGroundC, dir, u_sunSphere, 16);
  // Stars fade out against a bright sky, as for an eye or camera exposed for
  // the day; the transmittance alone would leave them visible at noon.
  float skyLuma = dot(sky.rgb, vec3(0.2126, 0.7152, 0.0722)) * u_sunIrradiance;
  fragColor = vec4(toDisplay(sky.rgb * u_sunIrradiance), sky.a / (1.0 + 60.0 * skyLuma));
}
