#include <orrery/astro/lambert.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace orrery::astro {

namespace {

constexpr double kPi = std::numbers::pi;

/// Izzo's non-dimensional problem: lambda and the time of flight T for the unknown x.
class IzzoSolver {
public:
    explicit IzzoSolver(double lambda) : m_lambda(lambda), m_lambda2(lambda * lambda) {}

    /// Battin's hypergeometric series 2F1(3, 1; 5/2; z), near the parabola.
    static double hypergeometric(double z, double tolerance) {
        double sum = 1.0;
        double term = 1.0;
        for (int j = 0; j < 1000; ++j) {
            term = term * (3.0 + j) * (1.0 + j) / (2.5 + j) * z / (j + 1.0);
            sum += term;
            if (std::abs(term) <= tolerance) {
                break;
            }
        }
        return sum;
    }

    /// The time of flight for x, with Lagrange's expression near x = 1.
    double lagrangeTime(double x, int revolutions) const {
        const double a = 1.0 / (1.0 - x * x);
        if (a > 0) { // an ellipse
            const double alpha = 2.0 * std::acos(x);
            double beta = 2.0 * std::asin(std::sqrt(m_lambda2 / a));
            if (m_lambda < 0) {
                beta = -beta;
            }
            return a * std::sqrt(a) *
                   ((alpha - std::sin(alpha)) - (beta - std::sin(beta)) + 2.0 * kPi * revolutions) /
                   2.0;
        }
        const double alpha = 2.0 * std::acosh(x);
        double beta = 2.0 * std::asinh(std::sqrt(-m_lambda2 / a));
        if (m_lambda < 0) {
            beta = -beta;
        }
        return -a * std::sqrt(-a) * ((beta - std::sinh(beta)) - (alpha - std::sinh(alpha))) / 2.0;
    }

    /// The time of flight for x: Battin's series very near the parabola, Lagrange's
    /// expression near it, Lancaster's elsewhere (each where it keeps its precision).
    double time(double x, int revolutions) const {
        constexpr double kBattin = 0.01;
        constexpr double kLagrange = 0.2;
        const double distance = std::abs(x - 1.0);
        if (distance < kLagrange && distance > kBattin) {
            return lagrangeTime(x, revolutions);
        }
        const double e = x * x - 1.0;
        const double rho = std::abs(e);
        const double z = std::sqrt(1.0 + m_lambda2 * e);
        if (distance < kBattin) {
            const double eta = z - m_lambda * x;
            const double s1 = 0.5 * (1.0 - m_lambda - x * eta);
            const double q = 4.0 / 3.0 * hypergeometric(s1, 1e-11);
            return (eta * eta * eta * q + 4.0 * m_lambda * eta) / 2.0 +
                   revolutions * kPi / std::pow(rho, 1.5);
        }
        const double y = std::sqrt(rho);
        const double g = x * z - m_lambda * e;
        double d = 0;
        if (e < 0) {
            d = revolutions * kPi + std::acos(std::clamp(g, -1.0, 1.0));
        } else {
            const double f = y * (z - m_lambda * x);
            d = std::log(f + g);
        }
        return (x - m_lambda * z - d / y) / e;
    }

    struct Derivatives {
        double first;
        double second;
        double third;
    };
    /// dT/dx and the next two derivatives at x, where the time of flight is `time`.
    Derivatives derivatives(double x, double time) const {
        const double l3 = m_lambda2 * m_lambda;
        const double umx2 = 1.0 - x * x;
        const double y = std::sqrt(1.0 - m_lambda2 * umx2);
        const double y2 = y * y;
        const double y3 = y2 * y;
        Derivatives d{};
        d.first = (3.0 * time * x - 2.0 + 2.0 * l3 * x / y) / umx2;
        d.second = (3.0 * time + 5.0 * x * d.first + 2.0 * (1.0 - m_lambda2) * l3 / y3) / umx2;
        d.third = (7.0 * x * d.second + 8.0 * d.first -
                   6.0 * (1.0 - m_lambda2) * m_lambda2 * l3 * x / y3 / y2) /
                  umx2;
        return d;
    }

    /// x for the time of flight T, by Householder's third-order iterations from x0.
    double householder(double target, double x0, int revolutions, double tolerance,
                       int maxIterations, int& iterations) const {
        iterations = 0;
        double error = 1.0;
        while (error > tolerance && iterations < maxIterations) {
            const double time = this->time(x0, revolutions);
            const Derivatives d = derivatives(x0, time);
            const double delta = time - target;
            const double d2 = d.first * d.first;
            const double next =
                x0 - delta * (d2 - delta * d.second / 2.0) /
                         (d.first * (d2 - delta * d.second) + d.third * delta * delta / 6.0);
            error = std::abs(x0 - next);
            x0 = next;
            ++iterations;
        }
        return x0;
    }

