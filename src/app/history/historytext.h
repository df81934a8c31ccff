#pragma once

#include <orrery/diff.h>
#include <orrery/signing.h>

#include <git/repository.h>

#include <QString>

namespace orrery::app::history_text {

/// "2026-03-14": a commit's date as the planner's calendar has it.
QString dateOf(const git::Commit& commit);
/// "start 2026 → 2028 (+24 months)", "added", "renamed from msr", "requires em2: added".
QString describe(const Change& change);
/// "good (ESA)", "unsigned", "unlisted key"...
QString signatureText(const CommitSignature& signature);

} // namespace orrery::app::history_text
