// Lambert's problem against a textbook's worked example and against the two-body motion
// itself: every transfer the solver gives, flown from its departure velocity for the time
// of flight, arrives where and as the solver says.

#include <orrery/astro/lambert.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace orrery::astro;

namespace {

double relativeError(const Vector3& actual, const Vector3& expected) {
    return norm(actual - expected) / norm(expected);
}

/// Flies the solution from the departure and checks the arrival, position and velocity.
void requireArrives(const LambertProblem& problem, const LambertSolution& solution,
                    double tolerance) {
    const StateVector arrival = propagateKepler({problem.from, solution.departureVelocity},
                                                problem.timeOfFlight, problem.mu);
    INFO("revolutions " << solution.revolutions << (solution.leftBranch ? " left" : " right"));
    CHECK(relativeError(arrival.position, problem.to) < tolerance);
    CHECK(relativeError(arrival.velocity, solution.arrivalVelocity) < tolerance);
}

} // namespace

TEST_CASE("Lambert: Curtis's worked example", "[astro][lambert]") {
    // H. D. Curtis, Orbital Mechanics for Engineering Students, 3rd ed., Example 5.2: an
    // Earth orbit from r1 to r2 in one hour; the book gives the velocities to five figures.
    LambertProblem problem;
    problem.from = {5000, 10000, 2100};
    problem.to = {-14600, 2500, 7000};
    problem.timeOfFlight = 3600;
    problem.mu = 398600;
    const auto solutions = solveLambert(problem);
    REQUIRE(solutions);
    REQUIRE(solutions->size() == 1);
    const LambertSolution& solution = solutions->front();
    CHECK(relativeError(solution.departureVelocity, {-5.9925, 1.9254, 3.2456}) < 2e-5);
    CHECK(relativeError(solution.arrivalVelocity, {-3.3125, -4.1966, -0.38529}) < 2e-5);
    requireArrives(problem, solution, 1e-9);
}

TEST_CASE("Lambert: Der's Molniya case, direct and of one revolution each way, to 1e-6",
          "[astro][lambert]") {
    // G. J. Der, "The Superior Lambert Algorithm", AMOS 2011, Example 1, with the
    // velocities as lamberthub's tests (tests/test_multirev_solvers.py) and poliastro's
    // (tests/test_iod.py, test_molniya_der_zero_full_revolution) give them.
    LambertProblem problem;
    problem.from = {22592.145603, -1599.915239, -19783.950506};
    problem.to = {1922.067697, 4054.157051, -8925.727465};
    problem.timeOfFlight = 36000;
    problem.mu = 3.986004418e5;
    problem.maxRevolutions = 1;
    const auto prograde = solveLambert(problem);
    REQUIRE(prograde);
    REQUIRE(prograde->size() == 3);
    CHECK(relativeError(prograde->at(0).departureVelocity,
                        {2.000652697, 0.387688615, -2.666947760}) < 1e-6);
    CHECK(relativeError(prograde->at(0).arrivalVelocity, {-3.79246619, -1.77707641, 6.856814395}) <
          1e-6);
    // One revolution: the two branches, whichever the solver calls left.
    const auto matches = [](const std::vector<LambertSolution>& solutions, const Vector3& v1,
                            const Vector3& v2) {
        return std::any_of(solutions.begin() + 1, solutions.end(), [&](const LambertSolution& s) {
            return relativeError(s.departureVelocity, v1) < 5e-6 &&
                   relativeError(s.arrivalVelocity, v2) < 5e-6;
        });
    };
    CHECK(matches(*prograde, {0.50335770, 0.61869408, -1.57176904},
                  {-4.18334626, -1.13262727, 6.13307091}));
    CHECK(matches(*prograde, {-2.45759553, 1.16945801, 0.43161258},
                  {-5.53841370, 0.01822220, 5.49641054}));
    problem.direction = Direction::Retrograde;
    const auto retrograde = solveLambert(problem);
    REQUIRE(retrograde);
    REQUIRE(retrograde->size() == 3);
    CHECK(matches(*retrograde, {1.33645655, -0.94654565, 0.30211211},
                  {4.93628678, 0.39863416, -5.61593092}));
    CHECK(matches(*retrograde, {-1.38861608, -0.47836611, 2.21280154},
                  {3.92901545, 1.50871943, -6.52926969}));
    // In five hours there is no time for a revolution: only the direct transfer.
    problem.direction = Direction::Prograde;
    problem.timeOfFlight = 5 * 3600;
    const auto short5h = solveLambert(problem);
    REQUIRE(short5h);
    CHECK(short5h->size() == 1);
}

