// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace larder {

// What History says differently to SQLite and to PostgreSQL. The queries themselves are shared:
// both take row values, recursive CTEs, partial indexes and RETURNING.
class HistoryDialect final
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit HistoryDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // The Qt SQL driver's name.
    QString driver() const;

    // A schema statement as written for SQLite, in this dialect: 64-bit integers and identity ids in
    // PostgreSQL, whose text compares byte-wise (COLLATE "C") as SQLite's does, so ISO times sort as
    // times and job names in one order on every host.
    QString schemaStatement(const QString& sqlite) const;
    // Starts a transaction that writes: SQLite takes the write lock at once (two processes migrating
    // a new file must not both start); PostgreSQL locks rows as it goes.
    QString beginWrite() const;
    // Inside a migration's transaction, before the version is re-read: only one migrates at a time.
    QString lockForMigration() const;
    // Marks the schema as at version.
    QStringList setVersion(int version) const;
    // Reads the schema version (one row, one column).
    QString readVersion() const;
    // How long a write waits for another's lock before it fails; 0: SQLite never waits, PostgreSQL
    // waits 1 ms (its 0 would wait forever).
    QString setLockWait(int milliseconds) const;
    // What a step adds in this dialect alone, after its shared statements: in PostgreSQL (v6), a
    // notification on every change other hosts' desktop apps must see (History::subscribeToChanges).
    QStringList stepExtras(int version) const;
    // The database's clock, offsetSeconds from now, as an SQL expression in StoredTime's text form:
    // what leases are measured by, so hosts whose clocks disagree still agree on when one expires.
    QString clockText(int offsetSeconds = 0) const;
    // Inside a write transaction: waits until no other host is claiming a dump on the server bound
    // to the one placeholder (PostgreSQL: an advisory lock on its name; SQLite's BEGIN IMMEDIATE has
    // already serialised every write). Empty when there is nothing to run.
    QString lockServer() const;
    // The channel those notifications come on.
    static QString changeChannel() { return QStringLiteral("larder_history"); }
    // What the store said about a failed statement: the database's own words when it gave any.
    static QString errorText(const QSqlError& error);
    // Damage to the store itself (SQLite: SQLITE_CORRUPT, SQLITE_NOTADB), as opposed to a failed query.
    bool isDamage(const QSqlError& error) const;

private:
    Kind m_kind;
};

} // namespace larder
