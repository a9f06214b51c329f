#!/usr/bin/python3
"""Reference SGP4 states from Debian's python3-sgp4 module, for the C++ tests.

Usage: sgp4_oracle.py LINE1 LINE2 START_UTC COUNT STEP_S
  START_UTC  e.g. 2021-10-05T08:50:00 (whole seconds, UTC)
Prints one line per sample: index, then TEME position (km) and velocity
(km/s) with 17 significant digits. Exits non-zero (with a message naming the
package) if the module is missing or propagation reports an error.
"""
import sys

try:
    from sgp4.api import Satrec, WGS72, jday
except ImportError as exc:  # pragma: no cover - the test reports this
    sys.stderr.write("python3-sgp4 is not importable (%s); install Debian's "
                     "python3-sgp4 package\n" % exc)
    sys.exit(3)


def main():
    line1, line2, start, count, step = sys.argv[1:6]
    count, step = int(count), float(step)
    date, clock = start.split("T")
    year, month, day = (int(x) for x in date.split("-"))
    hour, minute, second = (int(x) for x in clock.split(":"))
    sat = Satrec.twoline2rv(line1, line2, WGS72)
    jd, _ = jday(year, month, day, 0, 0, 0)
    for i in range(count):
        # Whole Julian day plus the fraction, as Satrec.sgp4() expects, so the
        # time since epoch keeps full precision.
        fr = (hour * 3600 + minute * 60 + second + i * step) / 86400.0
        err, r, v = sat.sgp4(jd, fr)
        if err != 0:
            sys.stderr.write("sgp4 error %d at sample %d\n" % (err, i))
            sys.exit(4)
        print(i, *("%.17g" % x for x in (*r, *v)))


if __name__ == "__main__":
    main()
