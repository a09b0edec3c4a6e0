// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace larder {
class RunService;
}

// One test function's files for runs against a test cluster: a fresh temporary directory for the
// config, the history and the dumps; and RunServices on that config whose password lookup answers
// the role's password, or a wrong one while wrongPassword is set. Scheduling is off: tests start
// the runs they want.
class ScratchRunFiles final
{
    Q_DISABLE_COPY_MOVE(ScratchRunFiles)

public:
    // prefix: the directory's name before its random part, naming the test ("larder-mainwindow").
    ScratchRunFiles(const QString& prefix, const QString& password);

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString config() const { return m_dir.filePath(QStringLiteral("larder.toml")); }
    QString history() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }
    QString dumpDir() const { return m_dir.filePath(QStringLiteral("dumps")); }

    // Read at every lookup, so it also changes what services made before answer.
    void setWrongPassword(bool wrong) { m_wrongPassword = wrong; }
    std::unique_ptr<larder::RunService> makeService() const;

private:
    QTemporaryDir m_dir;
    QString m_password;
    bool m_wrongPassword = false;
};
