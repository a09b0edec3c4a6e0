// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace larder {

// A secret handed to a child tool through a file rather than its command line or environment (both
// readable in /proc): mode 0600, alone in a 0700 directory of its own under
// PrivateDirectory::userTemporary(), removed with this object. The directory's name carries the
// creating process's id, so that what a killed Larder left behind is removed by sweepOrphans().
class SecretFile final
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)
    Q_DISABLE_COPY_MOVE(SecretFile)

public:
    ~SecretFile();

    // fileName: the file's own name in its directory (e.g. "client.cnf"). Errors say where and why.
    static Result<std::unique_ptr<SecretFile>> create(const QString& fileName, const QByteArray& content);
    QString path() const { return m_path; }

    // Removes the secrets of processes that no longer run (a Larder killed with -9); returns how
    // many. Directory: for tests; default PrivateDirectory::userTemporary().
    static int sweepOrphans(const QString& directory = QString());
    // The prefix of a secret directory's name, followed by "<pid>-<random>".
    static QString directoryPrefix() { return QStringLiteral("secret-"); }

private:
    SecretFile(QString directory, QString path);

    QString m_directory;
    QString m_path;
};

} // namespace larder
