#include "historymodel.h"

#include "historytext.h"
#include "repositoryhistory.h"

#include <render/utf8.h>

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace orrery::app {

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(RepositoryHistory* history, QObject* parent)
    : QAbstractTableModel(parent), m_history(history) {
    connect(history, &RepositoryHistory::commitsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(history, &RepositoryHistory::verdictsChanged, this, [this] {
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    });
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_history->commits().size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const git::Commit& commit = m_history->commits()[static_cast<std::size_t>(index.row())];
    const auto problems = m_history->problems(commit.id);
    const bool flagged = problems && !problems->empty();
    if (role == CommitIdRole) {
        return render::toQString(commit.id);
    }
    if (role == FlaggedRole) {
        return flagged;
    }
    if (role == Qt::ForegroundRole && index.column() == Signature && flagged) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{render::toQString(commit.id.substr(0, 12)) + u"  "_s +
                              render::toQString(commit.author) + u" <"_s +
                              render::toQString(commit.email) + u">"_s,
                          render::toQString(commit.subject)};
        if (flagged) {
            for (const AuthorityProblem& problem : *problems) {
                lines << u"⚠ "_s + render::toQString(problem.message);
            }
        }
        return lines.join(u"\n"_s);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Date:
        return history_text::dateOf(commit);
    case Author:
        return render::toQString(commit.author);
    case Message:
        return render::toQString(commit.subject);
    case Signature: {
        if (!m_history->checksSignatures()) {
            return QString();
        }
        const auto signature = m_history->signature(commit.id);
        if (!signature) {
            return tr("checking...");
        }
        QString text = history_text::signatureText(*signature);
        if (flagged) {
            text = u"⚠ "_s + text;
        }
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Author:
        return tr("Author");
    case Message:
        return tr("Message");
    case Signature:
        return tr("Signature");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace orrery::app
