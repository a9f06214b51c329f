#include "sim/atmosphere_us76.h"

#include <array>
#include <cmath>

namespace rv::sim {
namespace {

// US76 layers below 86 km in geopotential altitude (m'), with base temperature
// (K), lapse rate (K/m') and base pressure (Pa). NOAA-S/T 76-1562, Table 4.
struct Layer {
  double baseHm, baseTk, lapseKPerM, basePPa;
};
constexpr std::array<Layer, 7> kLayers{{
    {0.0, 288.15, -0.0065, 101325.0},
    {11000.0, 216.65, 0.0, 22632.06},
    {20000.0, 216.65, 0.001, 5474.889},
    {32000.0, 228.65, 0.0028, 868.0187},
    {47000.0, 270.65, 0.0, 110.9063},
    {51000.0, 270.65, -0.0028, 66.93887},
    {71000.0, 214.65, -0.002, 3.956420},
}};
constexpr double kG0 = 9.80665;                 // m/s^2
constexpr double kAirR = 287.053;               // J/(kg K), R*/M0 of US76
constexpr double kEarthRadiusUs76 = 6356766.0;  // m, for geopotential altitude
constexpr double kTop86Km = 86000.0;

// Vallado Table 8-4: base altitude (km), density (kg/m^3), scale height (km).
struct ExpBand {
  double baseKm, rho0, scaleKm;
};
constexpr std::array<ExpBand, 21> kUpper{{
    {80.0, 1.905e-5, 5.799},    {90.0, 3.396e-6, 5.382},    {100.0, 5.297e-7, 5.877},
    {110.0, 9.661e-8, 7.263},   {120.0, 2.438e-8, 9.473},   {130.0, 8.484e-9, 12.636},
    {140.0, 3.845e-9, 16.149},  {150.0, 2.070e-9, 22.523},  {180.0, 5.464e-10, 29.740},
    {200.0, 2.789e-10, 37.105}, {250.0, 7.248e-11, 45.546}, {300.0, 2.418e-11, 53.628},
    {350.0, 9.518e-12, 53.298}, {400.0, 3.725e-12, 58.515}, {450.0, 1.585e-12, 60.828},
    {500.0, 6.967e-13, 63.822}, {600.0, 1.454e-13, 71.835}, {700.0, 3.614e-14, 88.667},
    {800.0, 1.170e-14, 124.64}, {900.0, 5.245e-15, 181.05}, {1000.0, 3.019e-15, 268.00},
}};

AtmosphereSample lowerAtmosphere(double altitudeM) {
  const double h = kEarthRadiusUs76 * altitudeM / (kEarthRadiusUs76 + altitudeM);
  const Layer* layer = &kLayers[0];
  for (const Layer& l : kLayers) {
    if (h >= l.baseHm) layer = &l;
  }
  const double dh = h - layer->baseHm;
  const double t = layer->baseTk + layer->lapseKPerM * dh;
  double p = 0.0;
  if (layer->lapseKPerM == 0.0) {
    p = layer->basePPa * std::exp(-kG0 * dh / (kAirR * layer->baseTk));
  } else {
    p = layer->basePPa * std::pow(layer->baseTk / t, kG0 / (kAirR * layer->lapseKPerM));
  }
  return {p / (kAirR * t), p, t};
}

}  // namespace

AtmosphereSample us76Atmosphere(double altitudeM) {
  if (altitudeM < 0.0) altitudeM = 0.0;
  if (altitudeM <= kTop86Km) return lowerAtmosphere(altitudeM);
  // Above 86 km: exponential bands (density), pressure decays from 86 km with
  // the 86 km temperature's scale height; temperature held at 186.87 K (US76
  // value at 86 km) since nothing downstream uses it there.
  const double km = altitudeM / 1000.0;
  const ExpBand* band = &kUpper[0];
  for (const ExpBand& b : kUpper) {
    if (km >= b.baseKm) band = &b;
  }
  const double rho = band->rho0 * std::exp(-(km - band->baseKm) / band->scaleKm);
  const AtmosphereSample top = lowerAtmosphere(kTop86Km);
  const double scaleHeightM = kAirR * top.temperatureK / kG0;
  const double p = top.pressurePa * std::exp(-(altitudeM - kTop86Km) / scaleHeightM);
  return {rho, p, top.temperatureK};
}

}  // namespace rv::sim
