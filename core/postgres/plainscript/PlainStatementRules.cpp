// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/plainscript/PlainStatementRules.h"

#include <QByteArray>

#include <algorithm>
#include <initializer_list>

namespace larder {

namespace {

using Token = PlainStatementRules::Token;
using Risk = PlainStatementRules::Risk;

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView upper)
{
    return text.size() == upper.size() &&
           std::equal(text.begin(), text.end(), upper.begin(),
                      [](char a, char b) { return (a >= 'a' && a <= 'z' ? char(a - 'a' + 'A') : a) == b; });
}

bool isWord(const Token& token, QByteArrayView upper)
{
    return token.kind == Token::Kind::Word && !token.opaque && token.text == upper;
}

bool isAnyWord(const Token& token, std::initializer_list<QByteArrayView> uppers)
{
    return std::any_of(uppers.begin(), uppers.end(),
                       [&](QByteArrayView upper) { return isWord(token, upper); });
}

bool isSymbol(const Token& token, char symbol)
{
    return token.kind == Token::Kind::Symbol && token.text.size() == 1 && token.text.front() == symbol;
}

// A word, or a quoted name or string whose content can be read.
bool namesIgnoringCase(const Token& token, QByteArrayView upper)
{
    switch (token.kind) {
    case Token::Kind::Word:
        return isWord(token, upper);
    case Token::Kind::QuotedIdentifier:
    case Token::Kind::String:
        return !token.opaque && equalsIgnoringCase(token.text, upper);
    case Token::Kind::Number:
    case Token::Kind::Symbol:
        break;
    }
    return false;
}

bool namesReadingSetting(const Token& token)
{
    return namesIgnoringCase(token, "STANDARD_CONFORMING_STRINGS") ||
           namesIgnoringCase(token, "CLIENT_ENCODING");
}

// The client encodings whose multibyte characters can end in an ASCII byte such as \ or ': psql then
// reads quotes and backslashes differently from a byte scanner (PostgreSQL's client-only encodings;
// the names as PostgreSQL cleans them, lower case without punctuation).
bool isUnsafeEncoding(QByteArrayView name)
{
    QByteArray clean;
    for (const char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            clean += c;
        else if (c >= 'A' && c <= 'Z')
            clean += char(c - 'A' + 'a');
    }
    static const char* const unsafe[] = {"sjis",         "mskanji",    "shiftjis", "win932",     "windows932",
                                         "shiftjis2004", "big5",       "win950",   "windows950", "gbk",
                                         "win936",       "windows936", "cp936",    "uhc",        "win949",
                                         "windows949",   "gb18030",    "johab"};
    return std::any_of(std::begin(unsafe), std::end(unsafe), [&](const char* u) { return clean == u; });
}

} // namespace

void PlainStatementRules::reset()
{
    *this = PlainStatementRules();
}

void PlainStatementRules::add(const Token& token)
{
    const qsizetype index = m_index++;
    if (isSymbol(token, '('))
        ++m_depth;
    else if (isSymbol(token, ')') && m_depth > 0)
        --m_depth;
    // set_config('standard_conforming_strings', ...) and UPDATE pg_settings change how the rest is read.
    if (token.kind == Token::Kind::String && m_kind != Kind::Set && namesReadingSetting(token))
        flag(Risk::ChangesReading);

    if (index == 0)
        return first(token);
    switch (m_kind) {
    case Kind::Create:
    case Kind::Alter:
    case Kind::Drop:
    case Kind::Comment:
    case Kind::Discard:
        return second(token, index);
    case Kind::UserOrMapping:
        // CREATE USER MAPPING FOR ... is a foreign-data setting of this database; CREATE USER x a role.
        if (isWord(token, "MAPPING"))
            m_kind = Kind::UserMapping;
        else
            flag(Risk::OutsideTarget);
        return;
    case Kind::UserMapping:
        if (!isAnyWord(token, {"FOR", "IF"}))
            flag(Risk::OutsideTarget);
        m_kind = Kind::Other;
        return;
    case Kind::CreateSchema:
        // CREATE SCHEMA s GRANT ... ON DATABASE: a schema element can grant on anything.
        if (m_depth == 0 && isWord(token, "GRANT")) {
            m_kind = Kind::Grant;
            m_inSchema = true;
        }
        return;
    case Kind::Grant:
        return addGrant(token);
    case Kind::SecurityLabel:
        return addSecurityLabel(token, index);
    case Kind::Copy:
        return addCopy(token);
    case Kind::Set:
        return addSet(token, index);
    case Kind::Reset:
        return addReset(token, index);
    case Kind::Other:
        break;
    }
}

