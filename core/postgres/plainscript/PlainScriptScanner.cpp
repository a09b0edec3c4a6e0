// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/plainscript/PlainScriptScanner.h"

#include <algorithm>
#include <cstring>
#include <string.h>

namespace larder {

namespace {

using Risk = PlainStatementRules::Risk;

// A \restrict line is short; anything longer is refused as an unknown backslash command.
constexpr qsizetype kMaxBackslashLine = 1024;
constexpr qsizetype kMaxDollarTag = 256;

// psql's whitespace is [ \t\n\r\f]; \v is taken as one too, so that it cannot hide a key word
// (the server rejects it anyway).
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdentifierStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || isDigit(c) || c == '$';
}

// psql's variable_char, also what may follow the first character of a $tag$.
bool isVariableChar(char c)
{
    return isIdentifierStart(c) || isDigit(c);
}

char toUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

// Eight bytes at a time: std::count is not vectorised at -O2 and was most of the time spent on COPY
// data. A byte is a newline where (byte ^ '\n') is zero, found without carries between bytes; the
// multiplication adds up the marks (no popcnt instruction in the x86-64 baseline).
qint64 countNewlines(const char* p, const char* end)
{
    constexpr quint64 newlines = 0x0A0A0A0A0A0A0A0AULL;
    constexpr quint64 low7 = 0x7F7F7F7F7F7F7F7FULL;
    constexpr quint64 ones = 0x0101010101010101ULL;
    qint64 count = 0;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        word ^= newlines;
        const quint64 marks = (~(((word & low7) + low7) | word) & ~low7) >> 7;
        count += qint64((marks * ones) >> 56);
    }
    for (; p < end; ++p)
        count += *p == '\n';
    return count;
}

const char* find(const char* p, const char* end, char c)
{
    return p < end ? static_cast<const char*>(std::memchr(p, c, size_t(end - p))) : nullptr;
}

PlainScriptScanner::Finding::Kind kindOf(Risk risk)
{
    switch (risk) {
    case Risk::ServerFiles:
        return PlainScriptScanner::Finding::Kind::ServerFiles;
    case Risk::ChangesReading:
        return PlainScriptScanner::Finding::Kind::ChangesReading;
    case Risk::None:
    case Risk::OutsideTarget:
        break;
    }
    return PlainScriptScanner::Finding::Kind::OutsideTarget;
}

// \restrict KEY or \unrestrict KEY alone on its line: pg_dump's guard against a script that runs psql
// commands (CVE-2025-8714). The key is alphanumeric.
bool isRestrictLine(const char* p, const char* end)
{
    const QByteArrayView line(p, end - p);
    qsizetype i = 0;
    if (line.startsWith("\\restrict"))
        i = 9;
    else if (line.startsWith("\\unrestrict"))
        i = 11;
    else
        return false;
    const qsizetype nameEnd = i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    const qsizetype keyStart = i;
    while (i < line.size() && (isDigit(line[i]) || (toUpper(line[i]) >= 'A' && toUpper(line[i]) <= 'Z')))
        ++i;
    if (keyStart == nameEnd || i == keyStart)
        return false;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\f'))
        ++i;
    return i == line.size();
}

// The size of the \. line that ends COPY data at the start of bytes, 0 if there is none, -1 if the
// bytes end too soon to tell.
qsizetype copyEndMarker(QByteArrayView bytes, bool eof)
{
    const qsizetype undecided = eof ? 0 : -1;
    if (bytes.isEmpty())
        return undecided;
    if (bytes[0] != '\\')
        return 0;
    if (bytes.size() < 2)
        return undecided;
    if (bytes[1] != '.')
        return 0;
    if (bytes.size() < 3)
        return undecided;
    if (bytes[2] == '\n')
        return 3;
    if (bytes[2] != '\r')
        return 0;
    if (bytes.size() < 4)
        return undecided;
    return bytes[3] == '\n' ? 4 : 0;
}

} // namespace

