// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "GuiTestHelpers.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace GuiTestHelpers {

bool selectRowWhere(QAbstractItemView* view, int role, const QVariant& value)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role) == value) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QPushButton* okButton(const QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void answerNextModal(std::function<void(QDialog*)> handler, QWidget* skip)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    const QDeadlineTimer deadline(10'000);
    QPointer<QWidget> skipped = skip;
    QObject::connect(timer, &QTimer::timeout, [timer, handler, deadline, skipped] {
        QWidget* modal = QApplication::activeModalWidget();
        QPointer<QDialog> dialog = modal == skipped ? nullptr : qobject_cast<QDialog*>(modal);
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (!dialog)
            return;
        handler(dialog);
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    answerNextModal([button, text](QDialog* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        *text = box->text();
        box->button(button)->click();
    });
}

void prepareFirstStart(const QTemporaryDir& home)
{
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
        const QString path = home.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name, QFile::encodeName(path));
    }
    qunsetenv("LARDER_CONFIG");
}

void nameAsLarderGui()
{
    QApplication::setApplicationName(QStringLiteral("larder-gui"));
    QApplication::setOrganizationName(QStringLiteral("Larder"));
    QApplication::setQuitOnLastWindowClosed(false);
}

} // namespace GuiTestHelpers
