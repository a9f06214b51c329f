// Single scattering in an exponential Rayleigh + Mie atmosphere over a
// sphere (render/sky_model.h). Units: kilometres, Earth-centred "sphere
// space" (ECEF with z stretched by a/b so the WGS-84 ellipsoid becomes a
// sphere of the equatorial radius). Radiance is per unit solar irradiance
// at the top of the atmosphere; callers scale by u_sunIrradiance.
uniform sampler2D u_transmittance; // rows: sqrt(altitude / top), columns: sun zenith cosine
uniform vec2 u_transmittanceSize;  // (columns, rows)
uniform float u_groundRadiusKm;
uniform float u_topRadiusKm;
uniform vec3 u_rayleighScattering; // per km at sea level
uniform float u_rayleighScaleHeightKm;
uniform float u_mieScattering;
uniform float u_mieExtinction;
uniform float u_mieScaleHeightKm;
uniform float u_mieG;

const float kPi = 3.14159265;

vec3 sunTransmittance(float r, float muS) {
  float x = sqrt(clamp((r - u_groundRadiusKm) / (u_topRadiusKm - u_groundRadiusKm), 0.0, 1.0));
  float u = clamp((muS + 1.0) * 0.5, 0.0, 1.0);
  vec2 uv = vec2(u, x) * (1.0 - 1.0 / u_transmittanceSize) + 0.5 / u_transmittanceSize;
  return textureLod(u_transmittance, uv, 0.0).rgb;
}

// Mean of exp(-h / H) along a straight path from altitude h0 to h1 (km).
float meanDensity(float h0, float h1, float H) {
  float dh = h1 - h0;
  if (abs(dh) < 1e-3 * H) return exp(-0.5 * (h0 + h1) / H);
  return H * (exp(-h0 / H) - exp(-h1 / H)) / dh;
}

float rayleighPhase(float nu) { return 3.0 / (16.0 * kPi) * (1.0 + nu * nu); }
float miePhase(float nu) {
  // Cornette-Shanks.
  float g = u_mieG;
  float k = 3.0 / (8.0 * kPi) * (1.0 - g * g) / (2.0 + g * g);
  return k * (1.0 + nu * nu) / pow(max(1.0 + g * g - 2.0 * g * nu, 1e-4), 1.5);
}

// Where the ray origin + t dir (dir unit, origin at radius r with
// dot(origin/r, dir) = mu) enters and leaves the sphere of radius R, given
// c = r^2 - R^2 computed without cancellation by the caller. False on a miss.
bool raySphere(float r, float mu, float c, out float t0, out float t1) {
  float b = r * mu;
  float disc = b * b - c;
  if (disc < 0.0) return false;
  float s = sqrt(disc);
  t0 = -b - s;
  t1 = -b + s;
  return true;
}

// In-scattered radiance along origin + t dir for t in [tStart, tEnd] with
// `steps` samples; `extinction` receives the transmittance of the segment.
// The samples bunch toward tStart when `bunch` is set (a camera in the air:
// the dense layers are near it).
vec3 singleScattering(vec3 origin, vec3 dir, float tStart, float tEnd, vec3 sunDir, int steps,
                      bool bunch, out vec3 transmittance) {
  vec3 tau = vec3(0.0);
  vec3 rayleigh = vec3(0.0);
  vec3 mie = vec3(0.0);
  float len = max(tEnd - tStart, 0.0);
  float prevT = 0.0;
  for (int i = 0; i < steps; ++i) {
    float s1 = float(i + 1) / float(steps);
    float sm = (float(i) + 0.5) / float(steps);
    float tNext = bunch ? s1 * s1 : s1;
    float tMid = bunch ? sm * sm : sm;
    float dt = (tNext - prevT) * len;
    prevT = tNext;
    vec3 p = origin + dir * (tStart + tMid * len);
    float r = length(p);
    float h = max(r - u_groundRadiusKm, 0.0);
    float dR = exp(-h / u_rayleighScaleHeightKm);
    float dM = exp(-h / u_mieScaleHeightKm);
    vec3 stepTau = (u_rayleighScattering * dR + vec3(u_mieExtinction * dM)) * dt;
    vec3 tView = exp(-(tau + 0.5 * stepTau));
    tau += stepTau;
    vec3 tSun = sunTransmittance(r, dot(p, sunDir) / r);
    rayleigh += tView * tSun * (dR * dt);
    mie += tView * tSun * (dM * dt);
  }
  transmittance = exp(-tau);
  float nu = dot(dir, sunDir);
  return rayleigh * u_rayleighScattering * rayleighPhase(nu) + mie * (u_mieScattering * miePhase(nu));
}

// The sky seen along a view ray from the camera (sphere space, camera at
// radius r with c = r^2 - ground^2 from doubles): rgb in-scattered radiance
// per unit irradiance, a = mean transmittance. Rays that would hit the Earth
// are bent up to graze its limb, so texels next to the limb carry the
// brightest glow rather than dark ground values.
vec4 skyAlongRay(vec3 camPos, float r, float groundC, vec3 dir, vec3 sunDir, int steps) {
  vec3 up = camPos / r;
  float mu = dot(up, dir);
  float g0, g1;
  if (mu < 0.0 && raySphere(r, mu, groundC, g0, g1) && g1 > 0.0) {
    float muH = -sqrt(max(groundC, 0.0)) / r + 1e-5;
    vec3 side = dir - up * mu;
    float sideLen = length(side);
    side = sideLen > 1e-6 ? side / sideLen : vec3(1.0, 0.0, 0.0);
    dir = up * muH + side * sqrt(max(1.0 - muH * muH, 0.0));
    mu = muH;
  }
  float t0, t1;
  float cTop = (r - u_topRadiusKm) * (r + u_topRadiusKm);
  if (!raySphere(r, mu, cTop, t0, t1) || t1 <= 0.0) return vec4(0.0, 0.0, 0.0, 1.0);
  vec3 transmittance;
  vec3 radiance = singleScattering(camPos, dir, max(t0, 0.0), t1, sunDir, steps, cTop < 0.0,
                                   transmittance);
  return vec4(radiance, dot(transmittance, vec3(1.0 / 3.0)));
}