PlainStatementRules::Risk PlainStatementRules::finish() const
{
    if (m_risk != Risk::None)
        return m_risk;
    // GRANT role TO role (membership) has no ON; CREATE USER mapping; is a role named mapping.
    if ((m_kind == Kind::Grant && !m_sawOn) || m_kind == Kind::UserOrMapping || m_kind == Kind::UserMapping)
        return Risk::OutsideTarget;
    return Risk::None;
}

void PlainStatementRules::first(const Token& token)
{
    if (token.kind != Token::Kind::Word || token.opaque)
        return;
    const QByteArrayView word = token.text;
    if (word == "CREATE")
        m_kind = Kind::Create;
    else if (word == "ALTER")
        m_kind = Kind::Alter;
    else if (word == "DROP")
        m_kind = Kind::Drop;
    else if (word == "GRANT" || word == "REVOKE")
        m_kind = Kind::Grant;
    else if (word == "COMMENT")
        m_kind = Kind::Comment;
    else if (word == "SECURITY")
        m_kind = Kind::SecurityLabel;
    else if (word == "COPY")
        m_kind = Kind::Copy;
    else if (word == "SET")
        m_kind = Kind::Set;
    else if (word == "RESET")
        m_kind = Kind::Reset;
    else if (word == "DISCARD")
        m_kind = Kind::Discard;
    // REASSIGN OWNED moves ownership across the database wholesale; CHECKPOINT is cluster-wide; LOAD
    // loads a shared library into the server.
    else if (word == "REASSIGN" || word == "CHECKPOINT" || word == "LOAD")
        flag(Risk::OutsideTarget);
}

// The word after CREATE/ALTER/DROP/COMMENT ON/DISCARD.
void PlainStatementRules::second(const Token& token, qsizetype index)
{
    const Kind kind = m_kind;
    m_kind = Kind::Other;
    if (kind == Kind::Discard) {
        // DISCARD ALL resets standard_conforming_strings to the server's default.
        if (isWord(token, "ALL"))
            flag(Risk::ChangesReading);
        return;
    }
    if (kind == Kind::Comment) {
        if (index == 1 && isWord(token, "ON"))
            m_kind = Kind::Comment;
        else if (index == 2 && isAnyWord(token, {"DATABASE", "ROLE", "TABLESPACE"}))
            flag(Risk::OutsideTarget);
        return;
    }
    if (isAnyWord(token, {"DATABASE", "ROLE", "GROUP", "TABLESPACE"}))
        flag(Risk::OutsideTarget);
    else if (isWord(token, "USER"))
        m_kind = Kind::UserOrMapping;
    else if (kind == Kind::Alter && isWord(token, "SYSTEM"))
        flag(Risk::OutsideTarget);
    else if (kind == Kind::Drop && isWord(token, "OWNED"))
        flag(Risk::OutsideTarget);
    else if (kind == Kind::Create && isWord(token, "SCHEMA"))
        m_kind = Kind::CreateSchema;
}

// GRANT/REVOKE ... ON <what>: on a database, tablespace or parameter it acts outside the database.
void PlainStatementRules::addGrant(const Token& token)
{
    if (m_inSchema && m_depth == 0 && isWord(token, "GRANT")) {
        m_sawOn = false;
        m_expectTarget = false;
    } else if (!m_sawOn && m_depth == 0 && isWord(token, "ON")) {
        m_sawOn = true;
        m_expectTarget = true;
    } else if (m_expectTarget) {
        m_expectTarget = false;
        if (isAnyWord(token, {"DATABASE", "TABLESPACE", "PARAMETER"}))
            flag(Risk::OutsideTarget);
    }
}

