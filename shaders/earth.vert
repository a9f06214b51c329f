#version 330 core
#include "sky_atmosphere.glsl"
// Earth ellipsoid. Positions are Earth-fixed metres. They are made
// camera-relative here as (pos - high) - low, with the camera's ECEF
// position split into two floats on the CPU: the first subtraction is exact
// for vertices near the camera (Sterbenz), so the ground near the pad does
// not jitter by the 0.5 m float spacing at 6.4e6 m.
// The haze between the camera and each vertex (aerial perspective) is
// single-scattered per vertex: cheap on a software rasteriser, and smooth
// enough at the mesh's ~100 km spacing. So is the sunlight that reaches
// the ground (one transmittance fetch per vertex instead of per pixel).
layout(location = 0) in vec3 a_posEcef;
layout(location = 1) in vec3 a_normalEcef;
layout(location = 2) in vec2 a_uv;

uniform vec3 u_camEcefHigh;
uniform vec3 u_camEcefLow;
uniform mat3 u_ecefToView;
uniform mat4 u_proj;

uniform bool u_atmosphere;
uniform vec3 u_ecefToSphereKm; // per-axis scale: metres -> km with z stretched by a/b
uniform vec3 u_camPosKm;       // camera, sphere space
uniform float u_camRadiusKm;
uniform vec3 u_sunSphere;
uniform vec3 u_sunEcef;
uniform float u_sunIrradiance;

out vec3 v_normalEcef;
out vec3 v_toCameraEcef;
out vec2 v_uv;
out float v_logDepthW;
out vec3 v_inscatter;
out vec3 v_transmittance;
out vec3 v_sunAtGround; // per unit irradiance at the top of the air

void main() {
  vec3 rel = (a_posEcef - u_camEcefHigh) - u_camEcefLow;
  vec4 posView = vec4(u_ecefToView * rel, 1.0);
  v_normalEcef = a_normalEcef;
  v_toCameraEcef = -rel;
  v_uv = a_uv;
  gl_Position = u_proj * posView;
  v_logDepthW = 1.0 + gl_Position.w;

#ifdef DAY_SIDE
  float sunCos = dot(a_normalEcef, u_sunEcef);
  v_sunAtGround = u_atmosphere ? sunTransmittance(u_groundRadiusKm, sunCos)
                               : vec3(smoothstep(-0.1, 0.1, sunCos));
#else
  v_sunAtGround = vec3(0.0);
#endif

  v_inscatter = vec3(0.0);
  v_transmittance = vec3(1.0);
  if (u_atmosphere) {
    vec3 ray = rel * u_ecefToSphereKm;
    float len = length(ray);
    vec3 dir = ray / max(len, 1e-6);
    float r = u_camRadiusKm;
    float mu = dot(u_camPosKm / r, dir);
    float cTop = (r - u_topRadiusKm) * (r + u_topRadiusKm);
    float t0, t1;
    if (raySphere(r, mu, cTop, t0, t1) && len > 0.0) {
      float start = max(t0, 0.0);
      if (len > start) {
        v_inscatter = u_sunIrradiance * singleScattering(u_camPosKm, dir, start, len, u_sunSphere,
                                                         6, cTop < 0.0, v_transmittance);
      }
    }
  }
}
