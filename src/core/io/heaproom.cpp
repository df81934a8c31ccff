#include "heaproom.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

namespace orrery::heap_room {

#if defined(__GLIBC__) && defined(MADV_HUGEPAGE) && !defined(ORRERY_SANITIZER_ALLOCATOR)

namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
// Fewer than two huge pages would not be worth the heap kept.
constexpr std::size_t kSmallest = std::size_t{4} << 20;
// The room is no larger than this (a 1 GiB file would ask for 4 GiB): kept below the
// trimming threshold, or freeing it would give it straight back.
constexpr std::size_t kLargestRoom = std::size_t{512} << 20;
constexpr int kKeepTop = 1 << 30;
// glibc's own value, which mallopt offers no way to read back (a glibc.malloc.mmap_max
// tunable the user set is lost).
constexpr int kGlibcMmapMax = 65536;
// Any mallopt() stops glibc raising its mmap threshold as large blocks come and go, and a
// block over the fixed 128 KiB would be mapped afresh, and faulted in afresh, on every
// allocation: a zoom step of 10,000 missions lays out lists of a megabyte. Blocks up to
// 2 MiB come from the heap and are used again; larger ones, as the parser's index of a
// large file (four bytes a character), are still mapped apart, and leave the room to the
// model (at 32 MiB the index took the room, and validating 10,000 missions went from
// 0.09 to 0.12 s).
constexpr int kLargestFromHeap = 2 << 20;

} // namespace

bool makeRoom(std::size_t bytes) {
    if (bytes < kSmallest) {
        return false;
    }
    bytes = std::min(bytes, kLargestRoom);
    // A block this large would be mapped apart from the heap; taken from the heap's top
    // instead, freeing it leaves that top large for the blocks that follow.
    mallopt(M_MMAP_MAX, 0);
    void* block = std::malloc(bytes);
    mallopt(M_MMAP_MAX, kGlibcMmapMax);
    if (!block) {
        return false;
    }
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
    if (end > begin) {
        // Advice only: where huge pages are off, the memory works as before.
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
    mallopt(M_TRIM_THRESHOLD, kKeepTop);
    mallopt(M_MMAP_THRESHOLD, kLargestFromHeap);
    std::free(block);
    return true;
}

bool giveBack() {
    return malloc_trim(0) != 0;
}

#else

bool makeRoom(std::size_t) {
    return false;
}

bool giveBack() {
    return false;
}

#endif

} // namespace orrery::heap_room
