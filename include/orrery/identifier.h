#pragma once

#include <string_view>

namespace orrery {

/// Whether text is an id the file format accepts (docs/roadmap.schema.json, "id"): 1 to 64
/// letters, digits, '.', '_' or '-', starting with a letter or digit. Missions, agencies,
/// destinations and capabilities are named by such ids.
bool isWellFormedId(std::string_view text);

} // namespace orrery
