// A long history read from git: the commits of a roadmap file (what the History panel
// lists), one mission's history (what the inspector shows) before and after the versions
// are indexed, and what one commit changed. Run on a repository that
// bench/make_history_repository.py builds:
//   bench/make_history_repository.py build/bin/orrery-cli /tmp/history
//   build/bin/bench_history /tmp/history [RUNS]
// Prints the median wall time of each step over RUNS runs (default 5), each run on a new
// history, so with nothing cached but what the operating system keeps.

#include <git/roadmaphistory.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsOf(const std::function<void()>& step) {
    const auto start = Clock::now();
    step();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "bench_history: %s\n", message.c_str());
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_history REPOSITORY [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    auto repository = orrery::git::Repository::containing(argv[1]);
    if (!repository) {
        fail(repository.error());
    }
    std::map<std::string, std::vector<double>> times;
    std::size_t commits = 0;
    std::size_t events = 0;
    for (int run = 0; run < runs; ++run) {
        orrery::git::RoadmapHistory history(*repository, "plan.roadmap.json");
        std::vector<orrery::git::Commit> list;
        times["1 commits (History panel)"].push_back(secondsOf([&] {
            auto read = history.commits();
            if (!read) {
                fail(read.error());
            }
            list = std::move(*read);
        }));
        commits = list.size();
        // The mission the newest commit changed first, as a planner would pick it.
        const std::string mission = list.front().subject.substr(0, list.front().subject.find(' '));
        times["2 mission history, versions not yet indexed"].push_back(secondsOf([&] {
            auto read = history.missionHistory(mission);
            if (!read) {
                fail(read.error());
            }
            events = read->size();
        }));
        const std::string other =
            list[list.size() / 2].subject.substr(0, list[list.size() / 2].subject.find(' '));
        times["3 another mission's history, versions indexed"].push_back(secondsOf([&] {
            if (auto read = history.missionHistory(other); !read) {
                fail(read.error());
            }
        }));
        times["4 what one commit changed"].push_back(secondsOf([&] {
            if (auto read = history.changesOf(list[list.size() / 3]); !read) {
                fail(read.error());
            }
        }));
    }
    std::printf("%zu commits; the first mission asked about changed in %zu of them; median of "
                "%d runs:\n",
                commits, events, runs);
    for (auto& [step, seconds] : times) {
        std::sort(seconds.begin(), seconds.end());
        std::printf("  %-48s %7.3f s\n", step.c_str() + 2, seconds[seconds.size() / 2]);
    }
    return 0;
}
