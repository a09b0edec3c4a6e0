// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QList>
#include <QPair>
#include <QString>

class PgCluster;

// The pieces that tests of runs share: a cluster's databases with rows to dump, a PGPASSFILE, the
// head of a config file ([defaults] and [servers.main]) written atomically, and the environment
// that makes sure only what the test supplies can authenticate. Core only: no widgets.
namespace BackupFixture {

// Unsets PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PGSERVICE and points PGPASSFILE at a
// file that does not exist: no ~/.pgpass, no PG* from the caller.
void isolateFromPgEnvironment();

// Creates dbname owned by owner with a table (id int PRIMARY KEY, body text) of `rows` rows,
// created as owner.
larder::Result<void> createFilledDatabase(const PgCluster& cluster, const QString& dbname,
                                          const QString& owner, const QString& table, int rows);

// The SQL that createFilledDatabase runs: table (id int PRIMARY KEY, body text) with `rows` rows.
QString filledTableSql(const QString& table, int rows);

// Creates dbname owned by owner and runs sql (if any) in it as owner, so that the objects are the
// owner's, as a real application's are, and a dump as owner can read them all.
larder::Result<void> createOwnedDatabase(const PgCluster& cluster, const QString& dbname,
                                         const QString& owner, const QString& sql);

// The usual server of a test: a LOGIN role with a password, and for each (dbname, sql) a database
// that the role owns, filled by sql run as the role (createOwnedDatabase).
larder::Result<void> createRoleWithDatabases(const PgCluster& cluster, const QString& role,
                                             const QString& password,
                                             const QList<QPair<QString, QString>>& databases);

// Writes a passfile (0600) giving role's password on the cluster's TCP host and port.
larder::Result<void> writePassFile(const QString& path, const PgCluster& cluster, const QString& role,
                                   const QString& password);

// "[defaults]" with dump_dir, history and schedule; more default keys can follow.
QString defaultsSection(const QString& dumpDir, const QString& history, const QString& schedule);

// "[servers.NAME]" on 127.0.0.1:port as user; ends after the user line, so that more server keys
// can follow.
QString serverSection(const QString& name, int port, const QString& user);

// defaultsSection(), a blank line, then serverSection("main", port, user).
QString configHead(const QString& dumpDir, const QString& history, const QString& schedule, int port,
                   const QString& user);

// A config with one job, app, on a server nobody answers at (127.0.0.1:9), schedule "manual" and
// max_age "1 hour": with recordPastSuccess(), a job that is stale without any dump being made.
QString staleAppConfig(const QString& dumpDir, const QString& history);

// Records a finished successful attempt of job (server "default", database job) that started
// secondsAgo; its id.
larder::Result<qint64> recordPastSuccess(const QString& historyPath, const QString& job, qint64 secondsAgo);

// Replaces path atomically, as the GUI's editor saves: watchers must survive the file being replaced.
larder::Result<void> writeFileAtomically(const QString& path, const QByteArray& contents);

// Run by CTest inside a private unlocked gnome-keyring (LARDER_TEST_KEYRING=1), or with a dead
// session bus (LARDER_TEST_NO_KEYCHAIN=1).
bool keyringMode();
bool noKeychainMode();

} // namespace BackupFixture

// Skip the test function unless run in the matching mode (uses QSKIP: needs <QTest>).
#define REQUIRE_KEYRING()                                                                                    \
    do {                                                                                                     \
        if (!BackupFixture::keyringMode())                                                                   \
            QSKIP("needs a private keyring: run through tests/with-keyring.sh with LARDER_TEST_KEYRING=1");  \
    } while (false)

#define REQUIRE_NO_KEYCHAIN()                                                                                \
    do {                                                                                                     \
        if (!BackupFixture::noKeychainMode())                                                                \
            QSKIP("needs a process without a session bus: LARDER_TEST_NO_KEYCHAIN=1");                       \
    } while (false)