bool PlainScriptScanner::feed(QByteArrayView bytes)
{
    if (m_finding)
        return false;
    // psql reads lines as C strings: a NUL drops the rest of its line, which a byte scanner would read.
    const char* nul = find(bytes.data(), bytes.data() + bytes.size(), '\0');
    scan(nul ? bytes.first(nul - bytes.data()) : bytes, false);
    if (nul && !m_finding)
        stopAtNul();
    return !m_finding;
}

bool PlainScriptScanner::finish()
{
    if (!m_finding)
        scan({}, true);
    if (!m_finding)
        endOfScript();
    return !m_finding;
}

void PlainScriptScanner::scan(QByteArrayView bytes, bool eof)
{
    if (m_carry.isEmpty()) {
        const qsizetype used = scanBuffer(bytes.data(), bytes.size(), eof);
        if (!m_finding && used < bytes.size())
            m_carry = bytes.sliced(used).toByteArray();
        return;
    }
    m_carry.append(bytes);
    const qsizetype used = scanBuffer(m_carry.constData(), m_carry.size(), eof);
    if (!m_finding)
        m_carry.remove(0, used);
}

// Returns how many bytes were used; the rest (a few, while a step waits for more) is scanned again.
qsizetype PlainScriptScanner::scanBuffer(const char* data, qsizetype size, bool eof)
{
    const char* p = data;
    const char* end = data + size;
    m_countedTo = data;
    if (m_inStatement)
        m_statementStart = data;
    m_waiting = false;
    while (p < end && !m_waiting && !m_finding)
        p = step(p, end, eof);
    if (m_finding)
        return size;
    lineAt(p);
    if (m_inStatement)
        keepQuote(m_statementStart, p);
    return p - data;
}

const char* PlainScriptScanner::step(const char* p, const char* end, bool eof)
{
    switch (m_state) {
    case State::Sql:
        return sql(p, end, eof);
    case State::Word:
        return word(p, end);
    case State::Variable:
        return variable(p, end);
    case State::Number:
        return number(p, end, eof);
    case State::LineComment:
        return lineComment(p, end);
    case State::BlockComment:
        return blockComment(p, end, eof);
    case State::String:
        return string(p, end, eof);
    case State::EString:
        return eString(p, end, eof);
    case State::StringEnd:
        return stringEnd(p, end, eof);
    case State::QuotedIdentifier:
        return quotedIdentifier(p, end, eof);
    case State::DollarQuote:
        return dollarQuote(p, end, eof);
    case State::CopyLineEnd:
        return copyLineEnd(p, end);
    case State::CopyData:
    case State::CopyDataLine:
        return copyData(p, end, eof);
    }
    return end;
}

const char* PlainScriptScanner::sql(const char* p, const char* end, bool eof)
{
    while (p < end && isSpace(*p))
        ++p;
    if (p == end)
        return p;
    const bool oneByteOnly = end - p < 2;
    if (oneByteOnly && !eof && (*p == '-' || *p == '/' || *p == '.'))
        return wait(p);
    const char next = oneByteOnly ? '\0' : p[1];
    switch (*p) {
    case '-':
        if (next != '-')
            return symbol(p);
        m_state = State::LineComment;
        return p + 2;
    case '/':
        if (next != '*')
            return symbol(p);
        m_state = State::BlockComment;
        m_commentDepth = 0;
        return p + 2;
    case ';':
        semicolon(p);
        return p + 1;
    case '\'':
        startToken(p);
        startText();
        m_state = m_stringState = State::String;
        return p + 1;
    case '"':
        startToken(p);
        startText();
        m_state = State::QuotedIdentifier;
        return p + 1;
    case '$':
        return dollar(p, end, eof);
    case '\\':
        return backslash(p, end, eof);
    case ':':
        return colon(p, end, eof);
    case '.':
        if (!isDigit(next))
            return symbol(p);
        break;
    default:
        if (isIdentifierStart(*p))
            return startIdentifier(p, end, eof);
        if (!isDigit(*p))
            return symbol(p);
        break;
    }
    startToken(p);
    startText();
    addText(p, p + 1);
    m_numberPart = NumberPart::Digits;
    m_state = State::Number;
    return p + 1;
}

