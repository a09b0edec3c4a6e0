// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "postgres/plainscript/PlainStatementRules.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

namespace larder {

// Reads a plain SQL script the way psql 15 does and stops at the first thing that would act outside
// the database psql replays it into. Fed in pieces of any size (memory stays bounded whatever the
// script's size): quoting, comments and COPY data are followed across the pieces.
//
// It splits statements at every semicolon outside quotes and comments, also inside parentheses and
// BEGIN ATOMIC bodies where psql would not: judging more, smaller statements can only refuse more.
// COPY ... FROM stdin is the exception that must agree with psql exactly (its data lines are not
// SQL), so it must stand where psql too sees a statement of its own.
class PlainScriptScanner final
{
public:
    struct Finding
    {
        enum class Kind : quint8 {
            OutsideTarget,  // a statement: another database, roles, tablespaces, cluster settings
            ServerFiles,    // COPY from/to a server file or program
            ChangesReading, // changes how psql reads strings (or substitutes a psql variable)
            MetaCommand,    // a psql backslash command other than \restrict / \unrestrict
            NulByte,        // psql would drop the rest of the line
            CopyLayout,     // COPY ... FROM stdin where psql might see its data elsewhere
            LongDollarTag,  // $tag$ longer than Larder follows
        };
        Kind kind = Kind::OutsideTarget;
        qint64 line = 0;
        // The statement (or backslash line) as written, from its first token; at most kQuoteBytes.
        QByteArray quote;
    };
    static constexpr qsizetype kQuoteBytes = 240;

    // Scans the next bytes; false once a finding ends the scan (the rest need not be fed).
    bool feed(QByteArrayView bytes);
    // The end of the script; false if there is a finding.
    bool finish();
    const std::optional<Finding>& finding() const { return m_finding; }

private:
    enum class State : quint8 {
        Sql,
        Word,
        Variable, // :name, a psql variable reference
        Number,
        LineComment,
        BlockComment,
        String,    // '...' and B'', X'', N'', U&'': no backslash escapes
        EString,   // E'...'
        StringEnd, // after a closing quote: '' or a continuation on a later line may follow
        QuotedIdentifier,
        DollarQuote,
        CopyLineEnd, // the rest of the line after COPY ... FROM stdin;
        CopyData,    // at the start of a line of COPY data
        CopyDataLine,
    };
    enum class NumberPart : quint8 { Digits, Exponent, Junk };
    using Token = PlainStatementRules::Token;

    void scan(QByteArrayView bytes, bool eof);
    qsizetype scanBuffer(const char* data, qsizetype size, bool eof);
    const char* step(const char* p, const char* end, bool eof);
    const char* sql(const char* p, const char* end, bool eof);
    const char* startIdentifier(const char* p, const char* end, bool eof);
    const char* colon(const char* p, const char* end, bool eof);
    const char* dollar(const char* p, const char* end, bool eof);
    const char* backslash(const char* p, const char* end, bool eof);
    const char* word(const char* p, const char* end);
    const char* variable(const char* p, const char* end);
    const char* number(const char* p, const char* end, bool eof);
    const char* lineComment(const char* p, const char* end);
    const char* blockComment(const char* p, const char* end, bool eof);
    const char* string(const char* p, const char* end, bool eof);
    const char* eString(const char* p, const char* end, bool eof);
    const char* closingQuote(const char* p, const char* end, bool eof);
    const char* stringEnd(const char* p, const char* end, bool eof);
    const char* quotedIdentifier(const char* p, const char* end, bool eof);
    const char* dollarQuote(const char* p, const char* end, bool eof);
    const char* copyLineEnd(const char* p, const char* end);
    const char* copyData(const char* p, const char* end, bool eof);
    const char* endCopyData(const char* p);
    const char* symbol(const char* p);
    const char* wait(const char* p);

    void startToken(const char* p);
    void startText();
    void addText(const char* from, const char* to);
    void emitToken(Token::Kind kind);
    // A word, variable or number that ends at p, unless p is the end of what was read (it may go on
    // in the next read): emitted, back to SQL.
    const char* endToken(const char* p, const char* end, Token::Kind kind);
    void psqlIdentifier(QByteArrayView upper);
    void semicolon(const char* p);
    void endStatement(const char* p, bool atSemicolon);
    void stop(Finding::Kind kind, qint64 line, const char* quoteFrom, const char* quoteTo);
    void stopAtNul();
    void endOfScript();
    qint64 lineAt(const char* p);
    void keepQuote(const char* from, const char* to);

    std::optional<Finding> m_finding;
    State m_state = State::Sql;
    bool m_waiting = false; // the current step needs more bytes to decide
    QByteArray m_carry;     // bytes fed but not yet scanned (a few, while a step waits)

    // Line numbers, counted lazily up to m_countedTo (a pointer into the buffer being scanned).
    qint64 m_line = 1;
    const char* m_countedTo = nullptr;

    // The statement being read.
    PlainStatementRules m_rules;
    bool m_inStatement = false;
    qint64 m_statementLine = 0;
    const char* m_statementStart = nullptr; // in the current buffer, where the quote continues
    QByteArray m_quote;
    PlainStatementRules::Risk m_scannerRisk = PlainStatementRules::Risk::None;

    // The token being read.
    std::array<char, PlainStatementRules::kTextBytes> m_text{};
    qsizetype m_textSize = 0;
    bool m_textOpaque = false;
    bool m_wordCountsForPsql = true;
    bool m_variableHasUpper = false;
    NumberPart m_numberPart = NumberPart::Digits;
    State m_stringState = State::String; // the kind of string StringEnd may continue
    bool m_stringEndNewline = false;
    bool m_stringEndComment = false;
    int m_commentDepth = 0;
    QByteArray m_dollarTag; // with both $

    // How psql splits statements (psqlscan.l): it ends one only at a semicolon outside parentheses and
    // outside BEGIN ... END of CREATE [OR REPLACE] FUNCTION|PROCEDURE.
    int m_psqlParens = 0;
    int m_psqlBegins = 0;
    int m_psqlIdentifierCount = 0;
    std::array<char, 4> m_psqlIdentifiers{};
    bool m_psqlAtStart = true; // nothing of psql's next statement read yet
    bool m_statementAtPsqlStart = true;
};

} // namespace larder
