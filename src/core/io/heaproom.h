#pragma once

// Room on the heap for the many small allocations of a model about to be built, in memory
// the kernel may back with huge pages. Building the model of a large file touches fresh
// memory a page at a time, and on virtual machines each fault of a 4 KiB page costs more
// than the work done in it: a 100,000-mission model is about 30,000 faults. glibc's malloc
// takes small blocks from one heap that grows at its top; this makes that top large and
// advised for huge pages before the model is built, as glibc's own `glibc.malloc.hugetlb`
// tunable would for the whole process. Elsewhere, and under the sanitizers, which bring
// their own allocator, it does nothing.

#include <cstddef>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) ||                         \
    __has_feature(thread_sanitizer)
#define ORRERY_SANITIZER_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ORRERY_SANITIZER_ALLOCATOR 1
#endif

namespace orrery::heap_room {

#if defined(__GLIBC__) && !defined(ORRERY_SANITIZER_ALLOCATOR)
inline constexpr bool kGlibcAllocator = true;
#else
inline constexpr bool kGlibcAllocator = false;
#endif

/// Sets aside about `bytes` at the heap's top, advised for huge pages, and keeps the
/// heap from giving its top back to the system from then on, so that what a model frees
/// is used again rather than faulted in afresh. Below a few megabytes it does nothing.
/// Returns whether it set memory aside.
bool makeRoom(std::size_t bytes);

/// Gives the heap's free memory back to the system; where makeRoom() does nothing, so does
/// this. Returns whether there was any to give.
bool giveBack();

} // namespace orrery::heap_room
