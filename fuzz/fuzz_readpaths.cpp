// The reader's two paths on any bytes: what the fast path reads, the precise reader reads
// to the same roadmap; what the precise reader refuses, the fast path leaves to it. The
// input is tried with a copy (a string of exactly its size) and in place (with room after
// it), the two ways the fast path meets text.

#include "io/readpaths.h"
#include "property.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using orrery::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const orrery::ReadLimits limits;
    const auto precise = orrery::read_paths::readPrecisely(text, "fuzz", limits);
    const auto copied = orrery::read_paths::readFast(text, text.size(), limits);
    if (copied) {
        require(precise.has_value(), "what the fast path reads, the precise reader reads");
        require(*copied == *precise, "both paths read the same roadmap");
    }
    std::string padded(text);
    padded.resize(size + orrery::read_paths::kReadPadding);
    const auto inPlace =
        orrery::read_paths::readFast(std::string_view(padded.data(), size), padded.size(), limits);
    require(inPlace.has_value() == copied.has_value(), "in place or copied, the same decision");
    if (inPlace) {
        require(*inPlace == *copied, "in place or copied, the same roadmap");
    }
    return 0;
}
