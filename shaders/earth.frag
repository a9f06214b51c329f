#version 330 core
#include "log_depth.glsl"
// Day map lit by the Sun, city lights on the night side, blended across the
// terminator over about +-6 degrees of solar elevation (civil twilight band).
in vec3 v_normalView;
in vec3 v_posView;
in vec2 v_uv;
in float v_logDepthW;

uniform sampler2D u_day;
uniform sampler2D u_night;
uniform vec3 u_sunView;
uniform float u_logDepthFc;

out vec4 fragColor;

void main() {
  vec3 n = normalize(v_normalView);
  float sunCos = dot(n, u_sunView);
  vec3 day = texture(u_day, v_uv).rgb;      // linear (sRGB texture)
  vec3 night = texture(u_night, v_uv).rgb;
  float daylight = smoothstep(-0.1, 0.1, sunCos);
  // Sunlight: Lambert with the Sun's irradiance normalised to 1 at zenith,
  // scaled up so tone mapping lands daytime ground at a natural brightness.
  vec3 lit = day * max(sunCos, 0.0) * 3.0;
  vec3 lights = night * vec3(1.0, 0.85, 0.6) * 0.6 * (1.0 - daylight);
  // A thin blue haze toward the limb on the day side: a stand-in for the
  // scattering pass of the scene issue.
  vec3 viewDir = normalize(-v_posView);
  float rim = pow(1.0 - max(dot(n, viewDir), 0.0), 3.0);
  vec3 haze = vec3(0.25, 0.45, 1.0) * rim * smoothstep(-0.2, 0.3, sunCos) * 1.2;
  fragColor = vec4(lit + lights + haze, 1.0);
  gl_FragDepth = log2(v_logDepthW) * 0.5 * u_logDepthFc;
}
