#pragma once
// Physical constants used across the engine. SI units throughout.

namespace rv::astro {

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kTwoPi = 2.0 * kPi;
inline constexpr double kDegToRad = kPi / 180.0;
inline constexpr double kRadToDeg = 180.0 / kPi;

// WGS-84 ellipsoid (NIMA TR8350.2).
inline constexpr double kWgs84A = 6378137.0;         // equatorial radius, m
inline constexpr double kWgs84InvF = 298.257223563;  // inverse flattening
inline constexpr double kWgs84F = 1.0 / kWgs84InvF;
inline constexpr double kWgs84B = kWgs84A * (1.0 - kWgs84F);   // polar radius, m
inline constexpr double kWgs84E2 = kWgs84F * (2.0 - kWgs84F);  // first eccentricity squared

// Gravity field (EGM96 / WGS-84 values): GM and unnormalised zonal harmonics.
inline constexpr double kEarthGm = 3.986004418e14;  // m^3/s^2
inline constexpr double kEarthJ2 = 1.08262668e-3;
inline constexpr double kEarthJ3 = -2.53265649e-6;
inline constexpr double kEarthJ4 = -1.61962159e-6;
inline constexpr double kEarthRotationRate = 7.292115e-5;  // rad/s (WGS-84)

inline constexpr double kAstronomicalUnit = 149597870700.0;  // m (IAU 2012)
inline constexpr double kStandardGravity = 9.80665;          // m/s^2

}  // namespace rv::astro
