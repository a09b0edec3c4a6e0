// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <initializer_list>
#include <optional>

namespace larder {

// Reads a mariadb-dump script the way the mariadb client (--binary-mode) and the server read it, one
// statement at a time, and stops at the first one that would act outside the database the client
// replays it into. Fed in pieces of any size; a statement is held until its delimiter (bounded by
// kMaxStatementBytes), judged, and only then handed to the sink, so that what a restore writes to the
// client is exactly what was checked.
//
// Lexical rules: '...' and "..." with backslash escapes and doubled quotes, `...` identifiers, -- and #
// line comments, /* */ comments; /*! and /*M! executable comments are read as SQL (the server runs
// them), except /*M!999999 (no server runs it: mariadb-dump's sandbox marker for the client).
// DELIMITER lines change the statement delimiter as the client does. Inside a DELIMITER block (a
// routine, trigger or event) each part between semicolons and after BEGIN, THEN, ELSE, DO, LOOP,
// REPEAT and FOR EACH ROW is judged as a statement of its own.
class MariaDbScriptScanner final
{
public:
    struct Finding
    {
        enum class Kind : quint8 {
            OutsideTarget,  // USE, another database, a name qualified with a database
            Accounts,       // users, roles, grants, passwords
            ServerFiles,    // files or programs on the server: LOAD DATA, INTO OUTFILE, LOAD_FILE, SONAME
            ServerWide,     // global settings, plugins, replication, shutdown, kill, flush
            RemoteData,     // a table whose data is on another server (FEDERATED, CONNECT, SPIDER)
            ClientCommand,  // a client command (\! system, source, connect, tee, pager, charset)
            ChangesReading, // changes how the client or server reads the rest (sql_mode, charset, delimiter)
            RunsCode,       // runs code Larder cannot check now: PREPARE/EXECUTE, CALL at top level
            Damaged,        // a NUL byte outside a string: not a script
            TooLong,        // a statement longer than Larder holds
        };
        Kind kind = Kind::OutsideTarget;
        qint64 line = 0;
        QByteArray quote; // the statement (or part) as written, from its first token; at most kQuoteBytes
    };
    struct Summary
    {
        QMap<QString, qint64> rows; // per table, the rows of the script's INSERT/REPLACE ... VALUES
        QStringList uncounted;      // tables written by INSERT ... SELECT and the like: rows not known
        qint64 statements = 0;
    };
    // Gets each accepted piece of the script, in order; false stops the scan (the sink failed).
    using Sink = std::function<bool(QByteArrayView)>;

    static constexpr qsizetype kQuoteBytes = 240;
    static constexpr qsizetype kMaxStatementBytes = qsizetype(256) << 20;

    explicit MariaDbScriptScanner(Sink sink = {});

    // Scans the next bytes; false once a finding (or the sink) ends the scan.
    bool feed(QByteArrayView bytes);
    // The end of the script: judges and passes on what is left; false if there is a finding.
    bool finish();
    const std::optional<Finding>& finding() const { return m_finding; }
    bool sinkFailed() const { return m_sinkFailed; }
    const Summary& summary() const { return m_summary; }

private:
    enum class State : quint8 {
        Sql,
        LineComment,
        BlockComment,
        SandboxComment, // /*M!999999\- ... */: the client's, no server runs it
        String,         // '...' or "..."
        Identifier,     // `...`
        DelimiterLine,
    };
    struct Token
    {
        enum class Kind : quint8 { Word, Identifier, String, Symbol };
        Kind kind = Kind::Word;
        QByteArray text;      // words upper-cased; identifiers unquoted; symbols the character; strings raw
        qsizetype offset = 0; // in m_buffer
        qint64 line = 0;
        int depth = 0; // parentheses around it
    };
    static constexpr qsizetype kNeedMore = -1;

    void scan(bool eof);
    // The next position in Sql state, or kNeedMore.
    qsizetype sql(qsizetype at, bool eof);
    qsizetype delimiterLine(qsizetype at, bool eof);
    qsizetype endWord(qsizetype at);
    void pushToken(Token token);
    void endStatement(qsizetype end);
    void accept(qsizetype end);
    void judge();
    // After an accepted statement: what it did to sql_mode and to the user variables that hold one.
    void trackSqlMode();
    void judgeClause(qsizetype from, qsizetype to, bool topLevel, bool storedCode);
    void judgeTargets(qsizetype from, qsizetype to);
    void judgeSet(qsizetype from, qsizetype to);
    void stop(Finding::Kind kind, qint64 line, qsizetype offset);
    bool isWord(qsizetype index, const char* word) const;
    bool isName(qsizetype index) const;
    bool isQualifiedAt(qsizetype index) const;
    qsizetype skipWords(qsizetype index, std::initializer_list<const char*> words) const;

    Sink m_sink;
    std::optional<Finding> m_finding;
    bool m_sinkFailed = false;
    Summary m_summary;

    State m_state = State::Sql;
    QByteArray m_buffer;   // the statement being read (from m_start) and what is fed but not scanned yet
    qsizetype m_start = 0; // where the statement being read starts
    qsizetype m_pos = 0;   // where scanning goes on
    QByteArray m_delimiter = QByteArrayLiteral(";");
    qint64 m_line = 1;
    bool m_lineStart = true;

    // The statement being read.
    QList<Token> m_tokens;
    bool m_blockCommentSeen = false; // the client may not see a DELIMITER line after one
    int m_depth = 0;
    char m_quote = 0;
    qsizetype m_tokenStart = -1; // a word, string or identifier being read
    qint64 m_tokenLine = 0;
    bool m_executableComment = false;

    // Whether ANSI_QUOTES may be on (then "..." is an identifier, without backslash escapes, where the
    // client still reads a string with them): sql_mode as the script set it, and the user variables
    // that saved it (@OLD_SQL_MODE=@@SQL_MODE), each with whether ANSI_QUOTES was on then.
    bool m_ansiQuotes = false;
    QMap<QByteArray, bool> m_savedSqlModes;
    // The last tokens, also those VALUES does not keep: a qualified call (db.f()) is seen across them.
    std::array<Token, 3> m_recent;

    // INSERT/REPLACE ... VALUES: tuples are counted as they pass, not kept.
    bool m_inValues = false;
    bool m_valuesDone = false;
    QString m_valuesTable;
    qint64 m_valuesRows = 0;
};

} // namespace larder