// SECURITY LABEL [FOR provider] ON <what>
void PlainStatementRules::addSecurityLabel(const Token& token, qsizetype index)
{
    if (index == 1) {
        if (!isWord(token, "LABEL"))
            m_kind = Kind::Other;
    } else if (!m_sawOn && m_depth == 0 && isWord(token, "ON")) {
        m_sawOn = true;
        m_expectTarget = true;
    } else if (m_expectTarget) {
        m_expectTarget = false;
        if (isAnyWord(token, {"DATABASE", "ROLE", "TABLESPACE"}))
            flag(Risk::OutsideTarget);
    }
}

// COPY ... FROM|TO STDIN|STDOUT; anything else after FROM/TO is a server file or PROGRAM.
void PlainStatementRules::addCopy(const Token& token)
{
    if (m_copyStep == CopyStep::Direction) {
        if (m_depth == 0 && isAnyWord(token, {"FROM", "TO"})) {
            m_copyFrom = isWord(token, "FROM");
            m_copyStep = CopyStep::Target;
        }
    } else if (m_copyStep == CopyStep::Target) {
        m_copyStep = CopyStep::Done;
        if (!isAnyWord(token, {"STDIN", "STDOUT"}))
            flag(Risk::ServerFiles);
    }
}

// SET [SESSION|LOCAL] standard_conforming_strings|client_encoding {TO|=} value; SET NAMES value.
// pg_dump writes standard_conforming_strings = on and its database's encoding; the scanner reads
// strings that way, so any other value would make it misread the rest.
void PlainStatementRules::addSet(const Token& token, qsizetype index)
{
    switch (m_setStep) {
    case SetStep::Name:
        if (index == 1 && isAnyWord(token, {"SESSION", "LOCAL"}))
            return;
        if (token.kind == Token::Kind::QuotedIdentifier && token.opaque)
            return flag(Risk::ChangesReading);
        if (namesIgnoringCase(token, "STANDARD_CONFORMING_STRINGS") && token.kind != Token::Kind::String) {
            m_setting = Setting::ConformingStrings;
            m_setStep = SetStep::Assign;
        } else if (namesIgnoringCase(token, "CLIENT_ENCODING") && token.kind != Token::Kind::String) {
            m_setting = Setting::ClientEncoding;
            m_setStep = SetStep::Assign;
        } else if (isWord(token, "NAMES")) {
            m_setting = Setting::ClientEncoding;
            m_setStep = SetStep::Value;
        } else {
            m_setStep = SetStep::Done;
        }
        return;
    case SetStep::Assign:
        m_setStep = isWord(token, "TO") || isSymbol(token, '=') ? SetStep::Value : SetStep::Done;
        return;
    case SetStep::Value:
        m_setStep = SetStep::Done;
        if (m_setting == Setting::ConformingStrings) {
            const bool on = isAnyWord(token, {"ON", "TRUE", "YES"}) ||
                            (token.kind == Token::Kind::Number && !token.opaque && token.text == "1") ||
                            (token.kind != Token::Kind::Word &&
                             (namesIgnoringCase(token, "ON") || namesIgnoringCase(token, "TRUE") ||
                              namesIgnoringCase(token, "YES") || namesIgnoringCase(token, "1")));
            if (!on)
                flag(Risk::ChangesReading);
        } else if (token.opaque || (!isWord(token, "DEFAULT") && token.kind != Token::Kind::Symbol &&
                                    isUnsafeEncoding(token.text))) {
            flag(Risk::ChangesReading);
        }
        return;
    case SetStep::Done:
        return;
    }
}

// RESET ALL and RESET standard_conforming_strings go back to the server's default, which Larder
// cannot see.
void PlainStatementRules::addReset(const Token& token, qsizetype index)
{
    if (index == 1 &&
        (isWord(token, "ALL") || (token.kind == Token::Kind::QuotedIdentifier && token.opaque) ||
         (token.kind != Token::Kind::String && namesIgnoringCase(token, "STANDARD_CONFORMING_STRINGS"))))
        flag(Risk::ChangesReading);
}

void PlainStatementRules::flag(Risk risk)
{
    if (m_risk == Risk::None)
        m_risk = risk;
}

} // namespace larder
