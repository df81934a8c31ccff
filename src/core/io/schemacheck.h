#pragma once

// Enforces docs/roadmap.schema.json (compiled into the library) with valijson, and turns
// valijson's reports into LoadErrors a planner can act on: the leaf problem only (not the
// chain of "item #3 failed" above it), a stable code, the JSON pointer, and what was
// expected in the words of the schema's own descriptions.

#include <orrery/io/loaderror.h>

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace orrery::schema_check {

struct Violation {
    LoadErrorCode code = LoadErrorCode::InvalidValue;
    std::string pointer;
    std::string message;
    /// Point the reader at the member's key rather than its value (unknown keys).
    bool atKey = false;
};

std::vector<Violation> validate(const nlohmann::json& document, std::size_t maxViolations);

} // namespace orrery::schema_check
