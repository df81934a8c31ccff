#pragma once

// The mission table as CSV (RFC 4180, UTF-8) for spreadsheets, and back. One row per
// mission; lists of ids in one cell separated by ";"; prerequisites in one cell written as
// "launcher; lander (SS, +3 months, soft)"; docs/interchange.md has every column.

#include <orrery/expected.h>
#include <orrery/io/import.h>
#include <orrery/roadmap.h>

#include <string>
#include <string_view>
#include <vector>

namespace orrery {

/// The columns, in the order written: id, name, lead, partners, destination, crew, status,
/// start, end, prerequisites, objectives, needs, knowledge, provides, closes, notes,
/// references, then one per
/// "x-" key of the missions. `kept` (by mission, empty for all) leaves missions out. Every
/// text cell is quoted, records end in CRLF; `byteOrderMark` starts the file with one so that
/// spreadsheets read it as UTF-8.
std::string toMissionCsv(const Roadmap& roadmap, const std::vector<bool>& kept = {},
                         bool byteOrderMark = false);

/// A mission table: the header names the columns (in any order, any case; id, name, lead,
/// destination and start are needed), then a mission per row. A leading byte order mark is
/// skipped, LF or CRLF end records. Each bad row is an error on the line it starts on and is
/// left out; a column Orrery does not know is kept in an "x-" key of each mission, and said.
ImportedPlan readMissionCsv(std::string_view text);

/// "launcher; lander (SS, +3 months, soft)": a mission's prerequisites in one cell.
std::string prerequisitesToText(const std::vector<Prerequisite>& prerequisites);
/// The cell read back; the error names the part that is not understood.
Expected<std::vector<Prerequisite>, std::string> prerequisitesFromText(std::string_view text);

} // namespace orrery
