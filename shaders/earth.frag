#version 330 core
#include "log_depth.glsl"
#include "sky_atmosphere.glsl"
#include "display.glsl"
// Day map lit by sunlight that has crossed the air (reddened near the
// terminator, zero in the Earth's shadow), sun glint on water, city lights
// on the night side, then the aerial perspective from the vertex shader:
// colour * transmittance + in-scattered light.
// Variants (render/earth_tile_shading.h picks one per tile, from where the
// tile lies against the Sun and how far it is): DAY_SIDE has the sunlit
// terms, all zero where the Sun's cosine is at or below -0.2; NIGHT_SIDE the
// city lights, zero at or above 0.02; TOWNS breaks them into towns, which
// only show where a fine cell spans more than 0.7 pixel. Those thresholds
// are earth_tile_shading.cpp's too. A software rasteriser runs both sides
// of every if, so leaving a term out is how it skips the term's work.
in vec3 v_normalEcef;
in vec3 v_toCameraEcef;
in vec2 v_uv;
in float v_logDepthW;
in vec3 v_inscatter;
in vec3 v_transmittance;
in vec3 v_sunAtGround;

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
vec3 towns(vec2 uv, vec3 mean) {
  vec2 fine = uv * vec2(textureSize(u_night, 0)) * 4.0;
  float pixels = max(length(dFdx(fine)), length(dFdy(fine)));
  float detail = 1.0 - smoothstep(0.35, 0.7, pixels);
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

// Sunlight on the day map (Lambert), a little skylight, and the glint of
// the Sun on water.
vec3 sunlit(vec3 day, vec3 n, vec3 v, float sunCos) {
  // Sunlight reaching the ground (per unit irradiance at the top of the air).
  vec3 sunAtGround = v_sunAtGround;
  float cosIn = max(sunCos, 0.0);
  // Lambert: radiance = albedo / pi * E * cos.
  vec3 lit = day * (u_sunIrradiance / kPi) * sunAtGround * cosIn;
  // Skylight: a little blue fill on the day side and through twilight.
  lit += day * vec3(0.35, 0.5, 0.8) * 0.12 * smoothstep(-0.2, 0.3, sunCos);

  // Water: the xplanet day map's oceans are dark and blue-dominant.
  float water = smoothstep(1.25, 1.8, day.b / (max(day.r, day.g) + 0.003)) *
                (1.0 - smoothstep(0.08, 0.2, day.b));
  vec3 h = normalize(u_sunEcef + v);
  float nh = max(dot(n, h), 0.0);
  float vh = max(dot(v, h), 0.0);
  // pow() by multiplies: (1 - vh)^5 and nh^180 (= nh^(128+32+16+4)).
  float f1 = 1.0 - vh;
  float f2 = f1 * f1;
  float fresnel = 0.02 + 0.98 * (f2 * f2 * f1);
  const float kShininess = 180.0; // a wind-roughened sea: the glint spreads over ~10 deg
  float p2 = nh * nh, p4 = p2 * p2, p8 = p4 * p4, p16 = p8 * p8, p32 = p16 * p16;
  float p128 = (p32 * p32) * (p32 * p32);
  float blinn = (kShininess + 8.0) / (8.0 * kPi) * (p128 * p32 * p16 * p4);
  lit += water * fresnel * blinn * u_sunIrradiance * sunAtGround * cosIn;
  return lit;
}

void main() {
  vec3 n = normalize(v_normalEcef);
  float sunCos = dot(n, u_sunEcef);
  vec3 v = normalize(v_toCameraEcef);
  vec3 surface = vec3(0.0);
#ifdef DAY_SIDE
  surface += sunlit(texture(u_day, v_uv).rgb, n, v, sunCos);  // linear (sRGB texture)
#endif
#ifdef NIGHT_SIDE
  // City lights where the Sun is more than a few degrees below the horizon.
#ifdef DAY_SIDE
  float dark = 1.0 - smoothstep(-0.12, 0.02, sunCos);
#else
  float dark = 1.0;  // the Sun is at least 0.2 below the horizon: wholly dark
#endif
  vec3 night = texture(u_night, v_uv).rgb;
#ifdef TOWNS
  night = towns(v_uv, night);
#endif
  surface += night * vec3(1.0, 0.85, 0.6) * 0.6 * dark;
#endif

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
  vec3 colour = surface * transmittance + inscatter;
#ifdef DAY_SIDE
  if (!u_atmosphere) {
    // Without the scattering pass keep the old thin rim, so the planet
    // still reads as round.
    float edge = 1.0 - max(dot(n, v), 0.0);
    float rim = edge * edge * edge;
    colour += vec3(0.25, 0.45, 1.0) * rim * smoothstep(-0.2, 0.3, sunCos) * 1.2;
  }
#endif
  fragColor = vec4(toDisplay(colour), 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
