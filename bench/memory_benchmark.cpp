// Peak memory of a full analysis, with the model it runs on. Run:
//   build/bin/bench_memory 100000
// Prints the resident set before and after, and the peak, in MiB.

#include <orrery/analysis/analysis.h>
#include <orrery/generator.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace {

double currentResidentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            return std::stod(line.substr(6)) / 1024.0;
        }
    }
    return 0.0;
}

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t missions = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 100000;
    const double atStart = currentResidentMiB();
    const orrery::Roadmap roadmap = orrery::generateRoadmap({missions, 2026, 0});
    const double withModel = currentResidentMiB();
    const auto started = std::chrono::steady_clock::now();
    const orrery::Analysis analysis = orrery::analyzeRoadmap(roadmap);
    const auto elapsed = std::chrono::steady_clock::now() - started;
    std::printf("missions: %zu\nfindings: %zu\nresident at start: %.1f MiB\n"
                "resident with the model: %.1f MiB\npeak resident (model + analysis): %.1f MiB\n"
                "analysis: %.1f ms\n",
                roadmap.missions.size(), analysis.findings.size(), atStart, withModel,
                peakResidentMiB(), std::chrono::duration<double, std::milli>(elapsed).count());
    return 0;
}
