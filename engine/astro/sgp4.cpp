#include "astro/sgp4.h"

// [SECTION] constants      WGS-72 and model constants
// [SECTION] deep space     SDP4 lunar/solar terms and resonance (dscom,
//                          dpper, dsinit, dspace in the paper's naming)
// [SECTION] init           Sgp4::create
// [SECTION] propagate      Sgp4::propagateMinutes
//
// Internal units are those of the model: distance in earth radii (WGS-72),
// time in minutes, angles in radians. Results are converted to m and m/s at
// the very end. Variable names follow the paper's where a reader will want to
// compare a line with it.
//
// Four functions here are longer than the 120 lines the rest of the code
// keeps to (create, initDeepSecular, deepCommon, propagateMinutes): each is
// one step of the reference implementation (sgp4init, dsinit, dscom, sgp4),
// kept whole and in its order so that it can be checked against the paper's
// code line by line; split, it would no longer read like the reference.

#include "astro/constants.h"
#include "astro/earth_rotation.h"
#include "astro/time_scales.h"

#include <cmath>

namespace rv::astro {
namespace {

// ============================================================================
// [SECTION] constants
// ============================================================================

// WGS-72, as used to fit TLEs (Vallado et al. 2006, getgravconst "wgs72").
constexpr double kMuKm3S2 = 398600.8;   // km^3/s^2
constexpr double kRadiusKm = 6378.135;  // equatorial radius, km
constexpr double kJ2 = 0.001082616;
constexpr double kJ3 = -0.00000253881;
constexpr double kJ4 = -0.00000165597;
constexpr double kJ3OverJ2 = kJ3 / kJ2;
// sqrt(GM) in earth radii^1.5 per minute.
const double kXke = 60.0 / std::sqrt(kRadiusKm * kRadiusKm * kRadiusKm / kMuKm3S2);
// One earth radius per minute, in km/s.
const double kVelKmPerS = kRadiusKm * kXke / 60.0;

constexpr double kTwoThirds = 2.0 / 3.0;
constexpr double kMinutesPerDay = 1440.0;
// Density-function parameters of the atmosphere model: s = 78 km above the
// surface, q0 = 120 km.
constexpr double kSKm = 78.0;
constexpr double kQ0Km = 120.0;
// A period of 225 minutes or more selects the deep-space model.
constexpr double kDeepSpacePeriodMin = 225.0;
// Julian date of 1950-01-00 0h, SGP4's historical epoch origin.
constexpr double kJd1950 = 2433281.5;

double wrapTwoPi(double a) {
  return std::fmod(a, kTwoPi);
}

}  // namespace

// ============================================================================
// [SECTION] deep space
// ============================================================================
// Lunar and solar perturbations and the 12 h / 24 h geopotential resonances
// of SDP4 (Hujsak 1979; Hoots & Roehrich 1980), in the corrected form of
// Vallado et al. 2006. The constants are the published model's.

namespace {

// Solar and lunar mean-orbit parameters used by the model.
constexpr double kZes = 0.01675;        // solar eccentricity
constexpr double kZel = 0.05490;        // lunar eccentricity
constexpr double kZns = 1.19459e-5;     // solar mean motion, rad/min
constexpr double kZnl = 1.5835218e-4;   // lunar mean motion, rad/min
constexpr double kC1ss = 2.9864797e-6;  // solar perturbation coefficient
constexpr double kC1l = 4.7968065e-7;   // lunar perturbation coefficient
constexpr double kZsinis = 0.39785416;  // sin/cos of the ecliptic obliquity
constexpr double kZcosis = 0.91744867;
constexpr double kZcosgs = 0.1945905;  // solar argument of perigee terms
constexpr double kZsings = -0.98088458;
// Earth rotation rate in rad/min, as the model has it.
constexpr double kRptim = 4.37526908801129966e-3;

// Everything dscom produces that later stages use.
struct DeepCommon {
  double sinim = 0, cosim = 0, em = 0, emsq = 0, nm = 0;
  double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
  double ss1 = 0, ss2 = 0, ss3 = 0, ss4 = 0, ss5 = 0;
  double sz1 = 0, sz3 = 0, sz11 = 0, sz13 = 0, sz21 = 0, sz23 = 0, sz31 = 0, sz33 = 0;
  double z1 = 0, z3 = 0, z11 = 0, z13 = 0, z21 = 0, z23 = 0, z31 = 0, z33 = 0;
};

// Coefficients of the lunar/solar terms for one perturbing body.
struct BodyTerms {
  double s1, s2, s3, s4, s5, s6, s7;
  double z1, z2, z3, z11, z12, z13, z21, z22, z23, z31, z32, z33;
};

// dscom: lunar/solar geometry at epoch and the coefficients of their
// periodic and secular effects. epoch1950 is days since 1950-01-00 0h.
DeepCommon deepCommon(double epoch1950, double ecc, double argp, double incl, double node,
                      double meanMotion, detail::Sgp4Deep& d) {
  DeepCommon c;
  c.nm = meanMotion;
  c.em = ecc;
  const double snodm = std::sin(node), cnodm = std::cos(node);
  const double sinomm = std::sin(argp), cosomm = std::cos(argp);
  c.sinim = std::sin(incl);
  c.cosim = std::cos(incl);
  c.emsq = ecc * ecc;
  const double betasq = 1.0 - c.emsq;
  const double rtemsq = std::sqrt(betasq);

  // Lunar orbit orientation at epoch (day counted from 1900-01-00 12h).
  const double day = epoch1950 + 18261.5;
  const double xnodce = std::fmod(4.5236020 - 9.2422029e-4 * day, kTwoPi);
  const double stem = std::sin(xnodce), ctem = std::cos(xnodce);
  const double zcosil = 0.91375164 - 0.03568096 * ctem;
  const double zsinil = std::sqrt(1.0 - zcosil * zcosil);
  const double zsinhl = 0.089683511 * stem / zsinil;
  const double zcoshl = std::sqrt(1.0 - zsinhl * zsinhl);
  const double gam = 5.8351514 + 0.0019443680 * day;
  double zx = 0.39785416 * stem / zsinil;
  const double zy = zcoshl * ctem + 0.91744867 * zsinhl * stem;
  zx = gam + std::atan2(zx, zy) - xnodce;
  const double zcosgl = std::cos(zx), zsingl = std::sin(zx);

  // The same algebra for the Sun (first) and the Moon (second).
  auto terms = [&](double zcosg, double zsing, double zcosi, double zsini, double zcosh,
                   double zsinh, double cc) {
    const double a1 = zcosg * zcosh + zsing * zcosi * zsinh;
    const double a3 = -zsing * zcosh + zcosg * zcosi * zsinh;
    const double a7 = -zcosg * zsinh + zsing * zcosi * zcosh;
    const double a8 = zsing * zsini;
    const double a9 = zsing * zsinh + zcosg * zcosi * zcosh;
    const double a10 = zcosg * zsini;
    const double a2 = c.cosim * a7 + c.sinim * a8;
    const double a4 = c.cosim * a9 + c.sinim * a10;
    const double a5 = -c.sinim * a7 + c.cosim * a8;
    const double a6 = -c.sinim * a9 + c.cosim * a10;

    const double x1 = a1 * cosomm + a2 * sinomm;
    const double x2 = a3 * cosomm + a4 * sinomm;
    const double x3 = -a1 * sinomm + a2 * cosomm;
    const double x4 = -a3 * sinomm + a4 * cosomm;
    const double x5 = a5 * sinomm;
    const double x6 = a6 * sinomm;
    const double x7 = a5 * cosomm;
    const double x8 = a6 * cosomm;

    BodyTerms b{};
    const double emsq = c.emsq;
    b.z31 = 12.0 * x1 * x1 - 3.0 * x3 * x3;
    b.z32 = 24.0 * x1 * x2 - 6.0 * x3 * x4;
    b.z33 = 12.0 * x2 * x2 - 3.0 * x4 * x4;
    b.z1 = 3.0 * (a1 * a1 + a2 * a2) + b.z31 * emsq;
    b.z2 = 6.0 * (a1 * a3 + a2 * a4) + b.z32 * emsq;
    b.z3 = 3.0 * (a3 * a3 + a4 * a4) + b.z33 * emsq;
    b.z11 = -6.0 * a1 * a5 + emsq * (-24.0 * x1 * x7 - 6.0 * x3 * x5);
    b.z12 = -6.0 * (a1 * a6 + a3 * a5) +
            emsq * (-24.0 * (x2 * x7 + x1 * x8) - 6.0 * (x3 * x6 + x4 * x5));
    b.z13 = -6.0 * a3 * a6 + emsq * (-24.0 * x2 * x8 - 6.0 * x4 * x6);
    b.z21 = 6.0 * a2 * a5 + emsq * (24.0 * x1 * x5 - 6.0 * x3 * x7);
    b.z22 =
        6.0 * (a4 * a5 + a2 * a6) + emsq * (24.0 * (x2 * x5 + x1 * x6) - 6.0 * (x4 * x7 + x3 * x8));
    b.z23 = 6.0 * a4 * a6 + emsq * (24.0 * x2 * x6 - 6.0 * x4 * x8);
    b.z1 = b.z1 + b.z1 + betasq * b.z31;
    b.z2 = b.z2 + b.z2 + betasq * b.z32;
    b.z3 = b.z3 + b.z3 + betasq * b.z33;
    b.s3 = cc / c.nm;
    b.s2 = -0.5 * b.s3 / rtemsq;
    b.s4 = b.s3 * rtemsq;
    b.s1 = -15.0 * c.em * b.s4;
    b.s5 = x1 * x3 + x2 * x4;
    b.s6 = x2 * x3 + x1 * x4;
    b.s7 = x2 * x4 - x1 * x3;
    return b;
  };

  const BodyTerms sun = terms(kZcosgs, kZsings, kZcosis, kZsinis, cnodm, snodm, kC1ss);
  const double zcoshMoon = zcoshl * cnodm + zsinhl * snodm;
  const double zsinhMoon = snodm * zcoshl - cnodm * zsinhl;
  const BodyTerms moon = terms(zcosgl, zsingl, zcosil, zsinil, zcoshMoon, zsinhMoon, kC1l);

  d.zmol = std::fmod(4.7199672 + 0.22997150 * day - gam, kTwoPi);
  d.zmos = std::fmod(6.2565837 + 0.017201977 * day, kTwoPi);

  // Solar periodic coefficients.
  d.se2 = 2.0 * sun.s1 * sun.s6;
  d.se3 = 2.0 * sun.s1 * sun.s7;
  d.si2 = 2.0 * sun.s2 * sun.z12;
  d.si3 = 2.0 * sun.s2 * (sun.z13 - sun.z11);
  d.sl2 = -2.0 * sun.s3 * sun.z2;
  d.sl3 = -2.0 * sun.s3 * (sun.z3 - sun.z1);
  d.sl4 = -2.0 * sun.s3 * (-21.0 - 9.0 * c.emsq) * kZes;
  d.sgh2 = 2.0 * sun.s4 * sun.z32;
  d.sgh3 = 2.0 * sun.s4 * (sun.z33 - sun.z31);
  d.sgh4 = -18.0 * sun.s4 * kZes;
  d.sh2 = -2.0 * sun.s2 * sun.z22;
  d.sh3 = -2.0 * sun.s2 * (sun.z23 - sun.z21);
  // Lunar periodic coefficients.
  d.ee2 = 2.0 * moon.s1 * moon.s6;
  d.e3 = 2.0 * moon.s1 * moon.s7;
  d.xi2 = 2.0 * moon.s2 * moon.z12;
  d.xi3 = 2.0 * moon.s2 * (moon.z13 - moon.z11);
  d.xl2 = -2.0 * moon.s3 * moon.z2;
  d.xl3 = -2.0 * moon.s3 * (moon.z3 - moon.z1);
  d.xl4 = -2.0 * moon.s3 * (-21.0 - 9.0 * c.emsq) * kZel;
  d.xgh2 = 2.0 * moon.s4 * moon.z32;
  d.xgh3 = 2.0 * moon.s4 * (moon.z33 - moon.z31);
  d.xgh4 = -18.0 * moon.s4 * kZel;
  d.xh2 = -2.0 * moon.s2 * moon.z22;
  d.xh3 = -2.0 * moon.s2 * (moon.z23 - moon.z21);

  c.s1 = moon.s1;
  c.s2 = moon.s2;
  c.s3 = moon.s3;
  c.s4 = moon.s4;
  c.s5 = moon.s5;
  c.ss1 = sun.s1;
  c.ss2 = sun.s2;
  c.ss3 = sun.s3;
  c.ss4 = sun.s4;
  c.ss5 = sun.s5;
  c.sz1 = sun.z1;
  c.sz3 = sun.z3;
  c.sz11 = sun.z11;
  c.sz13 = sun.z13;
  c.sz21 = sun.z21;
  c.sz23 = sun.z23;
  c.sz31 = sun.z31;
  c.sz33 = sun.z33;
  c.z1 = moon.z1;
  c.z3 = moon.z3;
  c.z11 = moon.z11;
  c.z13 = moon.z13;
  c.z21 = moon.z21;
  c.z23 = moon.z23;
  c.z31 = moon.z31;
  c.z33 = moon.z33;
  return c;
}

// Osculating elements being corrected by the deep-space periodics.
struct PeriodicElements {
  double ecc, incl, node, argp, meanAnomaly;
};

// dpper: lunar/solar periodic corrections at time t (minutes since epoch).
// The reference code subtracts the values at epoch (peo, pinco, ...), but
// those are never set to anything but zero there, so they are left out.
void applyDeepPeriodics(const detail::Sgp4Deep& d, double t, PeriodicElements& e) {
  auto bodyTerms = [t](double zmo, double zn, double ze, double& f2, double& f3, double& sinzf) {
    const double zm = zmo + zn * t;
    const double zf = zm + 2.0 * ze * std::sin(zm);
    sinzf = std::sin(zf);
    f2 = 0.5 * sinzf * sinzf - 0.25;
    f3 = -0.5 * sinzf * std::cos(zf);
  };
  double f2 = 0, f3 = 0, sinzf = 0;
  bodyTerms(d.zmos, kZns, kZes, f2, f3, sinzf);
  const double ses = d.se2 * f2 + d.se3 * f3;
  const double sis = d.si2 * f2 + d.si3 * f3;
  const double sls = d.sl2 * f2 + d.sl3 * f3 + d.sl4 * sinzf;
  const double sghs = d.sgh2 * f2 + d.sgh3 * f3 + d.sgh4 * sinzf;
  const double shs = d.sh2 * f2 + d.sh3 * f3;
  bodyTerms(d.zmol, kZnl, kZel, f2, f3, sinzf);
  const double sel = d.ee2 * f2 + d.e3 * f3;
  const double sil = d.xi2 * f2 + d.xi3 * f3;
  const double sll = d.xl2 * f2 + d.xl3 * f3 + d.xl4 * sinzf;
  const double sghl = d.xgh2 * f2 + d.xgh3 * f3 + d.xgh4 * sinzf;
  const double shll = d.xh2 * f2 + d.xh3 * f3;

  const double pe = ses + sel;
  const double pinc = sis + sil;
  const double pl = sls + sll;
  double pgh = sghs + sghl;
  double ph = shs + shll;

  e.incl += pinc;
  e.ecc += pe;
  const double sinip = std::sin(e.incl), cosip = std::cos(e.incl);
  if (e.incl >= 0.2) {
    ph /= sinip;
    pgh -= cosip * ph;
    e.argp += pgh;
    e.node += ph;
    e.meanAnomaly += pl;
  } else {
    // Lyddane's modification for low inclinations, where dividing by
    // sin(i) would blow up: apply the node/inclination changes to the
    // components of the angular momentum direction instead.
    const double sinop = std::sin(e.node), cosop = std::cos(e.node);
    double alfdp = sinip * sinop;
    double betdp = sinip * cosop;
    alfdp += ph * cosop + pinc * cosip * sinop;
    betdp += -ph * sinop + pinc * cosip * cosop;
    e.node = std::fmod(e.node, kTwoPi);  // improved mode: no shift into [0, 2pi)
    double xls = e.meanAnomaly + e.argp + cosip * e.node;
    xls += pl + pgh - pinc * e.node * sinip;
    const double nodeBefore = e.node;
    e.node = std::atan2(alfdp, betdp);
    // Keep the node on the same branch as before the correction.
    if (std::fabs(nodeBefore - e.node) > kPi) {
      e.node += e.node < nodeBefore ? kTwoPi : -kTwoPi;
    }
    e.meanAnomaly += pl;
    e.argp = xls - e.meanAnomaly - cosip * e.node;
  }
}

// dsinit: secular rates from the Sun and Moon, and the resonance
// coefficients. k holds the epoch elements, the near-earth rates and gsto.
void initDeepSecular(const DeepCommon& c, const detail::Sgp4Init& k, double eccsq, double xpidot,
                     detail::Sgp4Deep& d) {
  constexpr double kQ22 = 1.7891679e-6;
  constexpr double kQ31 = 2.1460748e-6;
  constexpr double kQ33 = 2.2123015e-7;
  constexpr double kRoot22 = 1.7891679e-6;
  constexpr double kRoot44 = 7.3636953e-9;
  constexpr double kRoot54 = 2.1765803e-9;
  constexpr double kRoot32 = 3.7393792e-7;
  constexpr double kRoot52 = 1.1428639e-7;
  // Inclinations within 3 degrees of 0 or 180 drop the node-rate terms.
  constexpr double kLowIncl = 5.2359877e-2;

  const double nm = c.nm;
  double em = c.em;
  double emsq = c.emsq;
  const double inclm = k.inclo;

  d.irez = 0;
  if (nm < 0.0052359877 && nm > 0.0034906585) d.irez = 1;       // period ~20-30 h
  if (nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5) d.irez = 2;  // ~11-12.7 h, eccentric

  // Solar secular terms.
  const double ses = c.ss1 * kZns * c.ss5;
  const double sis = c.ss2 * kZns * (c.sz11 + c.sz13);
  const double sls = -kZns * c.ss3 * (c.sz1 + c.sz3 - 14.0 - 6.0 * emsq);
  const double sghs = c.ss4 * kZns * (c.sz31 + c.sz33 - 6.0);
  double shs = -kZns * c.ss2 * (c.sz21 + c.sz23);
  if (inclm < kLowIncl || inclm > kPi - kLowIncl) shs = 0.0;
  if (c.sinim != 0.0) shs /= c.sinim;
  const double sgs = sghs - c.cosim * shs;

  // Lunar secular terms.
  d.dedt = ses + c.s1 * kZnl * c.s5;
  d.didt = sis + c.s2 * kZnl * (c.z11 + c.z13);
  d.dmdt = sls - kZnl * c.s3 * (c.z1 + c.z3 - 14.0 - 6.0 * emsq);
  const double sghl = c.s4 * kZnl * (c.z31 + c.z33 - 6.0);
  double shll = -kZnl * c.s2 * (c.z21 + c.z23);
  if (inclm < kLowIncl || inclm > kPi - kLowIncl) shll = 0.0;
  d.domdt = sgs + sghl;
  d.dnodt = shs;
  if (c.sinim != 0.0) {
    d.domdt -= c.cosim / c.sinim * shll;
    d.dnodt += shll / c.sinim;
  }

  if (d.irez == 0) return;

  const double theta = std::fmod(k.gsto, kTwoPi);
  const double aonv = std::pow(nm / kXke, kTwoThirds);
  const double sinim = c.sinim, cosim = c.cosim;

  if (d.irez == 2) {
    // Half-day resonance: eccentricity functions G(e) fitted in ranges.
    const double cosisq = cosim * cosim;
    em = k.ecco;
    emsq = eccsq;
    const double eoc = em * emsq;
    const double g201 = -0.306 - (em - 0.64) * 0.440;
    double g211, g310, g322, g410, g422, g520, g521, g532, g533;
    if (em <= 0.65) {
      g211 = 3.616 - 13.2470 * em + 16.2900 * emsq;
      g310 = -19.302 + 117.3900 * em - 228.4190 * emsq + 156.5910 * eoc;
      g322 = -18.9068 + 109.7927 * em - 214.6334 * emsq + 146.5816 * eoc;
      g410 = -41.122 + 242.6940 * em - 471.0940 * emsq + 313.9530 * eoc;
      g422 = -146.407 + 841.8800 * em - 1629.014 * emsq + 1083.4350 * eoc;
      g520 = -532.114 + 3017.977 * em - 5740.032 * emsq + 3708.2760 * eoc;
    } else {
      g211 = -72.099 + 331.819 * em - 508.738 * emsq + 266.724 * eoc;
      g310 = -346.844 + 1582.851 * em - 2415.925 * emsq + 1246.113 * eoc;
      g322 = -342.585 + 1554.908 * em - 2366.899 * emsq + 1215.972 * eoc;
      g410 = -1052.797 + 4758.686 * em - 7193.992 * emsq + 3651.957 * eoc;
      g422 = -3581.690 + 16178.110 * em - 24462.770 * emsq + 12422.520 * eoc;
      if (em > 0.715) {
        g520 = -5149.66 + 29936.92 * em - 54087.36 * emsq + 31324.56 * eoc;
      } else {
        g520 = 1464.74 - 4664.75 * em + 3763.64 * emsq;
      }
    }
    if (em < 0.7) {
      g533 = -919.22770 + 4988.6100 * em - 9064.7700 * emsq + 5542.21 * eoc;
      g521 = -822.71072 + 4568.6173 * em - 8491.4146 * emsq + 5337.524 * eoc;
      g532 = -853.66600 + 4690.2500 * em - 8624.7700 * emsq + 5341.4 * eoc;
    } else {
      g533 = -37995.780 + 161616.52 * em - 229838.20 * emsq + 109377.94 * eoc;
      g521 = -51752.104 + 218913.95 * em - 309468.16 * emsq + 146349.42 * eoc;
      g532 = -40023.880 + 170470.89 * em - 242699.48 * emsq + 115605.82 * eoc;
    }
    // Inclination functions F(i).
    const double sini2 = sinim * sinim;
    const double f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq);
    const double f221 = 1.5 * sini2;
    const double f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq);
    const double f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq);
    const double f441 = 35.0 * sini2 * f220;
    const double f442 = 39.3750 * sini2 * sini2;
    const double f522 = 9.84375 * sinim *
                        (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq) +
                         0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq));
    const double f523 = sinim * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq) +
                                 6.56250012 * (1.0 + 2.0 * cosim - 3.0 * cosisq));
    const double f542 =
        29.53125 * sinim * (2.0 - 8.0 * cosim + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq));
    const double f543 =
        29.53125 * sinim * (-2.0 - 8.0 * cosim + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq));
    const double xno2 = nm * nm;
    const double ainv2 = aonv * aonv;
    double temp1 = 3.0 * xno2 * ainv2;
    double temp = temp1 * kRoot22;
    d.d2201 = temp * f220 * g201;
    d.d2211 = temp * f221 * g211;
    temp1 *= aonv;
    temp = temp1 * kRoot32;
    d.d3210 = temp * f321 * g310;
    d.d3222 = temp * f322 * g322;
    temp1 *= aonv;
    temp = 2.0 * temp1 * kRoot44;
    d.d4410 = temp * f441 * g410;
    d.d4422 = temp * f442 * g422;
    temp1 *= aonv;
    temp = temp1 * kRoot52;
    d.d5220 = temp * f522 * g520;
    d.d5232 = temp * f523 * g532;
    temp = 2.0 * temp1 * kRoot54;
    d.d5421 = temp * f542 * g521;
    d.d5433 = temp * f543 * g533;
    d.xlamo = std::fmod(k.mo + k.nodeo + k.nodeo - theta - theta, kTwoPi);
    d.xfact = k.mdot + d.dmdt + 2.0 * (k.nodedot + d.dnodt - kRptim) - k.noUnkozai;
  } else {
    // One-day (synchronous) resonance.
    const double g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq);
    const double g310 = 1.0 + 2.0 * emsq;
    const double g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq);
    const double f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim);
    const double f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim);
    double f330 = 1.0 + cosim;
    f330 = 1.875 * f330 * f330 * f330;
    const double del1 = 3.0 * nm * nm * aonv * aonv;
    d.del2 = 2.0 * del1 * f220 * g200 * kQ22;
    d.del3 = 3.0 * del1 * f330 * g300 * kQ33 * aonv;
    d.del1 = del1 * f311 * g310 * kQ31 * aonv;
    d.xlamo = std::fmod(k.mo + k.nodeo + k.argpo - theta, kTwoPi);
    d.xfact = k.mdot + xpidot - kRptim + d.dmdt + d.domdt + d.dnodt - k.noUnkozai;
  }
}

