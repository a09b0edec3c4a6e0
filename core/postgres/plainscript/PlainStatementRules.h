// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace larder {

// Decides, from its tokens, whether one SQL statement of a plain dump stays inside the database that
// psql replays it into. PlainScriptScanner lexes the script and feeds it here one statement at a
// time; this class only knows statements, not quoting.
//
// It judges the statement's own words. Code the statement runs on the server (a DO block, a function,
// dblink) is out of its sight: see PlainScriptGuard.h.
class PlainStatementRules final
{
public:
    enum class Risk : quint8 {
        None,
        OutsideTarget,  // another database, roles, tablespaces, cluster settings
        ServerFiles,    // COPY from or to a server file or program
        ChangesReading, // standard_conforming_strings, client_encoding or a psql variable
    };

    struct Token
    {
        enum class Kind : quint8 { Word, QuotedIdentifier, String, Number, Symbol };
        Kind kind = Kind::Symbol;
        // Word: upper-cased; QuotedIdentifier and String: the content as written; Symbol: the char.
        // At most kTextBytes bytes, and meaningless when opaque.
        QByteArrayView text;
        // The text cannot be compared: longer than kTextBytes, or written with escapes (E'', U&'',
        // U&"", a psql variable).
        bool opaque = false;
    };
    // Longer than every word and setting name compared here.
    static constexpr qsizetype kTextBytes = 32;

    // Starts a new statement.
    void reset();
    void add(const Token& token);
    // The statement's risk once all its tokens were added.
    Risk finish() const;
    // Known early, for the one case that must stop the statement at once (see add()).
    Risk riskSoFar() const { return m_risk; }
    // COPY ... FROM STDIN: psql sends the lines after the statement as its data.
    bool copiesFromStdin() const
    {
        return m_kind == Kind::Copy && m_copyStep == CopyStep::Done && m_copyFrom;
    }

private:
    enum class Kind : quint8 {
        Other,
        Create,
        Alter,
        Drop,
        UserOrMapping, // CREATE/ALTER/DROP USER: a role unless USER MAPPING FOR/IF
        UserMapping,
        CreateSchema,
        Grant, // GRANT/REVOKE, also inside CREATE SCHEMA
        Comment,
        SecurityLabel,
        Copy,
        Set,
        Reset,
        Discard,
    };
    enum class CopyStep : quint8 { Direction, Target, Done };
    enum class SetStep : quint8 { Name, Assign, Value, Done };
    enum class Setting : quint8 { Other, ConformingStrings, ClientEncoding };

    void first(const Token& token);
    void second(const Token& token, qsizetype index);
    void addGrant(const Token& token);
    void addSecurityLabel(const Token& token, qsizetype index);
    void addCopy(const Token& token);
    void addSet(const Token& token, qsizetype index);
    void addReset(const Token& token, qsizetype index);
    void flag(Risk risk);

    Kind m_kind = Kind::Other;
    Risk m_risk = Risk::None;
    qsizetype m_index = 0;
    int m_depth = 0;
    bool m_inSchema = false;
    bool m_sawOn = false;
    bool m_expectTarget = false;
    CopyStep m_copyStep = CopyStep::Direction;
    bool m_copyFrom = false;
    SetStep m_setStep = SetStep::Name;
    Setting m_setting = Setting::Other;
};

} // namespace larder
