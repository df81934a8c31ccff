#pragma once

#include <QDockWidget>
#include <QPointer>

class QTreeWidget;

namespace orrery::app {

class Document;

/// The reviews the roadmap records, newest first: when, who, which agency's contribution
/// (and its fingerprint), how many changes were accepted and rejected; below each, every
/// decision with its comment.
class ReviewHistoryDock : public QDockWidget {
    Q_OBJECT

public:
    explicit ReviewHistoryDock(QWidget* parent = nullptr);

    void setDocument(Document* document);
    QTreeWidget* view() const { return m_view; }

Q_SIGNALS:
    /// A decision about a mission was activated (double-click, Enter): show that mission.
    void missionActivated(const QString& missionId);

private:
    void refresh();

    QPointer<Document> m_document;
    QTreeWidget* m_view;
};

} // namespace orrery::app