// Mean elements at time t after deep-space secular and resonance effects.
struct DeepSecular {
  double ecc, incl, argp, node, meanAnomaly, meanMotion;
};

// dspace: applies the secular rates and, for resonant orbits, integrates the
// resonance equations from epoch with the model's fixed 720-minute Euler-
// Maclaurin steps. Always starting at epoch keeps propagation a pure function
// of t; the reference code caches the last step, which gives the same steps.
DeepSecular deepSecular(const detail::Sgp4Deep& d, const detail::Sgp4Init& k, double t,
                        DeepSecular m) {
  constexpr double kFasx2 = 0.13130908;
  constexpr double kFasx4 = 2.8843198;
  constexpr double kFasx6 = 0.37448087;
  constexpr double kG22 = 5.7686396;
  constexpr double kG32 = 0.95240898;
  constexpr double kG44 = 1.8014998;
  constexpr double kG52 = 1.0508330;
  constexpr double kG54 = 4.4108898;
  constexpr double kStep = 720.0;      // minutes
  constexpr double kStep2 = 259200.0;  // kStep^2 / 2

  const double theta = std::fmod(k.gsto + t * kRptim, kTwoPi);
  m.ecc += d.dedt * t;
  m.incl += d.didt * t;
  m.argp += d.domdt * t;
  m.node += d.dnodt * t;
  m.meanAnomaly += d.dmdt * t;
  if (d.irez == 0) return m;

  double atime = 0.0;
  double xni = k.noUnkozai;
  double xli = d.xlamo;
  const double delt = t > 0.0 ? kStep : -kStep;
  double xndt = 0, xldot = 0, xnddt = 0, ft = 0;
  for (;;) {
    // Derivatives of the mean motion and the resonance angle.
    if (d.irez != 2) {
      xndt = d.del1 * std::sin(xli - kFasx2) + d.del2 * std::sin(2.0 * (xli - kFasx4)) +
             d.del3 * std::sin(3.0 * (xli - kFasx6));
      xldot = xni + d.xfact;
      xnddt = d.del1 * std::cos(xli - kFasx2) + 2.0 * d.del2 * std::cos(2.0 * (xli - kFasx4)) +
              3.0 * d.del3 * std::cos(3.0 * (xli - kFasx6));
      xnddt *= xldot;
    } else {
      const double xomi = k.argpo + k.argpdot * atime;
      const double x2omi = xomi + xomi;
      const double x2li = xli + xli;
      xndt = d.d2201 * std::sin(x2omi + xli - kG22) + d.d2211 * std::sin(xli - kG22) +
             d.d3210 * std::sin(xomi + xli - kG32) + d.d3222 * std::sin(-xomi + xli - kG32) +
             d.d4410 * std::sin(x2omi + x2li - kG44) + d.d4422 * std::sin(x2li - kG44) +
             d.d5220 * std::sin(xomi + xli - kG52) + d.d5232 * std::sin(-xomi + xli - kG52) +
             d.d5421 * std::sin(xomi + x2li - kG54) + d.d5433 * std::sin(-xomi + x2li - kG54);
      xldot = xni + d.xfact;
      xnddt =
          d.d2201 * std::cos(x2omi + xli - kG22) + d.d2211 * std::cos(xli - kG22) +
          d.d3210 * std::cos(xomi + xli - kG32) + d.d3222 * std::cos(-xomi + xli - kG32) +
          d.d5220 * std::cos(xomi + xli - kG52) + d.d5232 * std::cos(-xomi + xli - kG52) +
          2.0 * (d.d4410 * std::cos(x2omi + x2li - kG44) + d.d4422 * std::cos(x2li - kG44) +
                 d.d5421 * std::cos(xomi + x2li - kG54) + d.d5433 * std::cos(-xomi + x2li - kG54));
      xnddt *= xldot;
    }
    if (std::fabs(t - atime) < kStep) {
      ft = t - atime;
      break;
    }
    xli += xldot * delt + xndt * kStep2;
    xni += xndt * delt + xnddt * kStep2;
    atime += delt;
  }
  const double nm = xni + xndt * ft + xnddt * ft * ft * 0.5;
  const double xl = xli + xldot * ft + xndt * ft * ft * 0.5;
  if (d.irez != 1) {
    m.meanAnomaly = xl - 2.0 * m.node + 2.0 * theta;
  } else {
    m.meanAnomaly = xl - m.node - m.argp + theta;
  }
  // Written as the reference code does (no + (nm - no)) to round alike.
  m.meanMotion = k.noUnkozai + (nm - k.noUnkozai);
  return m;
}

}  // namespace