TEST_CASE("Lambert: Vallado's worked example", "[astro][lambert]") {
    // D. A. Vallado, Fundamentals of Astrodynamics and Applications, Example 7-5, as
    // poliastro's tests/test_iod.py quotes it (76 minutes, km and km/s); the copies of r2
    // differ in the fifth decimal, hence the looser tolerance.
    LambertProblem problem;
    problem.from = {15945.34, 0.0, 0.0};
    problem.to = {12214.83399, 10249.46731, 0.0};
    problem.timeOfFlight = 76.0 * 60;
    problem.mu = 398600.4418;
    const auto solutions = solveLambert(problem);
    REQUIRE(solutions);
    CHECK(relativeError(solutions->front().departureVelocity, {2.058925, 2.915956, 0.0}) < 1e-5);
    CHECK(relativeError(solutions->front().arrivalVelocity, {-3.451569, 0.910301, 0.0}) < 1e-5);
}

TEST_CASE("Lambert: every transfer flies to its target, whatever the conic and the way round",
          "[astro][lambert]") {
    constexpr double kSunMu = 1.32712440018e11; // km^3/s^2
    constexpr double kAu = 1.495978707e8;       // km
    constexpr double kDay = 86400;
    struct Case {
        const char* what;
        Vector3 from;
        Vector3 to;
        double days;
        Direction direction;
        int revolutions;
    };
    const Case cases[] = {
        {"Earth to Mars, short way",
         {kAu, 0, 0},
         {-1.2 * kAu, 0.9 * kAu, 0.02 * kAu},
         210,
         Direction::Prograde,
         0},
        {"Earth to Mars, long way",
         {kAu, 0, 0},
         {0.3 * kAu, -1.45 * kAu, -0.03 * kAu},
         320,
         Direction::Prograde,
         0},
        {"retrograde",
         {kAu, 0, 0},
         {-1.2 * kAu, 0.9 * kAu, 0.02 * kAu},
         300,
         Direction::Retrograde,
         0},
        {"fast, hyperbolic", {kAu, 0, 0}, {0, 1.5 * kAu, 0}, 20, Direction::Prograde, 0},
        {"to an asteroid, two revolutions possible",
         {kAu, 0, 0},
         {0.8 * kAu, 0.7 * kAu, 0.05 * kAu},
         1500,
         Direction::Prograde,
         2},
        {"nearly a half turn",
         {kAu, 0, 0},
         {-1.5 * kAu, 1e-3 * kAu, 0},
         250,
         Direction::Prograde,
         0},
    };
    for (const Case& test : cases) {
        INFO(test.what);
        LambertProblem problem;
        problem.from = test.from;
        problem.to = test.to;
        problem.timeOfFlight = test.days * kDay;
        problem.mu = kSunMu;
        problem.direction = test.direction;
        problem.maxRevolutions = test.revolutions;
        const auto solutions = solveLambert(problem);
        REQUIRE(solutions);
        CHECK(solutions->front().revolutions == 0);
        for (const LambertSolution& solution : *solutions) {
            requireArrives(problem, solution, 1e-8);
        }
        if (test.revolutions > 0) {
            CHECK(solutions->size() == 1 + 2 * static_cast<std::size_t>(test.revolutions));
        }
    }
}

TEST_CASE("Lambert: what has no transfer is refused with the reason", "[astro][lambert]") {
    LambertProblem problem;
    problem.from = {7000, 0, 0};
    problem.to = {0, 8000, 0};
    problem.mu = 398600;
    problem.timeOfFlight = 0;
    CHECK(solveLambert(problem).error().find("time of flight") != std::string::npos);
    problem.timeOfFlight = 3000;
    problem.to = {-14000, 0, 0};
    CHECK(solveLambert(problem).error().find("one line") != std::string::npos);
    problem.to = {0, 0, 0};
    CHECK(solveLambert(problem).error().find("central body") != std::string::npos);
}

TEST_CASE("Kepler: a circular orbit turns a quarter in a quarter period", "[astro][kepler]") {
    constexpr double kMu = 398600;
    const double r = 7000;
    const double speed = std::sqrt(kMu / r);
    const double period = 2 * std::numbers::pi * std::sqrt(r * r * r / kMu);
    const StateVector quarter = propagateKepler({{r, 0, 0}, {0, speed, 0}}, period / 4, kMu);
    CHECK(relativeError(quarter.position, {0, r, 0}) < 1e-10);
    CHECK(relativeError(quarter.velocity, {-speed, 0, 0}) < 1e-10);
    // Backwards too, and an eccentric orbit keeps its energy.
    const StateVector back = propagateKepler(quarter, -period / 4, kMu);
    CHECK(relativeError(back.position, {r, 0, 0}) < 1e-10);
    const StateVector start{{r, 0, 0}, {0, 1.2 * speed, 0.1 * speed}};
    const StateVector later = propagateKepler(start, 12345, kMu);
    const auto energy = [&](const StateVector& s) {
        return dot(s.velocity, s.velocity) / 2 - kMu / norm(s.position);
    };
    CHECK(std::abs(energy(later) - energy(start)) < 1e-10 * std::abs(energy(start)));
}
