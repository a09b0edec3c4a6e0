// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ConfigEditor.h"
#include "DefaultsDialog.h"
#include "GuiTestHelpers.h"
#include "config/toml/ConfigDocument.h"
#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using larder::ConfigEditor;
using larder::RunService;

using namespace GuiTestHelpers;

namespace {

QAbstractButton* buttonWithText(QMessageBox* box, const QString& text)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ConfigEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editDefaults_savesKeepsBakAndReloadsService();
    void editDefaults_fileChangedElsewhere_overwriteKeepsOurEdit();
    void editDefaults_fileChangedElsewhere_reloadKeepsTheirs();
    void removeDatabase_asksSayingDumpsStay_thenRemoves();
    void editDatabase_unknownJob_refused();

private:
    // Opens the defaults dialog, sets compression, and (optionally) changes the file meanwhile.
    void answerDefaultsDialog(int compression, const QByteArray& externalEdit = {});

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
};

void tst_ConfigEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ConfigEditor::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.toml").arg(QTest::currentTestFunction()));
    m_original = QStringLiteral("[defaults]\nhost = \"127.0.0.1\"\ndump_dir = \"%1/dumps\"\n"
                                "history = \"%1/history.sqlite\"\nschedule = \"manual\"\n\n"
                                "[databases.app]\ndbname = \"app\"\n")
                     .arg(m_dir.path())
                     .toUtf8();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(m_original);
}

void tst_ConfigEditor::answerDefaultsDialog(int compression, const QByteArray& externalEdit)
{
    answerNextModal([this, compression, externalEdit](QWidget* modal) {
        auto* dialog = qobject_cast<larder::DefaultsDialog*>(modal);
        QVERIFY(dialog != nullptr);
        childNamed<QSpinBox>(dialog, "compressionSpin")->setValue(compression);
        if (!externalEdit.isEmpty()) {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(externalEdit);
        }
        okButton(dialog)->click();
    });
}

void tst_ConfigEditor::editDefaults_savesKeepsBakAndReloadsService()
{
    RunService service(m_path, std::make_shared<larder::PostgresEngine>());
    service.setScheduling(false);
    QVERIFY(service.hasConfig());
    QCOMPARE(service.config().jobs.first().compression, 6);
    ConfigEditor editor(service, std::make_shared<larder::PostgresEngine>(), nullptr);
    QSignalSpy reloaded(&service, &RunService::configReloaded);

    answerDefaultsDialog(1);
    QVERIFY(editor.editDefaults());
    QCOMPARE(service.config().jobs.first().compression, 1);
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(readAll(m_path + QStringLiteral(".bak")), m_original);
    const auto document = larder::ConfigDocument::load(m_path);
    QVERIFY(document);
    QCOMPARE(document->value(QStringLiteral("defaults"), QStringLiteral("compression")), QVariant(qint64(1)));
}

void tst_ConfigEditor::editDefaults_fileChangedElsewhere_overwriteKeepsOurEdit()
{
    RunService service(m_path, std::make_shared<larder::PostgresEngine>());
    service.setScheduling(false);
    ConfigEditor editor(service, std::make_shared<larder::PostgresEngine>(), nullptr);
    const QByteArray theirs = m_original + "\n[databases.other]\ndbname = \"other\"\n";
    answerDefaultsDialog(2, theirs);
    QString question;
    answerNextModal([&question](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box != nullptr);
        question = box->text();
        QAbstractButton* overwrite = buttonWithText(box, QStringLiteral("&Overwrite"));
        QVERIFY(overwrite != nullptr);
        overwrite->click();
    });
    QVERIFY(editor.editDefaults());
    QVERIFY2(question.contains(QFileInfo(m_path).absoluteFilePath()) &&
                 question.contains(QStringLiteral("changed by another program")),
             qPrintable(question));
    const auto document = larder::ConfigDocument::load(m_path);
    QVERIFY(document);
    QCOMPARE(document->value(QStringLiteral("defaults"), QStringLiteral("compression")), QVariant(qint64(2)));
    QVERIFY(!document->hasSection(QStringLiteral("databases.other")));
}

void tst_ConfigEditor::editDefaults_fileChangedElsewhere_reloadKeepsTheirs()
{
    RunService service(m_path, std::make_shared<larder::PostgresEngine>());
    service.setScheduling(false);
    ConfigEditor editor(service, std::make_shared<larder::PostgresEngine>(), nullptr);
    const QByteArray theirs = m_original + "\n[databases.other]\ndbname = \"other\"\n";
    answerDefaultsDialog(2, theirs);
    answerNextModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box != nullptr);
        QAbstractButton* reload = buttonWithText(box, QStringLiteral("&Reload"));
        QVERIFY(reload != nullptr);
        reload->click();
    });
    QVERIFY(!editor.editDefaults());
    QCOMPARE(readAll(m_path), theirs);
    QVERIFY(service.config().job(QStringLiteral("other")) != nullptr);
}

void tst_ConfigEditor::removeDatabase_asksSayingDumpsStay_thenRemoves()
{
    RunService service(m_path, std::make_shared<larder::PostgresEngine>());
    service.setScheduling(false);
    ConfigEditor editor(service, std::make_shared<larder::PostgresEngine>(), nullptr);
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QVERIFY(editor.removeDatabase(QStringLiteral("app")));
    QVERIFY2(
        question.contains(QStringLiteral("history and its dumps in %1/dumps/app stay").arg(m_dir.path())),
        qPrintable(question));
    QVERIFY(service.config().jobs.isEmpty());
    const auto document = larder::ConfigDocument::load(m_path);
    QVERIFY(document);
    QVERIFY(!document->hasSection(QStringLiteral("databases.app")));
}

void tst_ConfigEditor::editDatabase_unknownJob_refused()
{
    RunService service(m_path, std::make_shared<larder::PostgresEngine>());
    service.setScheduling(false);
    ConfigEditor editor(service, std::make_shared<larder::PostgresEngine>(), nullptr);
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!editor.editDatabase(QStringLiteral("main.globals")));
    QVERIFY2(message.contains(QStringLiteral("no [databases.main.globals] section")), qPrintable(message));
    QCOMPARE(readAll(m_path), m_original);
}

QTEST_MAIN(tst_ConfigEditor)
#include "tst_configeditor.moc"
