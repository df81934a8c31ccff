#pragma once

#include <array>
#include <cmath>

namespace orrery::astro {

/// A position or velocity in a Cartesian frame; the units are the caller's (km and km/s,
/// or au and au/day), as long as they agree with the gravitational parameter.
using Vector3 = std::array<double, 3>;

inline Vector3 operator+(const Vector3& a, const Vector3& b) {
    return {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
}
inline Vector3 operator-(const Vector3& a, const Vector3& b) {
    return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}
inline Vector3 operator*(double k, const Vector3& v) {
    return {k * v[0], k * v[1], k * v[2]};
}
inline double dot(const Vector3& a, const Vector3& b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
inline Vector3 cross(const Vector3& a, const Vector3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
inline double norm(const Vector3& v) {
    return std::sqrt(dot(v, v));
}

} // namespace orrery::astro