// A word, or the E/B/X/N/U& prefix of a string or quoted identifier (only at the start of a token:
// inside a word an E is just a letter).
const char* PlainScriptScanner::startIdentifier(const char* p, const char* end, bool eof)
{
    const qsizetype available = end - p;
    const char first = toUpper(*p);
    const bool mayBePrefix = first == 'E' || first == 'B' || first == 'X' || first == 'N' || first == 'U';
    if (mayBePrefix && available < (first == 'U' ? 3 : 2) && !eof)
        return wait(p);
    const auto at = [&](qsizetype i) { return i < available ? p[i] : '\0'; };
    startToken(p);
    startText();
    if (first == 'U' && at(1) == '&') {
        // U&'...' and U&"..." have their own escapes, so their content is not compared.
        if (at(2) == '\'' || at(2) == '"') {
            m_textOpaque = true;
            m_stringState = State::String;
            m_state = at(2) == '\'' ? State::String : State::QuotedIdentifier;
            return p + 3;
        }
        // psql reads a lone "u" here, which it does not count as a word for BEGIN ... END.
        addText(p, p + 1);
        m_wordCountsForPsql = false;
        emitToken(Token::Kind::Word);
        return p + 1;
    }
    if (at(1) == '\'' && (first == 'E' || first == 'B' || first == 'X' || first == 'N')) {
        m_state = m_stringState = first == 'E' ? State::EString : State::String;
        return p + 2;
    }
    addText(p, p + 1);
    m_state = State::Word;
    return p + 1;
}

// :: is a cast; :name is a psql variable, substituted by psql when it is set.
const char* PlainScriptScanner::colon(const char* p, const char* end, bool eof)
{
    if (end - p < 2 && !eof)
        return wait(p);
    const char next = end - p < 2 ? '\0' : p[1];
    if (next == ':') {
        symbol(p);
        return symbol(p + 1);
    }
    symbol(p);
    if (!isVariableChar(next))
        return p + 1;
    startText();
    m_wordCountsForPsql = false;
    m_variableHasUpper = false;
    m_state = State::Variable;
    return p + 1;
}

// $1 is a parameter, $tag$ opens a dollar quote, and any other $ stands alone (psql's dolqfailed).
const char* PlainScriptScanner::dollar(const char* p, const char* end, bool eof)
{
    const qsizetype available = end - p;
    if (available < 2 && !eof)
        return wait(p);
    if (available >= 2 && isDigit(p[1])) {
        startToken(p);
        startText();
        addText(p, p + 1);
        m_numberPart = NumberPart::Digits;
        m_state = State::Number;
        return p + 1;
    }
    qsizetype i = 1;
    if (i < available && isIdentifierStart(p[i])) {
        ++i;
        while (i < available && i <= kMaxDollarTag + 1 && isVariableChar(p[i]))
            ++i;
    }
    if (i > kMaxDollarTag + 1) {
        stop(Finding::Kind::LongDollarTag, lineAt(p), p, end);
        return end;
    }
    if (i == available && !eof)
        return wait(p);
    if (i < available && p[i] == '$') {
        startToken(p);
        startText();
        m_dollarTag = QByteArray(p, i + 1);
        m_state = State::DollarQuote;
        return p + i + 1;
    }
    return symbol(p);
}

// psql takes a backslash outside quotes as a command anywhere on a line, also in mid-statement.
const char* PlainScriptScanner::backslash(const char* p, const char* end, bool eof)
{
    const qsizetype window = std::min<qsizetype>(end - p, kMaxBackslashLine);
    const char* newline = find(p, p + window, '\n');
    if (!newline && end - p < kMaxBackslashLine && !eof)
        return wait(p);
    const char* lineEnd = newline ? newline : p + window;
    if (!m_inStatement && m_psqlAtStart && isRestrictLine(p, lineEnd))
        return newline ? newline + 1 : lineEnd;
    stop(Finding::Kind::MetaCommand, lineAt(p), p, lineEnd);
    return end;
}

const char* PlainScriptScanner::word(const char* p, const char* end)
{
    const char* q = p;
    while (q < end && isIdentifierPart(*q))
        ++q;
    addText(p, q);
    return endToken(q, end, Token::Kind::Word);
}

