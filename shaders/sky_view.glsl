// The sky-view table's mapping (render/sky_view.h, which mirrors it on the
// CPU), built from cosines so the per-pixel lookup needs no acos or atan:
// u = sin(azimuth / 2), the azimuth measured from the Sun's vertical plane
// (dense near the Sun, sparse at the smooth anti-solar sky); v = sqrt((cos
// zenith - cos horizon) / (1 - cos horizon)) (dense at the horizon). Texel
// centres sit on u = i / (columns - 1) and v = j / (rows - 1). Directions
// are unit vectors in the local horizon frame (x toward the Sun's azimuth,
// z up).
uniform float u_horizonCos;  // cos(zenith angle) of the ray tangent to the ground
uniform vec2 u_skyViewSize;  // (columns, rows)

// Texture coordinates of the texel centres that hold this direction (any
// length: only its cosines are used).
vec2 skyViewTexCoord(vec3 dirLocal) {
  float across = dot(dirLocal.xy, dirLocal.xy);
  float cosZenith = dirLocal.z * inversesqrt(across + dirLocal.z * dirLocal.z);
  float v = sqrt(max((cosZenith - u_horizonCos) / (1.0 - u_horizonCos), 0.0));
  float cosAzimuth = across > 1e-12 ? dirLocal.x * inversesqrt(across) : 1.0;
  float u = sqrt(max(0.5 - 0.5 * cosAzimuth, 0.0));
  return (vec2(u, v) * (u_skyViewSize - 1.0) + 0.5) / u_skyViewSize;
}

// The direction a texel holds, from its pixel centre (gl_FragCoord.xy).
vec3 skyViewDirection(vec2 fragCoord) {
  vec2 uv = (fragCoord - 0.5) / (u_skyViewSize - 1.0);
  float cosZenith = u_horizonCos + uv.y * uv.y * (1.0 - u_horizonCos);
  float sinZenith = sqrt(max(1.0 - cosZenith * cosZenith, 0.0));
  float azimuth = 2.0 * asin(clamp(uv.x, 0.0, 1.0));
  return vec3(sinZenith * cos(azimuth), sinZenith * sin(azimuth), cosZenith);
}
