#pragma once

#include "../presentation.h"

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <QString>

namespace orrery::app {

class Document;

/// An earlier edition the document's roadmap names, read from next to the document's file
/// (or among the bundled examples, for one of them) and checked against its fingerprint; or
/// why it cannot be had, in a sentence.
Expected<Roadmap, QString> loadEditionOf(const Document& document, const EditionReference& edition);

/// How the shown missions stand against another roadmap (an edition, or another scenario):
/// those that moved, with the dates they have there (drawn as ghosts), and those it has not
/// (marked as added). A date told more exactly there or here has not moved.
Presentation::ProposalMarks marksAgainst(const Roadmap& shown, const Roadmap& other);

} // namespace orrery::app