// ============================================================================
// [SECTION] init
// ============================================================================

Result<Sgp4> Sgp4::create(const Tle& tle) {
  auto bad = [](const std::string& why) -> Result<Sgp4> {
    return fail("SGP4 (catalog " + why, ErrorKind::kBadInput);
  };
  const std::string who = std::to_string(tle.catalogNumber) + "): ";

  Sgp4 s;
  s.m_tle = tle;
  CalendarUtc newYear;
  newYear.year = tle.epochYear;
  s.m_epochDayStartUtcS = utcFromCalendar(newYear) + (tle.epochDayOfYear - 1) * kSecondsPerDay;
  s.m_epochDayFraction = tle.epochDayFraction;

  detail::Sgp4Init& k = s.m_c;
  // TLE units -> model units: rev/day -> rad/min.
  const double revPerDayToRadPerMin = kTwoPi / kMinutesPerDay;
  const double noKozai = tle.meanMotionRevPerDay * revPerDayToRadPerMin;
  k.ecco = tle.eccentricity;
  k.inclo = tle.inclinationRad;
  k.nodeo = tle.raanRad;
  k.argpo = tle.argPerigeeRad;
  k.mo = tle.meanAnomalyRad;
  k.bstar = tle.bstar;

  if (!(noKozai > 0.0)) return bad(who + "mean motion must be positive");
  if (!(k.ecco >= 0.0 && k.ecco < 1.0)) {
    return bad(who + "eccentricity " + std::to_string(k.ecco) + " is outside [0, 1)");
  }

  // ---- initl: recover the Brouwer mean motion and semi-major axis from the
  // Kozai mean motion the TLE carries.
  const double eccsq = k.ecco * k.ecco;
  const double omeosq = 1.0 - eccsq;
  const double rteosq = std::sqrt(omeosq);
  const double cosio = std::cos(k.inclo);
  const double cosio2 = cosio * cosio;
  {
    const double ak = std::pow(kXke / noKozai, kTwoThirds);
    const double d1 = 0.75 * kJ2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq);
    double del = d1 / (ak * ak);
    const double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
    del = d1 / (adel * adel);
    k.noUnkozai = noKozai / (1.0 + del);
  }
  k.ao = std::pow(kXke / k.noUnkozai, kTwoThirds);
  const double sinio = std::sin(k.inclo);
  const double po = k.ao * omeosq;
  const double con42 = 1.0 - 5.0 * cosio2;
  k.con41 = -con42 - cosio2 - cosio2;
  const double posq = po * po;
  const double rp = k.ao * (1.0 - k.ecco);
  // Improved mode: GMST at epoch from the IAU-82 formula (UT1 taken = UTC).
  const double jdEpoch = julianDate(s.m_epochDayStartUtcS) + s.m_epochDayFraction;
  k.gsto = gmstRad(jdEpoch);

  // ---- drag and secular coefficients.
  // Below 220 km perigee the drag terms beyond C1 are dropped.
  k.isimp = rp < 220.0 / kRadiusKm + 1.0;
  // The atmosphere parameter s is lowered for perigees below 156 km.
  double sfour = kSKm / kRadiusKm + 1.0;
  double qzms24 = std::pow((kQ0Km - kSKm) / kRadiusKm, 4.0);
  const double perigeeKm = (rp - 1.0) * kRadiusKm;
  if (perigeeKm < 156.0) {
    sfour = perigeeKm - 78.0;
    if (perigeeKm < 98.0) sfour = 20.0;
    qzms24 = std::pow((120.0 - sfour) / kRadiusKm, 4.0);
    sfour = sfour / kRadiusKm + 1.0;
  }
  const double pinvsq = 1.0 / posq;
  const double tsi = 1.0 / (k.ao - sfour);
  k.eta = k.ao * k.ecco * tsi;
  const double etasq = k.eta * k.eta;
  const double eeta = k.ecco * k.eta;
  const double psisq = std::fabs(1.0 - etasq);
  const double coef = qzms24 * std::pow(tsi, 4.0);
  const double coef1 = coef / std::pow(psisq, 3.5);
  const double cc2 = coef1 * k.noUnkozai *
                     (k.ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq)) +
                      0.375 * kJ2 * tsi / psisq * k.con41 * (8.0 + 3.0 * etasq * (8.0 + etasq)));
  k.cc1 = k.bstar * cc2;
  double cc3 = 0.0;
  if (k.ecco > 1.0e-4) cc3 = -2.0 * coef * tsi * kJ3OverJ2 * k.noUnkozai * sinio / k.ecco;
  k.x1mth2 = 1.0 - cosio2;
  k.cc4 = 2.0 * k.noUnkozai * coef1 * k.ao * omeosq *
          (k.eta * (2.0 + 0.5 * etasq) + k.ecco * (0.5 + 2.0 * etasq) -
           kJ2 * tsi / (k.ao * psisq) *
               (-3.0 * k.con41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta)) +
                0.75 * k.x1mth2 * (2.0 * etasq - eeta * (1.0 + etasq)) * std::cos(2.0 * k.argpo)));
  k.cc5 = 2.0 * coef1 * k.ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq);

  // Secular rates from J2 and J4.
  const double cosio4 = cosio2 * cosio2;
  const double temp1 = 1.5 * kJ2 * pinvsq * k.noUnkozai;
  const double temp2 = 0.5 * temp1 * kJ2 * pinvsq;
  const double temp3 = -0.46875 * kJ4 * pinvsq * pinvsq * k.noUnkozai;
  k.mdot = k.noUnkozai + 0.5 * temp1 * rteosq * k.con41 +
           0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4);
  k.argpdot = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4) +
              temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4);
  const double xhdot1 = -temp1 * cosio;
  k.nodedot =
      xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio;
  const double xpidot = k.argpdot + k.nodedot;
  k.omgcof = k.bstar * cc3 * std::cos(k.argpo);
  k.xmcof = 0.0;
  if (k.ecco > 1.0e-4) k.xmcof = -kTwoThirds * coef * k.bstar / eeta;
  k.nodecf = 3.5 * omeosq * xhdot1 * k.cc1;
  k.t2cof = 1.5 * k.cc1;
  // Long-period J3 terms; the guard avoids dividing by zero at i = 180 deg.
  const double onePlusCos = std::fabs(cosio + 1.0) > 1.5e-12 ? 1.0 + cosio : 1.5e-12;
  k.xlcof = -0.25 * kJ3OverJ2 * sinio * (3.0 + 5.0 * cosio) / onePlusCos;
  k.aycof = -0.5 * kJ3OverJ2 * sinio;
  k.delmo = std::pow(1.0 + k.eta * std::cos(k.mo), 3.0);
  k.sinmao = std::sin(k.mo);
  k.x7thm1 = 7.0 * cosio2 - 1.0;

  // ---- deep space (SDP4) for periods of 225 minutes and more.
  if (kTwoPi / k.noUnkozai >= kDeepSpacePeriodMin) {
    s.m_deepSpace = true;
    k.isimp = true;
    const double epoch1950 = jdEpoch - kJd1950;
    const DeepCommon c =
        deepCommon(epoch1950, k.ecco, k.argpo, k.inclo, k.nodeo, k.noUnkozai, s.m_d);
    initDeepSecular(c, k, eccsq, xpidot, s.m_d);
  }

  // ---- higher-order drag terms (full model only).
  if (!k.isimp) {
    const double cc1sq = k.cc1 * k.cc1;
    k.d2 = 4.0 * k.ao * tsi * cc1sq;
    const double temp = k.d2 * tsi * k.cc1 / 3.0;
    k.d3 = (17.0 * k.ao + sfour) * temp;
    k.d4 = 0.5 * temp * k.ao * tsi * (221.0 * k.ao + 31.0 * sfour) * k.cc1;
    k.t3cof = k.d2 + 2.0 * cc1sq;
    k.t4cof = 0.25 * (3.0 * k.d3 + k.cc1 * (12.0 * k.d2 + 10.0 * cc1sq));
    k.t5cof = 0.2 * (3.0 * k.d4 + 12.0 * k.cc1 * k.d3 + 6.0 * k.d2 * k.d2 +
                     15.0 * cc1sq * (2.0 * k.d2 + cc1sq));
  }

  // The reference code propagates to t = 0 once to validate the elements.
  // Elements the model breaks down on at once are unusable input.
  if (auto first = s.propagateMinutes(0.0); !first) {
    return fail(first.takeError().message, ErrorKind::kBadInput);
  }
  return s;
}

