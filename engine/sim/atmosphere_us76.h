#pragma once
// Atmosphere: U.S. Standard Atmosphere 1976 (NOAA/NASA/USAF, NOAA-S/T 76-1562)
// from the surface to 86 km geometric altitude (the seven lower layers, with
// their base temperatures and lapse rates), and above 86 km the exponential
// density table of Vallado, "Fundamentals of Astrodynamics and Applications",
// 4th ed., Table 8-4 (which follows US76 to 1000 km). Pressure above 86 km is
// carried on exponentially from the 86 km value; it only matters for engine
// back-pressure, where it is already negligible.
// The atmosphere co-rotates with the Earth (drag uses the air-relative
// velocity, see vehicle_dynamics.h).

namespace rv::sim {

struct AtmosphereSample {
  double densityKgM3 = 0.0;
  double pressurePa = 0.0;
  double temperatureK = 0.0;
};

inline constexpr double kSeaLevelPressurePa = 101325.0;  // US76

// Geometric altitude above the WGS-84 ellipsoid, metres. Below 0 the sea-level
// values are returned; above 1000 km the 1000 km scale height continues.
AtmosphereSample us76Atmosphere(double altitudeM);

}  // namespace rv::sim
