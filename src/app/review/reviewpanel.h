#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTreeView;

namespace orrery::app {

class FindingTableModel;
class ReviewModel;
class ReviewSession;

/// The review of a contribution: its changes grouped by mission with decision, flags, owner,
/// before and after; accept or reject each, a mission's at once, or all of one kind;
/// comments; what the merged roadmap would break; and Apply, which records the review. It
/// sits in the review's own tab, under the proposed timeline.
class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ReviewPanel(ReviewSession* session, QWidget* parent = nullptr);

    ReviewModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QTableView* findingsView() const { return m_findingsView; }
    FindingTableModel* findingsModel() const { return m_findings; }
    QLineEdit* reviewerField() const { return m_reviewer; }
    QLineEdit* commentField() const { return m_comment; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* discardButton() const { return m_discard; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* findingsLabel() const { return m_findingsSummary; }
    /// The menus of "Accept All" and "Reject All": one entry per kind of change present.
    QMenu* acceptAllMenu() const { return m_acceptAll; }
    QMenu* rejectAllMenu() const { return m_rejectAll; }

    /// Applies the review (one undoable command), remembering the reviewer's name.
    bool apply();

Q_SIGNALS:
    /// The review was applied or discarded: the window closes it.
    void finished();

private:
    void refresh();
    void refreshFindings();
    void decideSelected(bool accept);
    void fillKindMenu(QMenu* menu, bool accept);
    void currentChanged();

    ReviewSession* m_session;
    ReviewModel* m_model;
    FindingTableModel* m_findings;
    QLabel* m_header = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_comment = nullptr;
    QMenu* m_acceptAll = nullptr;
    QMenu* m_rejectAll = nullptr;
    QLabel* m_findingsSummary = nullptr;
    QTableView* m_findingsView = nullptr;
    QLineEdit* m_reviewer = nullptr;
    QLabel* m_reviewerLabel = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace orrery::app
