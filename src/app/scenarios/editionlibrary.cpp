#include "editionlibrary.h"

#include "../document.h"
#include "baselines.h"

#include <render/utf8.h>

namespace orrery::app {

EditionLibrary::EditionLibrary(QObject* parent) : QObject(parent) {}

void EditionLibrary::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_read.clear();
    if (m_document) {
        // Saved elsewhere, the roadmap finds its editions next to its new file.
        connect(m_document, &Document::filePathChanged, this, [this] { m_read.clear(); });
        // Reloaded, or its editions edited: they are read again when next asked for.
        connect(m_document, &Document::changed, this, [this](const DocumentChange& change) {
            if (change.kind == DocumentChange::Kind::Reset ||
                change.kind == DocumentChange::Kind::RoadmapEdited) {
                m_read.clear();
            }
        });
    }
}

const IdList<EditionReference>& EditionLibrary::named() const {
    static const IdList<EditionReference> none;
    return m_document ? m_document->wholeRoadmap().editions : none;
}

const Roadmap* EditionLibrary::roadmap(const std::string& id) {
    if (!m_document) {
        return nullptr;
    }
    auto found = m_read.find(id);
    if (found == m_read.end()) {
        Entry entry;
        if (const EditionReference* edition = named().find(id)) {
            auto loaded = loadEditionOf(*m_document, *edition);
            if (loaded) {
                entry.roadmap = std::move(*loaded);
            } else {
                entry.problem = loaded.error();
            }
        } else {
            entry.problem = tr("The roadmap names no edition \"%1\".").arg(render::toQString(id));
        }
        found = m_read.emplace(id, std::move(entry)).first;
    }
    return found->second.roadmap ? &*found->second.roadmap : nullptr;
}

QString EditionLibrary::problem(const std::string& id) const {
    const auto found = m_read.find(id);
    return found == m_read.end() ? QString() : found->second.problem;
}

} // namespace orrery::app
