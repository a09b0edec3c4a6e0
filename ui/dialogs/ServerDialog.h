// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "SectionDialog.h"
#include "config/ServerConfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

#include <memory>

namespace larder {

class ConnectionTester;
class DatabaseEngine;
class OptionalSpinBox;

// Adds or edits one [servers.NAME]. The password goes to the OS keychain on OK, never into the file;
// where no keychain is reachable the dialog says how to use ~/.pgpass instead and stays open.
class ServerDialog final : public SectionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    // serverName empty: a new server. engine: what "Test connection" probes through.
    ServerDialog(ConfigDocument document, const QString& serverName, std::shared_ptr<DatabaseEngine> engine,
                 QWidget* parent = nullptr);
    ~ServerDialog() override;

    QString serverName() const;
    // The connection settings the fields describe, with inherited values filled in.
    ServerConfig effectiveServer() const;
    // Moves a stored password to the server's new keychain key when OK changed user, host or port.
    Result<void> moveStoredPassword(const ServerConfig& server) const;

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

protected:
    QStringList applyTo(ConfigDocument& document) const override;
    QString section() const override;

private:
    // The engine the fields describe: the selector's, else inherited from [defaults].
    EngineKind effectiveEngine() const;
    // Placeholders, and the fields that depend on the engine (sslmode, the probe database, help).
    void updatePlaceholders();
    void showPasswordStored(bool stored); // the password field's placeholder and tooltip
    void testConnection();
    void showTestResult(bool ok, const QString& message);
    void showPasswordProblem(const QString& message);
    QString sectionFor(const QString& name) const;

    QString m_originalName;
    QLineEdit* m_nameEdit;
    QComboBox* m_engineCombo;
    QLineEdit* m_hostEdit;
    OptionalSpinBox* m_portSpin;
    QLineEdit* m_userEdit;
    QComboBox* m_sslmodeCombo;
    OptionalSpinBox* m_maxParallelSpin;
    QLineEdit* m_passwordEdit;
    QCheckBox* m_forgetPasswordCheck;
    QLabel* m_passwordStatusLabel;
    QLineEdit* m_probeDatabaseEdit;
    QPushButton* m_testButton;
    QProgressBar* m_testBusy;
    QLabel* m_testResultLabel;
    ConnectionTester* m_tester;
    bool m_passwordStored = false;
};

} // namespace larder