const char* PlainScriptScanner::endToken(const char* p, const char* end, Token::Kind kind)
{
    if (p == end)
        return p;
    emitToken(kind);
    m_state = State::Sql;
    return p;
}

// A psql variable: psql substitutes it before the server reads the text. pg_dump never writes one
// outside quotes except a lower-case array bound (x[1:n]); predefined variables (DBNAME, USER, ...)
// are upper case, and a quote right after one is read by the server as part of a prefix (:E'...').
const char* PlainScriptScanner::variable(const char* p, const char* end)
{
    const char* q = p;
    while (q < end && isVariableChar(*q)) {
        m_variableHasUpper = m_variableHasUpper || (*q >= 'A' && *q <= 'Z');
        ++q;
    }
    addText(p, q);
    if (q == end)
        return q;
    if ((m_variableHasUpper || *q == '\'' || *q == '"') && m_scannerRisk == Risk::None)
        m_scannerRisk = Risk::ChangesReading;
    m_textOpaque = true;
    return endToken(q, end, Token::Kind::Word);
}

// Digits, a decimal point and an exponent. An E right before a quote starts an E'' string after
// the number (psql up to 14; 15 and later reject the number, so the statement fails either way).
// Letters after the number are "junk" that psql 15 reads as part of it, and psql 14 as a word: in
// both an E'' prefix cannot start inside them.
const char* PlainScriptScanner::number(const char* p, const char* end, bool eof)
{
    while (p < end) {
        const char c = *p;
        if (m_numberPart == NumberPart::Junk) {
            if (!isIdentifierPart(c))
                break;
        } else if (c == 'e' || c == 'E') {
            if (end - p < 3 && !eof)
                return wait(p);
            const char n1 = end - p > 1 ? p[1] : '\0';
            const char n2 = end - p > 2 ? p[2] : '\0';
            if (n1 == '\'') {
                emitToken(Token::Kind::Number);
                startText();
                m_state = m_stringState = State::EString;
                return p + 2;
            }
            const bool exponent = isDigit(n1) || ((n1 == '+' || n1 == '-') && isDigit(n2));
            if (m_numberPart == NumberPart::Digits && exponent) {
                m_numberPart = NumberPart::Exponent;
                const char* digits = isDigit(n1) ? p + 1 : p + 2;
                addText(p, digits);
                p = digits;
                continue;
            }
            m_numberPart = NumberPart::Junk;
        } else if (isIdentifierStart(c)) {
            m_numberPart = NumberPart::Junk;
        } else if (!isDigit(c) && !(c == '.' && m_numberPart == NumberPart::Digits)) {
            break;
        }
        addText(p, p + 1);
        ++p;
    }
    return endToken(p, end, Token::Kind::Number);
}

// -- ends at \n or \r (psql's non_newline is [^\n\r]): text after a lone \r is SQL again.
const char* PlainScriptScanner::lineComment(const char* p, const char* end)
{
    while (p < end && *p != '\n' && *p != '\r')
        ++p;
    if (p < end)
        m_state = State::Sql;
    return p;
}

// /* ... */ nests.
const char* PlainScriptScanner::blockComment(const char* p, const char* end, bool eof)
{
    while (p < end) {
        const char c = *p;
        if (c != '*' && c != '/') {
            ++p;
            continue;
        }
        if (end - p < 2 && !eof)
            return wait(p);
        const char next = end - p < 2 ? '\0' : p[1];
        if (c == '*' && next == '/') {
            p += 2;
            if (m_commentDepth == 0) {
                m_state = State::Sql;
                return p;
            }
            --m_commentDepth;
        } else if (c == '/' && next == '*') {
            p += 2;
            ++m_commentDepth;
        } else {
            ++p;
        }
    }
    return p;
}

// '...' with standard_conforming_strings on, as pg_dump sets it (PlainStatementRules refuses any
// other setting): a backslash is an ordinary character.
const char* PlainScriptScanner::string(const char* p, const char* end, bool eof)
{
    const char* quote = find(p, end, '\'');
    addText(p, quote ? quote : end);
    return quote ? closingQuote(quote, end, eof) : end;
}