// ============================================================================
// [SECTION] propagate
// ============================================================================

double Sgp4::minutesSinceEpoch(double utcS) const {
  // utcS - dayStart is exact for instants within a few years of the epoch
  // (both are near each other in magnitude), then the fraction is removed in
  // minutes, matching how other implementations difference Julian dates.
  return (utcS - m_epochDayStartUtcS) / 60.0 - m_epochDayFraction * kMinutesPerDay;
}

Result<Sgp4::State> Sgp4::propagateUtc(double utcS) const {
  return propagateMinutes(minutesSinceEpoch(utcS));
}

Result<Sgp4::State> Sgp4::propagateMinutes(double t) const {
  const detail::Sgp4Init& k = m_c;
  auto bad = [&](const std::string& why) -> Result<State> {
    return fail("SGP4 (catalog " + std::to_string(m_tle.catalogNumber) + ") at " +
                std::to_string(t) + " min from epoch: " + why);
  };
  if (!std::isfinite(t)) return bad("time is not finite");

  // ---- secular gravity and atmospheric drag.
  const double xmdf = k.mo + k.mdot * t;
  const double argpdf = k.argpo + k.argpdot * t;
  const double nodedf = k.nodeo + k.nodedot * t;
  double argpm = argpdf;
  double mm = xmdf;
  const double t2 = t * t;
  double nodem = nodedf + k.nodecf * t2;
  double tempa = 1.0 - k.cc1 * t;
  double tempe = k.bstar * k.cc4 * t;
  double templ = k.t2cof * t2;
  if (!k.isimp) {
    const double delomg = k.omgcof * t;
    const double delmtemp = 1.0 + k.eta * std::cos(xmdf);
    const double delm = k.xmcof * (delmtemp * delmtemp * delmtemp - k.delmo);
    const double temp = delomg + delm;
    mm = xmdf + temp;
    argpm = argpdf - temp;
    const double t3 = t2 * t;
    const double t4 = t3 * t;
    tempa = tempa - k.d2 * t2 - k.d3 * t3 - k.d4 * t4;
    tempe = tempe + k.bstar * k.cc5 * (std::sin(mm) - k.sinmao);
    templ = templ + k.t3cof * t3 + t4 * (k.t4cof + t * k.t5cof);
  }

  double nm = k.noUnkozai;
  double em = k.ecco;
  double inclm = k.inclo;
  if (m_deepSpace) {
    const DeepSecular ds = deepSecular(m_d, k, t, DeepSecular{em, inclm, argpm, nodem, mm, nm});
    em = ds.ecc;
    inclm = ds.incl;
    argpm = ds.argp;
    nodem = ds.node;
    mm = ds.meanAnomaly;
    nm = ds.meanMotion;
  }
  if (nm <= 0.0) return bad("mean motion " + std::to_string(nm) + " is not positive");

  const double am = std::pow(kXke / nm, kTwoThirds) * tempa * tempa;
  nm = kXke / std::pow(am, 1.5);
  em -= tempe;
  // The -0.001 slack is the reference code's; below 1e-6 e is clamped.
  if (em >= 1.0 || em < -0.001) {
    return bad("mean eccentricity " + std::to_string(em) + " is outside [0, 1)");
  }
  if (em < 1.0e-6) em = 1.0e-6;
  mm += k.noUnkozai * templ;
  double xlm = mm + argpm + nodem;
  nodem = wrapTwoPi(nodem);
  argpm = wrapTwoPi(argpm);
  xlm = wrapTwoPi(xlm);
  mm = wrapTwoPi(xlm - argpm - nodem);

  // ---- lunar/solar periodics (deep space).
  PeriodicElements p{em, inclm, nodem, argpm, mm};
  double aycof = k.aycof, xlcof = k.xlcof, con41 = k.con41, x1mth2 = k.x1mth2, x7thm1 = k.x7thm1;
  if (m_deepSpace) {
    applyDeepPeriodics(m_d, t, p);
    if (p.incl < 0.0) {
      p.incl = -p.incl;
      p.node += kPi;
      p.argp -= kPi;
    }
    if (p.ecc < 0.0 || p.ecc > 1.0) {
      return bad("perturbed eccentricity " + std::to_string(p.ecc) + " is outside [0, 1]");
    }
    // The long-period coefficients depend on the perturbed inclination.
    const double sinip = std::sin(p.incl), cosip = std::cos(p.incl);
    aycof = -0.5 * kJ3OverJ2 * sinip;
    const double onePlusCos = std::fabs(cosip + 1.0) > 1.5e-12 ? 1.0 + cosip : 1.5e-12;
    xlcof = -0.25 * kJ3OverJ2 * sinip * (3.0 + 5.0 * cosip) / onePlusCos;
  }
  const double sinip = std::sin(p.incl), cosip = std::cos(p.incl);

  // ---- long-period periodics (J3).
  const double axnl = p.ecc * std::cos(p.argp);
  double temp = 1.0 / (am * (1.0 - p.ecc * p.ecc));
  const double aynl = p.ecc * std::sin(p.argp) + temp * aycof;
  const double xl = p.meanAnomaly + p.argp + p.node + temp * xlcof * axnl;

  // ---- Kepler's equation in equinoctial form (Newton, steps capped at 0.95).
  const double u = wrapTwoPi(xl - p.node);
  double eo1 = u;
  double sineo1 = 0.0, coseo1 = 0.0;
  double tem5 = 9999.9;
  for (int ktr = 1; std::fabs(tem5) >= 1.0e-12 && ktr <= 10; ++ktr) {
    sineo1 = std::sin(eo1);
    coseo1 = std::cos(eo1);
    tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
    tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
    if (std::fabs(tem5) >= 0.95) tem5 = tem5 > 0.0 ? 0.95 : -0.95;
    eo1 += tem5;
  }

  // ---- short-period periodics (J2).
  const double ecose = axnl * coseo1 + aynl * sineo1;
  const double esine = axnl * sineo1 - aynl * coseo1;
  const double el2 = axnl * axnl + aynl * aynl;
  const double pl = am * (1.0 - el2);
  if (pl < 0.0) return bad("semi-latus rectum " + std::to_string(pl) + " is negative");

  const double rl = am * (1.0 - ecose);
  const double rdotl = std::sqrt(am) * esine / rl;
  const double rvdotl = std::sqrt(pl) / rl;
  const double betal = std::sqrt(1.0 - el2);
  temp = esine / (1.0 + betal);
  const double sinu = am / rl * (sineo1 - aynl - axnl * temp);
  const double cosu = am / rl * (coseo1 - axnl + aynl * temp);
  double su = std::atan2(sinu, cosu);
  const double sin2u = (cosu + cosu) * sinu;
  const double cos2u = 1.0 - 2.0 * sinu * sinu;
  temp = 1.0 / pl;
  const double temp1 = 0.5 * kJ2 * temp;
  const double temp2 = temp1 * temp;

  if (m_deepSpace) {
    const double cosisq = cosip * cosip;
    con41 = 3.0 * cosisq - 1.0;
    x1mth2 = 1.0 - cosisq;
    x7thm1 = 7.0 * cosisq - 1.0;
  }
  const double mrt = rl * (1.0 - 1.5 * temp2 * betal * con41) + 0.5 * temp1 * x1mth2 * cos2u;
  su -= 0.25 * temp2 * x7thm1 * sin2u;
  const double xnode = p.node + 1.5 * temp2 * cosip * sin2u;
  const double xinc = p.incl + 1.5 * temp2 * cosip * sinip * cos2u;
  const double mvt = rdotl - nm * temp1 * x1mth2 * sin2u / kXke;
  const double rvdot = rvdotl + nm * temp1 * (x1mth2 * cos2u + 1.5 * con41) / kXke;

  // ---- orientation: unit vectors along the position (U) and the in-plane
  // normal to it (V), in TEME.
  const double sinsu = std::sin(su), cossu = std::cos(su);
  const double snod = std::sin(xnode), cnod = std::cos(xnode);
  const double sini = std::sin(xinc), cosi = std::cos(xinc);
  const double xmx = -snod * cosi;
  const double xmy = cnod * cosi;
  const glm::dvec3 uVec(xmx * sinsu + cnod * cossu, xmy * sinsu + snod * cossu, sini * sinsu);
  const glm::dvec3 vVec(xmx * cossu - cnod * sinsu, xmy * cossu - snod * sinsu, sini * cossu);

  // Earth radii -> m; earth radii per minute (scaled by xke) -> m/s.
  const double kmToM = 1000.0;
  State out;
  out.posTeme = (mrt * kRadiusKm * kmToM) * uVec;
  out.velTeme = (kVelKmPerS * kmToM) * (mvt * uVec + rvdot * vVec);

  if (mrt < 1.0) {
    return bad("radius " + std::to_string(mrt * kRadiusKm) +
               " km is below the Earth's surface: the satellite has decayed");
  }
  return out;
}

}  // namespace rv::astro
