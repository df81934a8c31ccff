#include <orrery/astro/orbit.h>

#include <fmt/format.h>

#include <cmath>
#include <numbers>

namespace orrery::astro {
namespace {

constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;
/// The obliquity of the ecliptic of J2000 in JPL's ecliptic frame (84381.448").
constexpr double kObliquity = 84381.448 / 3600.0 * kRadiansPerDegree;

/// Kepler's equation M = E - e sin E for the eccentric anomaly, by Newton's method from a
/// start that converges for every ellipse.
double eccentricAnomaly(double meanAnomaly, double eccentricity) {
    double anomaly = eccentricity < 0.8 ? meanAnomaly : std::numbers::pi;
    for (int iteration = 0; iteration < 50; ++iteration) {
        const double step = (anomaly - eccentricity * std::sin(anomaly) - meanAnomaly) /
                            (1.0 - eccentricity * std::cos(anomaly));
        anomaly -= step;
        if (std::abs(step) < 1e-15) {
            break;
        }
    }
    return anomaly;
}

} // namespace

std::optional<std::string> ellipseProblem(const OrbitalElements& elements) {
    const double values[] = {elements.epoch,         elements.semiMajorAxis,
                             elements.eccentricity,  elements.inclination,
                             elements.ascendingNode, elements.argumentOfPerihelion,
                             elements.meanAnomaly};
    for (const double value : values) {
        if (!std::isfinite(value)) {
            return std::string("every element must be a finite number");
        }
    }
    if (!(elements.semiMajorAxis > 0)) {
        return fmt::format("the semi-major axis must be above zero, not {}",
                           elements.semiMajorAxis);
    }
    if (!(elements.eccentricity >= 0 && elements.eccentricity < 1)) {
        return fmt::format("the eccentricity of an ellipse is at least 0 and under 1, not {}",
                           elements.eccentricity);
    }
    if (!(elements.inclination >= 0 && elements.inclination <= 180)) {
        return fmt::format("the inclination is between 0 and 180 degrees, not {}",
                           elements.inclination);
    }
    return std::nullopt;
}

StateVector stateOf(const OrbitalElements& elements, const Epoch& epoch) {
    const double a = elements.semiMajorAxis;
    const double e = elements.eccentricity;
    const double meanMotion = std::sqrt(kSunMuAuDay / (a * a * a));
    // The two parts of the epoch are subtracted apart to keep the days' precision.
    const double elapsed = (epoch.jd1 - elements.epoch) + epoch.jd2;
    const double meanAnomaly = std::remainder(
        elements.meanAnomaly * kRadiansPerDegree + meanMotion * elapsed, 2 * std::numbers::pi);
    const double anomaly = eccentricAnomaly(meanAnomaly, e);
    const double cosE = std::cos(anomaly);
    const double sinE = std::sin(anomaly);
    const double root = std::sqrt(1.0 - e * e);
    // In the orbit's plane, x towards perihelion.
    const double x = a * (cosE - e);
    const double y = a * root * sinE;
    const double rate = meanMotion / (1.0 - e * cosE);
    const double vx = -a * sinE * rate;
    const double vy = a * root * cosE * rate;

    const double node = elements.ascendingNode * kRadiansPerDegree;
    const double perihelion = elements.argumentOfPerihelion * kRadiansPerDegree;
    const double inclination = elements.inclination * kRadiansPerDegree;
    const double cO = std::cos(node);
    const double sO = std::sin(node);
    const double cw = std::cos(perihelion);
    const double sw = std::sin(perihelion);
    const double ci = std::cos(inclination);
    const double si = std::sin(inclination);
    // The orbit's plane into the ecliptic (rotations by -w, -i, -node), then the ecliptic
    // into the equator.
    const Vector3 p{cO * cw - sO * sw * ci, sO * cw + cO * sw * ci, sw * si};
    const Vector3 q{-cO * sw - sO * cw * ci, -sO * sw + cO * cw * ci, cw * si};
    const auto toEquator = [](const Vector3& ecliptic) {
        const double ce = std::cos(kObliquity);
        const double se = std::sin(kObliquity);
        return Vector3{ecliptic[0], ce * ecliptic[1] - se * ecliptic[2],
                       se * ecliptic[1] + ce * ecliptic[2]};
    };
    return {toEquator(x * p + y * q), toEquator(vx * p + vy * q)};
}

} // namespace orrery::astro
