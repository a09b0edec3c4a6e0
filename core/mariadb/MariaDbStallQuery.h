// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/ServerConfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace larder {

// Why a MariaDB dump writes nothing, in words a user reads: what the server says its connection
// is doing (PROCESSLIST's state, e.g. "Waiting for table metadata lock") and for how long, and who
// else works in the database meanwhile. Blocking (one mariadb client run): call it off the GUI thread.
class MariaDbStallQuery final
{
    Q_DECLARE_TR_FUNCTIONS(MariaDbStallQuery)

public:
    // Empty when the server shows the dump working (sending data), or cannot be asked.
    static QString ask(const ServerConfig& server, const std::optional<QString>& password,
                       const QString& dbname);
    // The words for one answer: state, seconds, connection id of the dump; the others in the
    // database ("id user command seconds"), at most three.
    static QString describe(const QStringList& dump, const QList<QStringList>& others);
};

} // namespace larder
