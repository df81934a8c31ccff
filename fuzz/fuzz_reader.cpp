// The reader on any bytes: it loads or refuses with errors that name a place, and what it
// loads writes out in a form that loads again to the same roadmap, with the same text.

#include "property.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using orrery::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = orrery::parseRoadmap(text, "fuzz");
    if (!loaded) {
        require(!loaded.error().empty(), "a refused file has at least one error");
        for (const auto& error : loaded.error()) {
            require(!error.message.empty(), "every error says what is wrong");
            require(error.line >= 1 && error.column >= 1, "every error has a place in the text");
        }
        return 0;
    }
    const std::string written = orrery::toCanonicalJson(*loaded);
    const auto reloaded = orrery::parseRoadmap(written, "written");
    require(reloaded.has_value(), "what Orrery writes loads again");
    require(*reloaded == *loaded, "writing and reading again keeps the roadmap");
    require(orrery::toCanonicalJson(*reloaded) == written, "canonical text is a fixed point");
    return 0;
}
