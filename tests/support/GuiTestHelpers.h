// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class QAbstractItemView;
class QDialog;
class QLineEdit;
class QPushButton;
class QWidget;

// Driving widgets from Qt Tests: children by object name, typing, the OK button, and answering the
// modal dialogs that exec() runs.
namespace GuiTestHelpers {

// The child of parent named name, or nullptr.
template <typename T>
T* childNamed(const QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

// The child of parent named name; aborts the test run naming it when there is none, rather than
// crashing on a null pointer.
template <typename T>
T* requireChild(const QObject* parent, const char* name)
{
    T* found = childNamed<T>(parent, name);
    if (found == nullptr)
        qFatal("no child widget named %s", name);
    return found;
}

// Makes the first row whose column-0 data for role equals value the view's current, selected row
// (as a click would); false when no row matches.
bool selectRowWhere(QAbstractItemView* view, int role, const QVariant& value);

// The OK button of the dialog's button box.
QPushButton* okButton(const QWidget* dialog);

// Replaces the edit's text by typing text with the keyboard.
void typeInto(QLineEdit* edit, const QString& text);

// Calls handler with the next modal window (a dialog or message box run by exec(), other than skip)
// from inside its own event loop: exec() returns only once the window is answered, so the answer
// must come from a timer. Gives up after about ten seconds without one. Whatever the handler
// leaves open is rejected, so that a failed check ends the dialog instead of hanging the test.
void answerNextModal(std::function<void(QDialog*)> handler, QWidget* skip = nullptr);

// Answers the next modal window, which must be a message box, with button; its text goes to *text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text);

// A first start of larder-gui: every XDG directory an empty one under home, set before QApplication
// and QStandardPaths read them (and inherited by larder and larder-gui children), no LARDER_CONFIG.
void prepareFirstStart(const QTemporaryDir& home);
// The application as larder-gui names itself; it stays when its last window closes (as with a tray).
void nameAsLarderGui();

// main() of a test of a first start: runs Test's functions in that environment.
template <typename Test>
int execAsFirstStart(int argc, char* argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    prepareFirstStart(home);
    QApplication app(argc, argv);
    nameAsLarderGui();
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace GuiTestHelpers
