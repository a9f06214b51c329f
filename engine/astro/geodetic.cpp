#include "astro/geodetic.h"

#include "astro/constants.h"
#include "astro/earth_rotation.h"

#include <cmath>

namespace rv::astro {
namespace {

// Second eccentricity squared, e'^2 = (a^2 - b^2) / b^2.
constexpr double kWgs84Ep2 = kWgs84E2 / (1.0 - kWgs84E2);

// Prime-vertical radius of curvature at a geodetic latitude, m.
double primeVerticalRadius(double sinLat) {
  return kWgs84A / std::sqrt(1.0 - kWgs84E2 * sinLat * sinLat);
}

}  // namespace

Geodetic geodeticFromEcef(const glm::dvec3& r) {
  Geodetic g;
  const double p = std::hypot(r.x, r.y);
  g.lonRad = (p > 0.0) ? std::atan2(r.y, r.x) : 0.0;
  if (p == 0.0 && r.z == 0.0) {
    g.latRad = 0.0;
    g.altM = -kWgs84A;
    return g;
  }
  // Bowring (1976): iterate on the parametric (reduced) latitude beta. One
  // step is already ~0.1 mm for terrestrial heights; three steps make it
  // exact to rounding for anything from the centre to lunar distance.
  double beta = std::atan2(r.z, (1.0 - kWgs84F) * p);
  double lat = 0.0;
  for (int i = 0; i < 4; ++i) {
    const double sb = std::sin(beta), cb = std::cos(beta);
    lat =
        std::atan2(r.z + kWgs84Ep2 * kWgs84B * sb * sb * sb, p - kWgs84E2 * kWgs84A * cb * cb * cb);
    beta = std::atan2((1.0 - kWgs84F) * std::sin(lat), std::cos(lat));
  }
  g.latRad = lat;
  // Height along the normal; this form has no 1/cos(lat) and so stays exact
  // at the poles.
  const double sinLat = std::sin(lat), cosLat = std::cos(lat);
  const double n = primeVerticalRadius(sinLat);
  g.altM = p * cosLat + (r.z + kWgs84E2 * n * sinLat) * sinLat - n;
  return g;
}

glm::dvec3 ecefFromGeodetic(const Geodetic& g) {
  const double sinLat = std::sin(g.latRad), cosLat = std::cos(g.latRad);
  const double n = primeVerticalRadius(sinLat);
  return {(n + g.altM) * cosLat * std::cos(g.lonRad), (n + g.altM) * cosLat * std::sin(g.lonRad),
          (n * (1.0 - kWgs84E2) + g.altM) * sinLat};
}

Geodetic geodeticFromTeme(const glm::dvec3& posTeme, double gmst) {
  return geodeticFromEcef(temeToEcef(posTeme, gmst));
}

glm::dmat3 enuToEcefMatrix(double latRad, double lonRad) {
  const double sLat = std::sin(latRad), cLat = std::cos(latRad);
  const double sLon = std::sin(lonRad), cLon = std::cos(lonRad);
  const glm::dvec3 east(-sLon, cLon, 0.0);
  const glm::dvec3 north(-sLat * cLon, -sLat * sLon, cLat);
  const glm::dvec3 up(cLat * cLon, cLat * sLon, sLat);
  return glm::dmat3(east, north, up);
}

}  // namespace rv::astro
