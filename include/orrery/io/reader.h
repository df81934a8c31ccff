#pragma once

#include <orrery/expected.h>
#include <orrery/io/loaderror.h>
#include <orrery/roadmap.h>

#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

namespace orrery {

/// Limits that keep hostile or broken input from exhausting memory or the stack.
struct ReadLimits {
    std::size_t maxFileBytes = std::size_t{1} << 30;
    /// Roadmaps nest five levels deep; "x-" extensions may add some more.
    int maxDepth = 64;
    /// Stop collecting errors after this many: the first ones are what a planner fixes.
    std::size_t maxErrors = 50;
};

/// The outcome of reading a roadmap: the model, or every problem found (never empty).
using ReadResult = Expected<Roadmap, std::vector<LoadError>>;

/// Reads a roadmap file (format "orrery.roadmap", version 1): JSON syntax, then the
/// published JSON Schema (docs/roadmap.schema.json), then dates and other rules the schema
/// cannot express. Problems that leave the document meaningful (a duplicate mission id, a
/// reference to a mission that does not exist) do not fail the load; checkStructure()
/// reports them.
ReadResult readRoadmapFile(const std::filesystem::path& path, const ReadLimits& limits = {});

/// Gives the memory a large roadmap left free back to the system. Reading a large file
/// keeps freed memory in the process for the next model (the heap room it makes for a
/// model is kept); a program that closes a roadmap and goes on calls this after.
void releaseFreeMemory();

/// The same from text in memory; `fileName` only labels the errors.
ReadResult parseRoadmap(std::string_view text, std::string_view fileName = {},
                        const ReadLimits& limits = {});

/// The JSON Schema the reader enforces, as published in docs/roadmap.schema.json.
std::string_view roadmapSchemaText();

} // namespace orrery
