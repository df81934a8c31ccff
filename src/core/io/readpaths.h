#pragma once

// The reader's two paths. parseRoadmap() tries the fast one and hands whatever it doubts to
// the precise one, so every message, line, column and pointer comes from the precise reader;
// the tests and a fuzz target check that the two decide alike.

#include <orrery/io/reader.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace orrery::read_paths {

/// Bytes past the text's end that the fast path reads (simdjson's padding).
inline constexpr std::size_t kReadPadding = 64;

/// Reads a file the schema and the reader's own rules accept, building the model straight
/// from a simdjson On-Demand walk checked against the compiled schema. Nothing when it
/// doubts: any problem, anything unusual (an escaped code point, a control character in a
/// string, a number it cannot keep), or a schema it cannot check; the caller then reads the
/// text with readPrecisely(). `capacity` is how many bytes may be read at `text.data()`: with
/// simdjson's padding to spare, the text is not copied.
std::optional<Roadmap> readFast(std::string_view text, std::size_t capacity,
                                const ReadLimits& limits);

/// The reader that finds and locates every problem: nlohmann/json, then valijson with the
/// published schema, then the rules a schema cannot state.
ReadResult readPrecisely(std::string_view text, std::string_view fileName,
                         const ReadLimits& limits);

/// Both: what parseRoadmap() does, with the text's capacity known.
ReadResult read(std::string_view text, std::size_t capacity, std::string_view fileName,
                const ReadLimits& limits);

} // namespace orrery::read_paths
