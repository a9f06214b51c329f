#include "sim/ellipsoid_altitude.h"

#include <cmath>

#include "astro/constants.h"

namespace rv::sim {
namespace {

struct LatHeight {
  double latRad, heightM;
};

LatHeight bowring(const glm::dvec3& p) {
  using namespace rv::astro;
  const double a = kWgs84A;
  const double b = kWgs84B;
  const double e2 = kWgs84E2;
  const double ep2 = (a * a - b * b) / (b * b);
  const double rho = std::sqrt(p.x * p.x + p.y * p.y);
  const double beta = std::atan2(a * p.z, b * rho);
  const double sb = std::sin(beta);
  const double cb = std::cos(beta);
  const double lat = std::atan2(p.z + ep2 * b * sb * sb * sb, rho - e2 * a * cb * cb * cb);
  const double sl = std::sin(lat);
  const double cl = std::cos(lat);
  const double n = a / std::sqrt(1.0 - e2 * sl * sl);
  double h = 0.0;
  if (std::abs(cl) > 1e-9) {
    h = rho / cl - n;
  } else {
    h = std::abs(p.z) - b;
  }
  return {lat, h};
}

}  // namespace

double ellipsoidHeightM(const glm::dvec3& p) {
  return bowring(p).heightM;
}
double geodeticLatitudeRad(const glm::dvec3& p) {
  return bowring(p).latRad;
}

}  // namespace rv::sim