    double lambda() const { return m_lambda; }
    double lambda2() const { return m_lambda2; }

private:
    double m_lambda;
    double m_lambda2;
};

/// Stumpff's functions S(z) and C(z), with their series near zero.
double stumpffS(double z) {
    if (std::abs(z) < 1e-3) {
        return 1.0 / 6.0 - z / 120.0 + z * z / 5040.0 - z * z * z / 362880.0;
    }
    if (z > 0) {
        const double s = std::sqrt(z);
        return (s - std::sin(s)) / (s * s * s);
    }
    const double s = std::sqrt(-z);
    return (std::sinh(s) - s) / (s * s * s);
}

double stumpffC(double z) {
    if (std::abs(z) < 1e-3) {
        return 0.5 - z / 24.0 + z * z / 720.0 - z * z * z / 40320.0;
    }
    if (z > 0) {
        return (1.0 - std::cos(std::sqrt(z))) / z;
    }
    return (std::cosh(std::sqrt(-z)) - 1.0) / (-z);
}

} // namespace

Expected<std::vector<LambertSolution>, std::string> solveLambert(const LambertProblem& problem) {
    const Vector3 chord = problem.to - problem.from;
    const double c = norm(chord);
    const double r1 = norm(problem.from);
    const double r2 = norm(problem.to);
    if (!(problem.timeOfFlight > 0) || !std::isfinite(problem.timeOfFlight)) {
        return make_unexpected(
            fmt::format("the time of flight must be above zero, not {}", problem.timeOfFlight));
    }
    if (!(problem.mu > 0) || !std::isfinite(problem.mu)) {
        return make_unexpected(std::string("the gravitational parameter must be above zero"));
    }
    if (!(r1 > 0) || !(r2 > 0) || !std::isfinite(r1) || !std::isfinite(r2)) {
        return make_unexpected(std::string("a position is at the central body"));
    }
    const Vector3 ir1 = (1.0 / r1) * problem.from;
    const Vector3 ir2 = (1.0 / r2) * problem.to;
    Vector3 ih = cross(ir1, ir2);
    const double sinAngle = norm(ih);
    if (sinAngle < 1e-12) {
        return make_unexpected(std::string(
            "the two positions lie on one line through the central body: the plane of the "
            "transfer is undetermined"));
    }
    ih = (1.0 / sinAngle) * ih;
    const double s = (c + r1 + r2) / 2.0;
    double lambda = std::sqrt(std::max(0.0, 1.0 - c / s));
    Vector3 it1;
    Vector3 it2;
    if (ih[2] < 0) { // the prograde transfer goes the long way round
        lambda = -lambda;
        it1 = cross(ir1, ih);
        it2 = cross(ir2, ih);
    } else {
        it1 = cross(ih, ir1);
        it2 = cross(ih, ir2);
    }
    it1 = (1.0 / norm(it1)) * it1;
    it2 = (1.0 / norm(it2)) * it2;
    if (problem.direction == Direction::Retrograde) {
        lambda = -lambda;
        it1 = -1.0 * it1;
        it2 = -1.0 * it2;
    }
    const IzzoSolver solver(lambda);
    const double lambda2 = lambda * lambda;
    const double lambda3 = lambda2 * lambda;
    const double target = std::sqrt(2.0 * problem.mu / (s * s * s)) * problem.timeOfFlight;

    // How many revolutions fit in the time: the minimum time of the most is found first.
    int maxRevolutions = static_cast<int>(std::floor(target / kPi));
    const double t00 = std::acos(lambda) + lambda * std::sqrt(1.0 - lambda2);
    const double t0 = t00 + maxRevolutions * kPi;
    const double t1 = 2.0 / 3.0 * (1.0 - lambda3);
    if (maxRevolutions > 0 && target < t0) {
        double xOld = 0;
        double minimumTime = t0;
        for (int iteration = 0; iteration < 12; ++iteration) {
            const IzzoSolver::Derivatives d = solver.derivatives(xOld, minimumTime);
            if (d.first == 0.0) {
                break;
            }
            const double xNew =
                xOld - d.first * d.second / (d.second * d.second - d.first * d.third / 2.0);
            const double error = std::abs(xOld - xNew);
            minimumTime = solver.time(xNew, maxRevolutions);
            xOld = xNew;
            if (error < 1e-13) {
                break;
            }
        }
        if (minimumTime > target) {
            --maxRevolutions;
        }
    }
    maxRevolutions = std::min(std::max(problem.maxRevolutions, 0), maxRevolutions);

    struct Root {
        double x;
        int revolutions;
        bool left;
        int iterations;
    };
    std::vector<Root> roots;
    {
        double x0 = 0;
        if (target >= t00) {
            x0 = -(target - t00) / (target - t00 + 4.0);
        } else if (target <= t1) {
            x0 = t1 * (t1 - target) / (2.0 / 5.0 * (1.0 - lambda2 * lambda3) * target) + 1.0;
        } else {
            x0 = std::pow(target / t00, std::numbers::ln2 / std::log(t1 / t00)) - 1.0;
        }
        int iterations = 0;
        const double x = solver.householder(target, x0, 0, 1e-5, 15, iterations);
        roots.push_back({x, 0, false, iterations});
    }
    for (int n = 1; n <= maxRevolutions; ++n) {
        int iterations = 0;
        double tmp = std::pow((n * kPi + kPi) / (8.0 * target), 2.0 / 3.0);
        double x = solver.householder(target, (tmp - 1.0) / (tmp + 1.0), n, 1e-8, 15, iterations);
        roots.push_back({x, n, true, iterations});
        tmp = std::pow(8.0 * target / (n * kPi), 2.0 / 3.0);
        x = solver.householder(target, (tmp - 1.0) / (tmp + 1.0), n, 1e-8, 15, iterations);
        roots.push_back({x, n, false, iterations});
    }

    const double gamma = std::sqrt(problem.mu * s / 2.0);
    const double rho = (r1 - r2) / c;
    const double sigma = std::sqrt(std::max(0.0, 1.0 - rho * rho));
    std::vector<LambertSolution> solutions;
    for (const Root& root : roots) {
        const double x = root.x;
        const double y = std::sqrt(1.0 - lambda2 + lambda2 * x * x);
        const double vr1 = gamma * ((lambda * y - x) - rho * (lambda * y + x)) / r1;
        const double vr2 = -gamma * ((lambda * y - x) + rho * (lambda * y + x)) / r2;
        const double vt = gamma * sigma * (y + lambda * x);
        LambertSolution solution;
        solution.departureVelocity = vr1 * ir1 + (vt / r1) * it1;
        solution.arrivalVelocity = vr2 * ir2 + (vt / r2) * it2;
        solution.revolutions = root.revolutions;
        solution.leftBranch = root.left;
        solution.iterations = root.iterations;
        if (!std::isfinite(solution.departureVelocity[0]) ||
            !std::isfinite(solution.arrivalVelocity[0])) {
            continue;
        }
        solutions.push_back(solution);
    }
    if (solutions.empty()) {
        return make_unexpected(std::string("no transfer converged"));
    }
    return solutions;
}

