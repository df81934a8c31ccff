#pragma once

#include <orrery/roadmap.h>

#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <string>

namespace orrery::app {

class Document;

/// The earlier editions the open roadmap names, each read once (from next to the roadmap's
/// file) and checked by its fingerprint: what the ghosts, the table's variance columns and
/// the inspector's trend read.
class EditionLibrary : public QObject {
    Q_OBJECT

public:
    explicit EditionLibrary(QObject* parent = nullptr);

    /// Forgets what was read: another roadmap names other editions.
    void setDocument(Document* document);

    /// The editions named, oldest first (none without a document).
    const IdList<EditionReference>& named() const;
    /// The edition's roadmap; null when it cannot be had, and problem() says why.
    const Roadmap* roadmap(const std::string& id);
    QString problem(const std::string& id) const;

private:
    struct Entry {
        std::optional<Roadmap> roadmap;
        QString problem;
    };
    QPointer<Document> m_document;
    std::map<std::string, Entry, std::less<>> m_read;
};

} // namespace orrery::app
