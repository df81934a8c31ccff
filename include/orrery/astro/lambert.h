#pragma once

// Lambert's problem: the orbit that takes a body from one position to another in a given
// time about a central body. Solved by Izzo's algorithm (D. Izzo, "Revisiting Lambert's
// problem", Celestial Mechanics and Dynamical Astronomy 121, 2015, pp. 1-15): one variable
// x over all conic types, Householder iterations on the time of flight, zero and several
// revolutions, prograde or retrograde.

#include <orrery/astro/vector.h>
#include <orrery/expected.h>

#include <string>
#include <vector>

namespace orrery::astro {

/// One transfer that solves the problem: the velocity at departure and at arrival.
struct LambertSolution {
    Vector3 departureVelocity;
    Vector3 arrivalVelocity;
    /// Complete revolutions on the way (0 for a direct transfer).
    int revolutions = 0;
    /// For a transfer of one or more revolutions there are two: the one with the shorter
    /// semi-major axis ("left") and the other.
    bool leftBranch = false;
    /// Householder iterations it took.
    int iterations = 0;
};

enum class Direction { Prograde, Retrograde };

struct LambertProblem {
    Vector3 from;
    Vector3 to;
    /// Time of flight, in the time unit of `mu`.
    double timeOfFlight = 0;
    /// Gravitational parameter of the central body.
    double mu = 0;
    Direction direction = Direction::Prograde;
    /// At most this many complete revolutions.
    int maxRevolutions = 0;
};

/// Every transfer that solves the problem, the direct one first, then for each number of
/// revolutions its left and right branch. Refused, with the reason, for what has no
/// solution or no meaning: a time of flight not above zero, a position at the central body,
/// or the two positions on one line through it (the plane of the transfer is then
/// undetermined).
Expected<std::vector<LambertSolution>, std::string> solveLambert(const LambertProblem& problem);

/// Where a body is `time` after being at `position` with `velocity` on its two-body orbit
/// about a body of gravitational parameter `mu` (universal variables, any conic), and its
/// velocity then.
struct StateVector {
    Vector3 position;
    Vector3 velocity;
};
StateVector propagateKepler(const StateVector& state, double time, double mu);

} // namespace orrery::astro
