#version 330 core
#include "log_depth.glsl"
#include "sky_atmosphere.glsl"
// Day map lit by sunlight that has crossed the air (reddened near the
// terminator, zero in the Earth's shadow), sun glint on water, city lights
// on the night side, then the aerial perspective from the vertex shader:
// colour * transmittance + in-scattered light.
in vec3 v_normalEcef;
in vec3 v_toCameraEcef;
in vec2 v_uv;
in float v_logDepthW;
in vec3 v_inscatter;
in vec3 v_transmittance;

uniform sampler2D u_day;
uniform sampler2D u_night;
uniform vec3 u_sunEcef;
uniform float u_logDepthFc;
uniform bool u_atmosphere;
uniform float u_sunIrradiance;
uniform float u_camAltKm;        // camera altitude above the ellipsoid, from doubles
uniform float u_perPixelHaze;    // 0: haze from the vertices; 1: analytic per pixel (low camera)
                                 // (only in the PIXEL_HAZE variant, see earth_layer.cpp)

out vec4 fragColor;

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

// City lights crisp at any distance. The night map holds the mean light of
// ~20 km texels; seen from close by, its bilinear blur becomes glowing
// blobs. Where a fine cell (a quarter of a texel, ~5 km) spans a few
// pixels, the mean is broken into points (towns), more of them where the
// texel is brighter, scaled so that their average is the map's; farther
// out, where the cells shrink to a pixel, it blends back to the map.
vec3 cityLights(vec2 uv, vec3 mean) {
  vec2 fine = uv * vec2(textureSize(u_night, 0)) * 4.0;
  float pixels = max(length(dFdx(fine)), length(dFdy(fine)));
  float detail = 1.0 - smoothstep(0.35, 0.7, pixels);
  if (detail <= 0.0) return mean;
  vec2 cell = floor(fine);
  float lum = dot(mean, vec3(0.3, 0.55, 0.15));
  float share = clamp(lum * 6.0, 0.0, 1.0);  // the share of cells that hold a town
  float lit = step(hash12(cell), share);
  vec2 at = vec2(hash12(cell + 17.31), hash12(cell + 41.73)) * 0.6 + 0.2;
  float spot = smoothstep(0.28, 0.06, length(fract(fine) - at));
  const float kSpotArea = 0.085;  // the spot's integral over a cell
  vec3 points = mean * lit * spot / max(share * kSpotArea, 1e-3);
  return mix(mean, points, detail);
}

void main() {
  vec3 n = normalize(v_normalEcef);
  float sunCos = dot(n, u_sunEcef);
  vec3 day = texture(u_day, v_uv).rgb;      // linear (sRGB texture)
  vec3 night = texture(u_night, v_uv).rgb;
  // Sunlight reaching the ground (per unit irradiance at the top of the air).
  vec3 sunAtGround = u_atmosphere ? sunTransmittance(u_groundRadiusKm, sunCos)
                                  : vec3(smoothstep(-0.1, 0.1, sunCos));
  float cosIn = max(sunCos, 0.0);
  // Lambert: radiance = albedo / pi * E * cos.
  vec3 lit = day * (u_sunIrradiance / kPi) * sunAtGround * cosIn;
  // Skylight: a little blue fill on the day side and through twilight.
  lit += day * vec3(0.35, 0.5, 0.8) * 0.12 * smoothstep(-0.2, 0.3, sunCos);

  // Water: the xplanet day map's oceans are dark and blue-dominant.
  float water = smoothstep(1.25, 1.8, day.b / (max(day.r, day.g) + 0.003)) *
                (1.0 - smoothstep(0.08, 0.2, day.b));
  vec3 v = normalize(v_toCameraEcef);
  vec3 h = normalize(u_sunEcef + v);
  float nh = max(dot(n, h), 0.0);
  float vh = max(dot(v, h), 0.0);
  float fresnel = 0.02 + 0.98 * pow(1.0 - vh, 5.0);
  const float kShininess = 180.0; // a wind-roughened sea: the glint spreads over ~10 deg
  float blinn = (kShininess + 8.0) / (8.0 * kPi) * pow(nh, kShininess);
  lit += water * fresnel * blinn * u_sunIrradiance * sunAtGround * cosIn;

  // City lights where the Sun is more than a few degrees below the horizon.
  float dark = 1.0 - smoothstep(-0.12, 0.02, sunCos);
  vec3 lights = cityLights(v_uv, night) * vec3(1.0, 0.85, 0.6) * 0.6 * dark;

  vec3 inscatter = v_inscatter;
  vec3 transmittance = v_transmittance;
#ifdef PIXEL_HAZE
  if (u_atmosphere && u_perPixelHaze > 0.0) {
    // Near the ground the mesh's vertices are tens of kilometres apart and
    // per-vertex haze would cover the nearby ground too. Instead: the exact
    // optical depth of a straight path through an exponential atmosphere
    // over a flat Earth (fine within the horizon of a low camera) with the
    // sunlight it scatters taken as uniform along the path.
    float lengthKm = length(v_toCameraEcef) * 1e-3;
    float h0 = u_camAltKm;
    float fR = meanDensity(h0, 0.0, u_rayleighScaleHeightKm);
    float fM = meanDensity(h0, 0.0, u_mieScaleHeightKm);
    vec3 extinction = u_rayleighScattering * fR + vec3(u_mieExtinction * fM);
    vec3 pathT = exp(-extinction * lengthKm);
    float nu = dot(-v, u_sunEcef);
    vec3 scattering = u_rayleighScattering * fR * rayleighPhase(nu) +
                      vec3(u_mieScattering * fM * miePhase(nu));
    vec3 sunAtPath = sunTransmittance(u_groundRadiusKm + 0.5 * h0, sunCos);
    vec3 pixelInscatter = u_sunIrradiance * sunAtPath * scattering / extinction * (1.0 - pathT);
    inscatter = mix(v_inscatter, pixelInscatter, u_perPixelHaze);
    transmittance = mix(v_transmittance, pathT, u_perPixelHaze);
  }
#endif
  vec3 colour = (lit + lights) * transmittance + inscatter;
  if (!u_atmosphere) {
    // Without the scattering pass keep the old thin rim, so the planet
    // still reads as round.
    float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0);
    colour += vec3(0.25, 0.45, 1.0) * rim * smoothstep(-0.2, 0.3, sunCos) * 1.2;
  }
  fragColor = vec4(colour, 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
