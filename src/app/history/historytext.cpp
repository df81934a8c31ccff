#include "historytext.h"

#include "../labels.h"

#include <render/utf8.h>

#include <QCoreApplication>
#include <QDateTime>

namespace orrery::app::history_text {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("orrery::app::History", text);
}

QString shown(const std::string& value) {
    return value.empty() ? tr("(none)") : render::toQString(value);
}

} // namespace

QString dateOf(const git::Commit& commit) {
    const QDateTime when = QDateTime::fromString(render::toQString(commit.date), Qt::ISODate);
    return when.isValid() ? when.toString(u"yyyy-MM-dd"_s) : render::toQString(commit.date);
}

QString describe(const Change& change) {
    QString what;
    if (change.entity == EntityKind::Dependency) {
        what = tr("requires %1").arg(render::toQString(change.prerequisite)) + u": "_s;
    }
    switch (change.kind) {
    case ChangeKind::Added:
        return what + tr("added");
    case ChangeKind::Removed:
        return what + tr("removed");
    case ChangeKind::Renamed:
        return tr("renamed from %1 to %2")
            .arg(render::toQString(change.previousId), render::toQString(change.id));
    case ChangeKind::Changed:
        break;
    }
    if (!change.field) {
        return what + tr("changed");
    }
    QString text = what + render::toQString(change.field->field) + u" "_s +
                   shown(change.field->before) + u" → "_s + shown(change.field->after);
    if (change.field->shiftMonths && *change.field->shiftMonths != 0) {
        text += u" ("_s + shiftText(*change.field->shiftMonths) + u")"_s;
    }
    return text;
}

QString signatureText(const CommitSignature& signature) {
    const QString status = render::toQString(std::string(toString(signature.status)));
    return signature.signer.empty()
               ? status
               : status + u" ("_s + render::toQString(signature.signer) + u")"_s;
}

} // namespace orrery::app::history_text