StateVector propagateKepler(const StateVector& state, double time, double mu) {
    const double r0 = norm(state.position);
    const double v0 = norm(state.velocity);
    const double vr0 = dot(state.position, state.velocity) / r0;
    const double alpha = 2.0 / r0 - v0 * v0 / mu;
    const double sqrtMu = std::sqrt(mu);
    // Newton's method on the universal Kepler equation for the universal anomaly chi.
    double chi = sqrtMu * std::abs(alpha) * time;
    if (chi == 0.0) {
        chi = sqrtMu * time / r0;
    }
    for (int iteration = 0; iteration < 200; ++iteration) {
        const double z = alpha * chi * chi;
        const double c = stumpffC(z);
        const double sFunction = stumpffS(z);
        const double f = r0 * vr0 / sqrtMu * chi * chi * c +
                         (1.0 - alpha * r0) * chi * chi * chi * sFunction + r0 * chi -
                         sqrtMu * time;
        const double df = r0 * vr0 / sqrtMu * chi * (1.0 - alpha * chi * chi * sFunction) +
                          (1.0 - alpha * r0) * chi * chi * c + r0;
        const double step = f / df;
        chi -= step;
        if (std::abs(step) <= 1e-14 * std::max(1.0, std::abs(chi))) {
            break;
        }
    }
    const double z = alpha * chi * chi;
    const double c = stumpffC(z);
    const double sFunction = stumpffS(z);
    const double f = 1.0 - chi * chi / r0 * c;
    const double g = time - chi * chi * chi / sqrtMu * sFunction;
    const Vector3 position = f * state.position + g * state.velocity;
    const double r = norm(position);
    const double fDot = sqrtMu / (r * r0) * (alpha * chi * chi * chi * sFunction - chi);
    const double gDot = 1.0 - chi * chi / r * c;
    return {position, fDot * state.position + gDot * state.velocity};
}

} // namespace orrery::astro
