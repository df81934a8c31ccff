#include "keyboard.h"

#include "../selection.h"

#include <render/utf8.h>

#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace orrery::app {

using namespace Qt::StringLiterals;

namespace {

/// The keys that move the selection on a chart: what navigationStep() answers and what
/// Help > Keyboard Shortcuts lists, from this one table.
struct StepKey {
    Qt::Key key;
    bool control;
    render::Step step;
    const char* description;
};

constexpr StepKey kStepKeys[] = {
    {Qt::Key_Up, false, render::Step::Up,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the mission in the row above")},
    {Qt::Key_Down, false, render::Step::Down,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the mission in the row below")},
    {Qt::Key_Left, false, render::Step::Left,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                       "Select the mission before it in time (diagram: the layer before)")},
    {Qt::Key_Right, false, render::Step::Right,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                       "Select the mission after it in time (diagram: the layer after)")},
    {Qt::Key_Home, false, render::Step::Start,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the first mission of the lane")},
    {Qt::Key_End, false, render::Step::End,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the last mission of the lane")},
    {Qt::Key_Home, true, render::Step::RoadmapStart,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the roadmap's first mission")},
    {Qt::Key_End, true, render::Step::RoadmapEnd,
     QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Select the roadmap's last mission")},
};

QString keyboardText(const char* text) {
    return QCoreApplication::translate("orrery::app::Keyboard", text);
}

} // namespace

std::optional<render::Step> navigationStep(const QKeyEvent& event) {
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    if (modifiers & Qt::AltModifier) {
        return std::nullopt;
    }
    const bool control = modifiers & Qt::ControlModifier;
    for (const StepKey& entry : kStepKeys) {
        // Ctrl with an arrow steps as the arrow does.
        const bool arrow = entry.key != Qt::Key_Home && entry.key != Qt::Key_End;
        if (entry.key == event.key() && (arrow || entry.control == control)) {
            return entry.step;
        }
    }
    return std::nullopt;
}

QList<KeyHelp> chartKeys() {
    QList<KeyHelp> keys;
    for (const StepKey& entry : kStepKeys) {
        keys.push_back(
            {QKeySequence(entry.control ? (Qt::CTRL | entry.key) : QKeyCombination(entry.key))
                 .toString(QKeySequence::NativeText),
             keyboardText(entry.description)});
    }
    const auto text = [](QKeyCombination combination) {
        return QKeySequence(combination).toString(QKeySequence::NativeText);
    };
    keys.push_back({keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Shift+arrow")),
                    keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                                                   "Add the next mission to the selection"))});
    keys.push_back({text(QKeyCombination(Qt::Key_Return)),
                    keyboardText(QT_TRANSLATE_NOOP(
                        "orrery::app::Keyboard",
                        "Edit the selected mission: its name in the inspector (also a "
                        "double-click)"))});
    keys.push_back({text(Qt::ALT | Qt::Key_Left) + u" / "_s + text(Qt::ALT | Qt::Key_Right),
                    keyboardText(QT_TRANSLATE_NOOP(
                        "orrery::app::Keyboard",
                        "Timeline: move the selected missions a month earlier or later"))});
    keys.push_back(
        {text(Qt::ALT | Qt::SHIFT | Qt::Key_Left) + u" / "_s +
             text(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
         keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                                        "Timeline: move the selected missions by a year"))});
    keys.push_back({text(QKeyCombination(Qt::Key_Escape)),
                    keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                                                   "Cancel a drag: the mission goes back"))});
    keys.push_back({keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Shift+drag")),
                    keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard",
                                                   "Timeline: move by whole years"))});
    keys.push_back(
        {keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Alt+drag")),
         keyboardText(QT_TRANSLATE_NOOP(
             "orrery::app::Keyboard",
             "From one mission to another: make the first a prerequisite of the second"))});
    keys.push_back(
        {keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Ctrl+wheel")),
         keyboardText(QT_TRANSLATE_NOOP("orrery::app::Keyboard", "Zoom around the pointer"))});
    return keys;
}

bool handleChartKey(const QKeyEvent& event, const Roadmap* roadmap, MissionSelection& selection,
                    const ChartStep& step, const std::function<void()>& edit) {
    if (const auto wanted = navigationStep(event)) {
        if (!roadmap) {
            return true;
        }
        const auto from = roadmap->missions.indexOf(render::toStdString(selection.current()));
        if (const auto to = step(from, *wanted)) {
            const QString id = render::toQString(roadmap->missions[*to].id);
            if (event.modifiers() & Qt::ShiftModifier) {
                selection.revealAdding(id);
            } else {
                selection.reveal(id);
            }
        }
        return true;
    }
    if ((event.key() == Qt::Key_Return || event.key() == Qt::Key_Enter) && !selection.isEmpty()) {
        edit();
        return true;
    }
    return false;
}

} // namespace orrery::app