// E'...': a backslash escapes the next byte, a quote too.
const char* PlainScriptScanner::eString(const char* p, const char* end, bool eof)
{
    while (p < end) {
        if (*p == '\'')
            return closingQuote(p, end, eof);
        if (*p == '\\') {
            if (end - p < 2 && !eof)
                return wait(p);
            m_textOpaque = true;
            p += std::min<qsizetype>(2, end - p);
            continue;
        }
        addText(p, p + 1);
        ++p;
    }
    return p;
}

const char* PlainScriptScanner::closingQuote(const char* p, const char* end, bool eof)
{
    if (end - p < 2 && !eof)
        return wait(p);
    if (end - p >= 2 && p[1] == '\'') {
        addText(p, p + 1);
        return p + 2;
    }
    m_state = State::StringEnd;
    m_stringEndNewline = false;
    m_stringEndComment = false;
    return p + 1;
}

// 'a'<newline>'b' is one string 'ab', read on in the first one's kind: an E'' string continued this
// way keeps its backslash escapes.
const char* PlainScriptScanner::stringEnd(const char* p, const char* end, bool eof)
{
    while (p < end) {
        const char c = *p;
        if (m_stringEndComment) {
            if (c == '\n' || c == '\r') {
                m_stringEndComment = false;
                m_stringEndNewline = true;
            }
            ++p;
        } else if (c == ' ' || c == '\t' || c == '\f') {
            ++p;
        } else if (c == '\n' || c == '\r') {
            m_stringEndNewline = true;
            ++p;
        } else if (c == '-' && end - p < 2 && !eof) {
            return wait(p);
        } else if (c == '-' && end - p >= 2 && p[1] == '-') {
            m_stringEndComment = true;
            p += 2;
        } else if (c == '\'' && m_stringEndNewline) {
            m_state = m_stringState;
            return p + 1;
        } else {
            emitToken(Token::Kind::String);
            m_state = State::Sql;
            return p;
        }
    }
    return p;
}

const char* PlainScriptScanner::quotedIdentifier(const char* p, const char* end, bool eof)
{
    const char* quote = find(p, end, '"');
    addText(p, quote ? quote : end);
    if (!quote)
        return end;
    if (end - quote < 2 && !eof)
        return wait(quote);
    if (end - quote >= 2 && quote[1] == '"') {
        addText(quote, quote + 1);
        return quote + 2;
    }
    emitToken(Token::Kind::QuotedIdentifier);
    m_state = State::Sql;
    return quote + 1;
}

// Ends at the first $tag$ (psql backs up over a mismatched $other$ to find it).
const char* PlainScriptScanner::dollarQuote(const char* p, const char* end, bool eof)
{
    const qsizetype tagSize = m_dollarTag.size();
    while (p < end) {
        const char* dollar = find(p, end, '$');
        addText(p, dollar ? dollar : end);
        if (!dollar)
            return end;
        if (end - dollar < tagSize && !eof)
            return wait(dollar);
        if (end - dollar >= tagSize && std::memcmp(dollar, m_dollarTag.constData(), size_t(tagSize)) == 0) {
            emitToken(Token::Kind::String);
            m_state = State::Sql;
            return dollar + tagSize;
        }
        addText(dollar, dollar + 1);
        p = dollar + 1;
    }
    return p;
}

// psql reads COPY data from the next line on, then goes on with the rest of the COPY's own line:
// pg_dump leaves that empty, and anything there would run after the data.
const char* PlainScriptScanner::copyLineEnd(const char* p, const char* end)
{
    while (p < end) {
        if (*p == '\n') {
            m_state = State::CopyData;
            return p + 1;
        }
        if (*p != ' ' && *p != '\t' && *p != '\r') {
            m_finding = Finding{Finding::Kind::CopyLayout, m_statementLine, m_quote};
            return end;
        }
        ++p;
    }
    return p;
}

