#include <orrery/astro/ephemeris.h>

#include <erfa.h>
#include <fmt/format.h>

#include <cmath>

namespace orrery::astro {

Expected<Epoch, std::string> epochFromUtc(int year, int month, int day, double secondsOfDay) {
    double utc1 = 0;
    double utc2 = 0;
    const int hours = static_cast<int>(secondsOfDay / 3600);
    const int minutes = static_cast<int>((secondsOfDay - hours * 3600) / 60);
    const double seconds = secondsOfDay - hours * 3600 - minutes * 60;
    if (eraDtf2d("UTC", year, month, day, hours, minutes, seconds, &utc1, &utc2) < 0) {
        return make_unexpected(
            fmt::format("{:04}-{:02}-{:02}: not a date ERFA can convert", year, month, day));
    }
    double tai1 = 0;
    double tai2 = 0;
    if (eraUtctai(utc1, utc2, &tai1, &tai2) < 0) {
        return make_unexpected(
            fmt::format("{:04}-{:02}-{:02}: no leap-second table for it", year, month, day));
    }
    double tt1 = 0;
    double tt2 = 0;
    eraTaitt(tai1, tai2, &tt1, &tt2);
    // TDB - TT at the geocentre; the ~2 ms it reaches moves a planet by metres.
    const double ut = utc1 - 2400000.5 + utc2;
    const double dtr = eraDtdb(tt1, tt2, ut - std::floor(ut), 0, 0, 0);
    double tdb1 = 0;
    double tdb2 = 0;
    eraTttdb(tt1, tt2, dtr, &tdb1, &tdb2);
    return Epoch{tdb1, tdb2};
}

Expected<StateVector, std::string> heliocentricState(Body body, const Epoch& epoch) {
    double pv[2][3] = {};
    int status = 0;
    if (body == Body::Earth) {
        double barycentric[2][3] = {};
        status = eraEpv00(epoch.jd1, epoch.jd2, pv, barycentric);
        if (status != 0) {
            return make_unexpected(
                fmt::format("JD {:.1f}: outside 1900-2100, where ERFA's Earth ephemeris holds",
                            epoch.julianDate()));
        }
    } else {
        constexpr int kMars = 4;
        status = eraPlan94(epoch.jd1, epoch.jd2, kMars, pv);
        if (status != 0) {
            return make_unexpected(
                fmt::format("JD {:.1f}: outside 1000-3000, where ERFA's planetary theory holds",
                            epoch.julianDate()));
        }
    }
    return StateVector{{pv[0][0], pv[0][1], pv[0][2]}, {pv[1][0], pv[1][1], pv[1][2]}};
}

Expected<Vector3, std::string> barycentricSun(const Epoch& epoch) {
    double heliocentric[2][3] = {};
    double barycentric[2][3] = {};
    if (eraEpv00(epoch.jd1, epoch.jd2, heliocentric, barycentric) != 0) {
        return make_unexpected(
            fmt::format("JD {:.1f}: outside 1900-2100, where ERFA's Earth ephemeris holds",
                        epoch.julianDate()));
    }
    return Vector3{barycentric[0][0] - heliocentric[0][0], barycentric[0][1] - heliocentric[0][1],
                   barycentric[0][2] - heliocentric[0][2]};
}

} // namespace orrery::astro
