#pragma once
// SGP4 orbit propagator for TLEs: our own implementation of the model
// described in Hoots & Roehrich, Spacetrack Report #3 (1980), as corrected and
// consolidated by Vallado, Crawford, Hujsak & Kelso, "Revisiting Spacetrack
// Report #3", AIAA 2006-6753. Conventions follow that paper's reference code
// so that results match it to within rounding:
//   - WGS-72 constants (the ones TLEs are fitted with),
//   - "improved" operation mode (opsmode 'i'): GMST at epoch from the IAU-82
//     formula, not the old AFSPC polynomial,
//   - output in TEME of date (true equator, mean equinox).
// Deep-space orbits (period >= 225 min) get the SDP4 lunar/solar periodics,
// secular rates and the 12 h / 24 h resonance integration (implemented and
// verified; isDeepSpace() tells which model an object uses).
//
// An Sgp4 object is immutable after create(): propagation is a pure function
// of the elements and the time, so the same call gives the same bits.

#include "astro/tle.h"

#include <glm/glm.hpp>

#include <string>

#include "base/result.h"

namespace rv::astro {

namespace detail {
// Model constants fixed by Sgp4::create(); implementation detail.
// Units: earth radii (WGS-72), minutes, radians.
struct Sgp4Init {
  // Recovered (un-Kozai'd) mean motion, rad/min, and the epoch elements.
  double noUnkozai = 0, ecco = 0, inclo = 0, nodeo = 0, argpo = 0, mo = 0, bstar = 0;
  double ao = 0;
  bool isimp = false;  // simplified drag (perigee below 220 km, or deep space)
  double aycof = 0, con41 = 0, cc1 = 0, cc4 = 0, cc5 = 0, d2 = 0, d3 = 0, d4 = 0;
  double delmo = 0, eta = 0, argpdot = 0, omgcof = 0, sinmao = 0, t2cof = 0, t3cof = 0;
  double t4cof = 0, t5cof = 0, x1mth2 = 0, x7thm1 = 0, mdot = 0, nodedot = 0, xlcof = 0;
  double xmcof = 0, nodecf = 0;
  double gsto = 0;  // GMST at epoch, rad (deep space)
};

// Deep-space constants (lunar/solar periodics, secular rates, resonance).
struct Sgp4Deep {
  // Periodics (dpper).
  double e3 = 0, ee2 = 0, peo = 0, pgho = 0, pho = 0, pinco = 0, plo = 0, se2 = 0, se3 = 0;
  double sgh2 = 0, sgh3 = 0, sgh4 = 0, sh2 = 0, sh3 = 0, si2 = 0, si3 = 0, sl2 = 0, sl3 = 0;
  double sl4 = 0, xgh2 = 0, xgh3 = 0, xgh4 = 0, xh2 = 0, xh3 = 0, xi2 = 0, xi3 = 0, xl2 = 0;
  double xl3 = 0, xl4 = 0, zmol = 0, zmos = 0;
  // Secular rates (dsinit).
  double dedt = 0, didt = 0, dmdt = 0, dnodt = 0, domdt = 0;
  // Resonance: 0 none, 1 one-day (geosynchronous), 2 half-day (Molniya).
  int irez = 0;
  double d2201 = 0, d2211 = 0, d3210 = 0, d3222 = 0, d4410 = 0, d4422 = 0, d5220 = 0;
  double d5232 = 0, d5421 = 0, d5433 = 0, del1 = 0, del2 = 0, del3 = 0;
  double xfact = 0, xlamo = 0;
};
}  // namespace detail

class Sgp4 {
 public:
  struct State {
    glm::dvec3 posTeme;  // m
    glm::dvec3 velTeme;  // m/s
  };

  // Initialises the model. Fails (kBadInput, saying why) for elements SGP4
  // cannot use: eccentricity outside [0, 1), non-positive mean motion, or a
  // satellite already below the surface at epoch.
  static Result<Sgp4> create(const Tle& tle);

  // Propagates to a time in minutes since the TLE epoch (negative allowed).
  // Fails when the model breaks down (the satellite has decayed, or the
  // perturbed eccentricity leaves [0, 1)); the error then names the reason.
  Result<State> propagateMinutes(double minutesSinceEpoch) const;
  // Same, for an instant in UTC seconds since J2000 (time_scales.h).
  Result<State> propagateUtc(double utcS) const;

  // Minutes since the TLE epoch for a UTC instant. Formed from the epoch's
  // whole day and day fraction separately, so it carries no rounding from a
  // large epoch value.
  double minutesSinceEpoch(double utcS) const;

  const Tle& tle() const { return m_tle; }
  bool isDeepSpace() const { return m_deepSpace; }
  static constexpr bool supportsDeepSpace() { return true; }

 private:
  Sgp4() = default;

  Tle m_tle;
  bool m_deepSpace = false;
  double m_epochDayStartUtcS = 0.0;  // 00:00 UTC of the epoch day
  double m_epochDayFraction = 0.0;

  detail::Sgp4Init m_c;
  detail::Sgp4Deep m_d;
};

}  // namespace rv::astro