// Data lines up to a line that is exactly \. (psql also takes \.\r): none of it is SQL. Only lines
// that start with \. are looked at.
const char* PlainScriptScanner::copyData(const char* p, const char* end, bool eof)
{
    if (m_state == State::CopyData) {
        const qsizetype marker = copyEndMarker(QByteArrayView(p, end - p), eof);
        if (marker < 0 && *p == '\\')
            return wait(p);
        if (marker > 0)
            return endCopyData(p + marker);
    }
    while (const auto* hit = static_cast<const char*>(memmem(p, size_t(end - p), "\n\\.", 3))) {
        p = hit + 1;
        const qsizetype marker = copyEndMarker(QByteArrayView(p, end - p), eof);
        if (marker < 0) {
            m_state = State::CopyData;
            return wait(p);
        }
        if (marker > 0)
            return endCopyData(p + marker);
    }
    // No line in the rest starts with \.; a line start in its last byte might, with the next bytes.
    m_state = State::CopyDataLine;
    if (end - p >= 1 && end[-1] == '\n') {
        m_state = State::CopyData;
    } else if (end - p >= 2 && end[-2] == '\n' && end[-1] == '\\') {
        m_state = State::CopyData;
        return end - 1;
    }
    return end;
}

const char* PlainScriptScanner::endCopyData(const char* p)
{
    m_state = State::Sql;
    m_psqlAtStart = true;
    return p;
}

const char* PlainScriptScanner::symbol(const char* p)
{
    startToken(p);
    if (*p == '(')
        ++m_psqlParens;
    else if (*p == ')' && m_psqlParens > 0)
        --m_psqlParens;
    startText();
    addText(p, p + 1);
    emitToken(Token::Kind::Symbol);
    return p + 1;
}

const char* PlainScriptScanner::wait(const char* p)
{
    m_waiting = true;
    return p;
}

void PlainScriptScanner::startToken(const char* p)
{
    if (!m_inStatement) {
        m_inStatement = true;
        m_statementLine = lineAt(p);
        m_statementStart = p;
        m_quote.clear();
        m_rules.reset();
        m_scannerRisk = Risk::None;
        m_statementAtPsqlStart = m_psqlAtStart;
    }
    m_psqlAtStart = false;
    m_wordCountsForPsql = true;
}

void PlainScriptScanner::startText()
{
    m_textSize = 0;
    m_textOpaque = false;
}

void PlainScriptScanner::addText(const char* from, const char* to)
{
    // A text longer than kTextBytes is never compared, so it is not copied either; the rest is a few
    // bytes, copied in a loop (a memcpy call per token showed in profiles).
    if (m_textOpaque)
        return;
    if (to - from > PlainStatementRules::kTextBytes - m_textSize) {
        m_textOpaque = true;
        return;
    }
    while (from < to)
        m_text[size_t(m_textSize++)] = *from++;
}

void PlainScriptScanner::emitToken(Token::Kind kind)
{
    if (kind == Token::Kind::Word) {
        std::transform(m_text.begin(), m_text.begin() + m_textSize, m_text.begin(), toUpper);
        if (m_wordCountsForPsql)
            psqlIdentifier(m_textOpaque ? QByteArrayView() : QByteArrayView(m_text.data(), m_textSize));
    }
    m_rules.add(Token{kind, QByteArrayView(m_text.data(), m_textSize), m_textOpaque});
}

// psqlscan.l's heuristic: after CREATE [OR REPLACE] FUNCTION|PROCEDURE, BEGIN ... END (and CASE
// ... END inside it) outside parentheses holds semicolons that do not end the statement.
void PlainScriptScanner::psqlIdentifier(QByteArrayView upper)
{
    if (m_psqlIdentifierCount == 0)
        m_psqlIdentifiers.fill('\0');
    if (m_psqlIdentifierCount < int(m_psqlIdentifiers.size()) &&
        (upper == "CREATE" || upper == "FUNCTION" || upper == "PROCEDURE" || upper == "OR" ||
         upper == "REPLACE"))
        m_psqlIdentifiers[size_t(m_psqlIdentifierCount)] = char(upper.front() - 'A' + 'a');
    m_psqlIdentifierCount = std::min(m_psqlIdentifierCount + 1, 1 << 20);
    const auto& id = m_psqlIdentifiers;
    const bool routine = id[0] == 'c' && (id[1] == 'f' || id[1] == 'p' ||
                                          (id[1] == 'o' && id[2] == 'r' && (id[3] == 'f' || id[3] == 'p')));
    if (!routine || m_psqlParens != 0)
        return;
    if (upper == "BEGIN")
        ++m_psqlBegins;
    else if (upper == "CASE" && m_psqlBegins >= 1)
        ++m_psqlBegins;
    else if (upper == "END" && m_psqlBegins > 0)
        --m_psqlBegins;
}

