#include "sim/gravity.h"

#include <cmath>

#include "astro/constants.h"

namespace rv::sim {

using namespace rv::astro;

glm::dvec3 gravityAccel(const glm::dvec3& p, GravityModel model) {
  const double r2 = glm::dot(p, p);
  const double r = std::sqrt(r2);
  const double mu = kEarthGm;
  glm::dvec3 a = -mu / (r2 * r) * p;
  if (model == GravityModel::PointMass) return a;

  const double re = kWgs84A;
  const double z2r2 = p.z * p.z / r2;
  // J2 (Vallado, Fundamentals of Astrodynamics, eq. 8-28 differentiated).
  const double k2 = -1.5 * kEarthJ2 * mu * re * re / (r2 * r2 * r);
  a.x += k2 * p.x * (1.0 - 5.0 * z2r2);
  a.y += k2 * p.y * (1.0 - 5.0 * z2r2);
  a.z += k2 * p.z * (3.0 - 5.0 * z2r2);
  if (model == GravityModel::J2) return a;

  // J3 and J4, from the gradient of the zonal potential terms.
  const double r7 = r2 * r2 * r2 * r;
  const double k3 = -2.5 * kEarthJ3 * mu * re * re * re / r7;
  a.x += k3 * p.x * (3.0 * p.z - 7.0 * p.z * z2r2);
  a.y += k3 * p.y * (3.0 * p.z - 7.0 * p.z * z2r2);
  a.z += k3 * (6.0 * p.z * p.z - 7.0 * p.z * p.z * z2r2 - 0.6 * r2);
  const double k4 = 1.875 * kEarthJ4 * mu * re * re * re * re / r7;
  const double z4r4 = z2r2 * z2r2;
  a.x += k4 * p.x * (1.0 - 14.0 * z2r2 + 21.0 * z4r4);
  a.y += k4 * p.y * (1.0 - 14.0 * z2r2 + 21.0 * z4r4);
  a.z += k4 * p.z * (5.0 - 70.0 / 3.0 * z2r2 + 21.0 * z4r4);
  return a;
}

double gravityPotential(const glm::dvec3& p, GravityModel model) {
  const double r = glm::length(p);
  const double mu = kEarthGm;
  double u = -mu / r;
  if (model == GravityModel::PointMass) return u;
  const double s = p.z / r;  // sine of geocentric latitude
  const double q = kWgs84A / r;
  // U = -mu/r [1 - sum Jn (Re/r)^n Pn(sin phi)]
  const double p2 = 0.5 * (3.0 * s * s - 1.0);
  u += mu / r * kEarthJ2 * q * q * p2;
  if (model == GravityModel::J2) return u;
  const double p3 = 0.5 * (5.0 * s * s * s - 3.0 * s);
  const double p4 = 0.125 * (35.0 * s * s * s * s - 30.0 * s * s + 3.0);
  u += mu / r * (kEarthJ3 * q * q * q * p3 + kEarthJ4 * q * q * q * q * p4);
  return u;
}

}  // namespace rv::sim
