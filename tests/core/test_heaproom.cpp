// Building a large model faults in fresh memory page by page; the reader first makes room
// at the heap's top advised for huge pages. The room must be where the model's small
// blocks then land, and advised, or it only costs memory.

#include "io/heaproom.h"

#include <catch2/catch.hpp>
#include <sys/resource.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace orrery;

namespace {

/// The flags (/proc/self/smaps "VmFlags") of the mapping that holds `address`, or "" when
/// none does.
std::string mappingFlags(const void* address) {
    const auto wanted = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t begin = 0;
        std::uintptr_t end = 0;
        const auto dash = line.find('-');
        const auto space = line.find(' ');
        if (dash != std::string::npos && space != std::string::npos && dash < space &&
            std::from_chars(line.data(), line.data() + dash, begin, 16).ec == std::errc{} &&
            std::from_chars(line.data() + dash + 1, line.data() + space, end, 16).ec ==
                std::errc{}) {
            inside = begin <= wanted && wanted < end;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line;
        }
    }
    return {};
}

/// Resident memory of this process, in bytes (/proc/self/statm).
std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0;
    std::size_t resident = 0;
    statm >> pages >> resident;
    return resident * 4096;
}

} // namespace

TEST_CASE("Room for a large model is made where its blocks land, advised for huge pages",
          "[heap]") {
    constexpr std::size_t kRoom = std::size_t{64} << 20;
    if constexpr (!heap_room::kGlibcAllocator) {
        // The sanitizers bring their own allocator, which this would only disturb.
        CHECK_FALSE(heap_room::makeRoom(kRoom));
        return;
    }
    CHECK_FALSE(heap_room::makeRoom(std::size_t{1} << 20));
    REQUIRE(heap_room::makeRoom(kRoom));
    // Blocks of the size a model's strings and lists take, more than any free list holds:
    // the last of them comes from the room.
    std::vector<std::unique_ptr<char[]>> blocks;
    for (int i = 0; i < 16'000; ++i) {
        blocks.push_back(std::make_unique<char[]>(1000));
    }
    const std::string flags = mappingFlags(blocks.back().get());
    INFO(flags);
    REQUIRE_FALSE(flags.empty());
    // "hg": the mapping is advised for huge pages.
    CHECK(flags.find(" hg") != std::string::npos);
}

TEST_CASE("Memory a closed model leaves is given back on request", "[heap]") {
    // The room kept for models stays with the process; a program that closes a roadmap
    // gives what it freed back to the system.
    constexpr std::size_t kRoom = std::size_t{64} << 20;
    if constexpr (!heap_room::kGlibcAllocator) {
        CHECK_FALSE(heap_room::makeRoom(kRoom));
        CHECK_FALSE(heap_room::giveBack());
        return;
    }
    REQUIRE(heap_room::makeRoom(kRoom));
    std::vector<std::unique_ptr<char[]>> blocks;
    for (int i = 0; i < 32'000; ++i) {
        blocks.push_back(std::make_unique<char[]>(1000));
        blocks.back()[0] = 1;
        blocks.back()[999] = 1;
    }
    blocks.clear();
    blocks.shrink_to_fit();
    const std::size_t kept = residentBytes();
    CHECK(heap_room::giveBack());
    const std::size_t after = residentBytes();
    INFO(kept << " bytes resident before, " << after << " after");
    CHECK(after + (std::size_t{16} << 20) < kept);
}

TEST_CASE("After room is made, large blocks are used again rather than mapped afresh", "[heap]") {
    // Setting any of malloc's parameters stops glibc raising its mmap threshold by itself:
    // without a threshold of its own, every block over 128 KiB (a zoom step's lists, a
    // megabyte at 10,000 missions) would be mapped and faulted in anew each time.
    if constexpr (!heap_room::kGlibcAllocator) {
        return; // the sanitizers' allocator: nothing was changed
    }
    REQUIRE(heap_room::makeRoom(std::size_t{64} << 20));
    // A model fills the room, and more.
    std::vector<std::unique_ptr<char[]>> model;
    for (int i = 0; i < 80'000; ++i) {
        model.push_back(std::make_unique<char[]>(1000));
    }
    constexpr std::size_t kBlock = std::size_t{1} << 20;
    const auto faults = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_minflt;
    };
    const auto once = [] {
        auto block = std::make_unique<char[]>(kBlock);
        std::memset(block.get(), 1, kBlock);
        return block[kBlock - 1];
    };
    once();
    const long before = faults();
    int sum = 0;
    for (int i = 0; i < 50; ++i) {
        sum += once();
    }
    const long taken = faults() - before;
    CHECK(sum == 50);
    // Fifty fresh mappings would be 50 x 256 faults.
    INFO(taken << " faults");
    CHECK(taken < 512);
}