void PlainScriptScanner::semicolon(const char* p)
{
    m_psqlAtStart = m_psqlParens == 0 && m_psqlBegins == 0;
    if (m_psqlAtStart)
        m_psqlIdentifierCount = 0;
    if (m_inStatement)
        endStatement(p, true);
}

// p: where the statement ends in the current buffer, or null when its quote is already kept.
void PlainScriptScanner::endStatement(const char* p, bool atSemicolon)
{
    m_inStatement = false;
    if (p)
        keepQuote(m_statementStart, p);
    Risk risk = m_rules.finish();
    if (risk == Risk::None)
        risk = m_scannerRisk;
    if (risk != Risk::None) {
        m_finding = Finding{kindOf(risk), m_statementLine, m_quote};
        return;
    }
    if (!m_rules.copiesFromStdin() || !atSemicolon)
        return;
    // The data follows only if psql too sends this COPY as a statement of its own.
    if (!m_statementAtPsqlStart || !m_psqlAtStart) {
        m_finding = Finding{Finding::Kind::CopyLayout, m_statementLine, m_quote};
        return;
    }
    m_state = State::CopyLineEnd;
}

// A statement already refused when something else stops the scan inside it is the first finding.
void PlainScriptScanner::stop(Finding::Kind kind, qint64 line, const char* quoteFrom, const char* quoteTo)
{
    const Risk risk = m_rules.riskSoFar() != Risk::None ? m_rules.riskSoFar() : m_scannerRisk;
    if (m_inStatement && risk != Risk::None) {
        keepQuote(m_statementStart, quoteFrom);
        m_finding = Finding{kindOf(risk), m_statementLine, m_quote};
        return;
    }
    const qsizetype size = std::min<qsizetype>(quoteTo - quoteFrom, kQuoteBytes);
    m_finding = Finding{kind, line, QByteArray(quoteFrom, size)};
}

void PlainScriptScanner::stopAtNul()
{
    const Risk risk = m_rules.riskSoFar() != Risk::None ? m_rules.riskSoFar() : m_scannerRisk;
    if (m_inStatement && risk != Risk::None) {
        m_finding = Finding{kindOf(risk), m_statementLine, m_quote};
        return;
    }
    const qint64 line = m_line + countNewlines(m_carry.cbegin(), m_carry.cend());
    m_finding = Finding{Finding::Kind::NulByte, line, QByteArray()};
}

void PlainScriptScanner::endOfScript()
{
    switch (m_state) {
    case State::Variable:
        if (m_variableHasUpper && m_scannerRisk == Risk::None)
            m_scannerRisk = Risk::ChangesReading;
        m_textOpaque = true;
        emitToken(Token::Kind::Word);
        break;
    case State::Word:
        emitToken(Token::Kind::Word);
        break;
    case State::Number:
        emitToken(Token::Kind::Number);
        break;
    case State::StringEnd:
        emitToken(Token::Kind::String);
        break;
    default:
        break;
    }
    m_state = State::Sql;
    // psql sends what is left at the end as a last statement.
    if (m_inStatement)
        endStatement(nullptr, false);
}

qint64 PlainScriptScanner::lineAt(const char* p)
{
    m_line += countNewlines(m_countedTo, p);
    m_countedTo = p;
    return m_line;
}

void PlainScriptScanner::keepQuote(const char* from, const char* to)
{
    const qsizetype size = std::min<qsizetype>(to - from, kQuoteBytes - m_quote.size());
    if (size > 0)
        m_quote.append(from, size);
}

} // namespace larder
