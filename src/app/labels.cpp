#include "labels.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdlib>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("orrery::app::Labels", text);
}
} // namespace

QString windowText(const char* text, int n) {
    return QCoreApplication::translate("orrery::app::MainWindow", text, nullptr, n);
}

QString counted(int count, const QString& one, const QString& many) {
    return (count == 1 ? one : many).arg(count);
}

QString shiftText(int months) {
    const QString text =
        counted(std::abs(months), QCoreApplication::translate("orrery::app::Labels", "%1 month"),
                QCoreApplication::translate("orrery::app::Labels", "%1 months"));
    return (months > 0 ? u"+"_s : u"-"_s) + text;
}

QString fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {u"title"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Title")},
        {u"edition"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Edition")},
        {u"asOf"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "As of")},
        {u"lanes"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Lanes")},
        {u"name"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Name")},
        {u"country"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Country")},
        {u"color"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Colour")},
        {u"body"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Body")},
        {u"initiallyAvailable"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Initially available")},
        {u"lead"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Lead agency")},
        {u"partners"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Partners")},
        {u"destination"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Destination")},
        {u"crew"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Crew")},
        {u"status"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Status")},
        {u"start"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Start")},
        {u"end"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "End")},
        {u"needs"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Needs")},
        {u"provides"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Provides")},
        {u"notes"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Notes")},
        {u"references"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "References")},
        {u"c3Limit"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Launch energy limit (C3)")},
        {u"orbit"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Orbit")},
        {u"type"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Type")},
        {u"lagMonths"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Lag (months)")},
        {u"strength"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Strength")},
        {u"id"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Id")},
        {u"description"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Description")},
        {u"goal"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Goal")},
        {u"measurement"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Closed by measuring")},
        {u"objectives"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Objectives")},
        {u"needsKnowledge"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Needs known")},
        {u"closes"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Closes gaps")},
        {u"owner"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Owner")},
        {u"drops"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Drops")},
        {u"path"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "File")},
        {u"fingerprint"_s, QT_TRANSLATE_NOOP("orrery::app::Labels", "Fingerprint")},
    };
    // A scenario's change of one mission, and a mission it adds, are fields of their own.
    if (field.startsWith(u"changes."_s)) {
        return tr("Changes %1").arg(field.mid(8));
    }
    if (field.startsWith(u"adds."_s)) {
        return tr("Adds %1").arg(field.mid(5));
    }
    const auto found = labels.constFind(field);
    return found == labels.constEnd() ? field : tr(found.value());
}

} // namespace orrery::app
