// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbScriptScanner.h"

#include <QSet>

#include <cstring>

namespace larder {

namespace {

using Kind = MariaDbScriptScanner::Finding::Kind;

// Compacted once the statements already passed on are this much of the buffer.
constexpr qsizetype kCompactBytes = 1 << 20;

bool isWordByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '$' || u >= 0x80;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool startsWithNoCase(const char* data, qsizetype size, const char* word)
{
    const auto length = qsizetype(std::strlen(word));
    if (size < length)
        return false;
    return QByteArrayView(data, length).compare(QByteArrayView(word, length), Qt::CaseInsensitive) == 0;
}

// Character sets in which a multi-byte character can hold the byte of a backslash or a quote: the
// server would read strings differently from the client and from Larder. (ucs2, utf16 and utf32 the
// server refuses for a client.) Every other one, single-byte or ASCII-safe, is let through.
bool isSafeCharset(QByteArray name)
{
    name = name.toLower();
    if (name.size() >= 2 && (name.front() == '\'' || name.front() == '"'))
        name = name.mid(1, name.size() - 2);
    for (const char* unsafe : {"big5", "cp932", "gbk", "sjis", "gb18030"}) {
        if (name.startsWith(unsafe))
            return false;
    }
    return !name.isEmpty();
}

} // namespace

MariaDbScriptScanner::MariaDbScriptScanner(Sink sink) : m_sink(std::move(sink)) {}

bool MariaDbScriptScanner::feed(QByteArrayView bytes)
{
    if (m_finding || m_sinkFailed)
        return false;
    // Compacted between pieces, never while a scan holds positions in the buffer.
    if (m_start >= kCompactBytes && m_start * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_start);
        m_pos -= m_start;
        for (Token& token : m_tokens)
            token.offset -= m_start;
        if (m_tokenStart >= 0)
            m_tokenStart -= m_start;
        m_start = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
    scan(false);
    return !m_finding && !m_sinkFailed;
}

bool MariaDbScriptScanner::finish()
{
    if (m_finding || m_sinkFailed)
        return false;
    scan(true);
    if (m_finding || m_sinkFailed)
        return false;
    if (m_tokenStart >= 0 && m_state == State::Sql)
        endWord(m_buffer.size());
    // The client sends what is left without a delimiter, as a statement of its own.
    endStatement(m_buffer.size());
    return !m_finding && !m_sinkFailed;
}

void MariaDbScriptScanner::scan(bool eof)
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (m_pos < size && !m_finding && !m_sinkFailed) {
        if (m_pos - m_start > kMaxStatementBytes) {
            stop(Kind::TooLong, m_tokens.isEmpty() ? m_line : m_tokens.first().line,
                 m_tokens.isEmpty() ? m_start : m_tokens.first().offset);
            return;
        }
        const char c = data[m_pos];
        qsizetype next = m_pos + 1;
        switch (m_state) {
        case State::Sql:
            next = sql(m_pos, eof);
            break;
        case State::DelimiterLine:
            next = delimiterLine(m_pos, eof);
            break;
        case State::LineComment:
            if (c == '\n') {
                m_state = State::Sql;
                next = m_pos; // the newline is the Sql state's
            }
            break;
        case State::SandboxComment:
            // Passed on as it is: nothing in it may look like a delimiter, a quote or a command.
            if (c == '*' && m_pos + 1 < size && data[m_pos + 1] == '/') {
                m_state = State::Sql;
                next = m_pos + 2;
            } else if (c == '*' && m_pos + 1 >= size && !eof) {
                next = kNeedMore;
            } else if (c == '\n') {
                ++m_line;
            } else if (c == '\\' || c == '\'' || c == '"' || c == '`' || c == m_delimiter.front()) {
                stop(Kind::ChangesReading, m_line, m_pos);
                return;
            }
            break;
        case State::BlockComment:
            if (c == '*') {
                if (m_pos + 1 >= size) {
                    next = eof ? size : kNeedMore;
                } else if (data[m_pos + 1] == '/') {
                    m_state = State::Sql;
                    next = m_pos + 2;
                }
            } else if (c == '\n') {
                ++m_line;
            }
            break;
        case State::String:
        case State::Identifier:
            if (c == '\n') {
                ++m_line;
            } else if (c == '\\' && m_state == State::Identifier) {
                // The server reads it as a character of the name, the client as an escape: they would
                // disagree on where the name, and so the statement, ends.
                stop(Kind::ChangesReading, m_tokenLine, m_tokenStart);
                return;
            } else if (c == '\\' && m_state == State::String) {
                if (m_pos + 1 >= size) {
                    next = eof ? size : kNeedMore;
                } else {
                    if (data[m_pos + 1] == '\n')
                        ++m_line;
                    next = m_pos + 2;
                }
            } else if (c == m_quote) {
                if (m_pos + 1 >= size && !eof) {
                    next = kNeedMore;
                } else if (m_pos + 1 < size && data[m_pos + 1] == m_quote) {
                    next = m_pos + 2; // doubled: the quote itself
                } else {
                    Token token;
                    token.kind = m_state == State::String ? Token::Kind::String : Token::Kind::Identifier;
                    token.offset = m_tokenStart;
                    token.line = m_tokenLine;
                    token.depth = m_depth;
                    if (m_state == State::String) {
                        token.text = m_buffer.mid(m_tokenStart, m_pos + 1 - m_tokenStart);
                    } else {
                        token.text = m_buffer.mid(m_tokenStart + 1, m_pos - m_tokenStart - 1)
                                         .replace(QByteArrayLiteral("``"), QByteArrayLiteral("`"));
                    }
                    m_tokenStart = -1;
                    m_state = State::Sql;
                    pushToken(std::move(token));
                }
            }
            break;
        }
        if (next == kNeedMore)
            break;
        m_pos = next;
    }
}

qsizetype MariaDbScriptScanner::sql(qsizetype at, bool eof)
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char c = data[at];
    const qsizetype left = size - at;

    // A word goes on, or ends here.
    if (m_tokenStart >= 0) {
        if (isWordByte(c))
            return at + 1;
        endWord(at);
        if (m_finding)
            return at;
    }

    // DELIMITER at the start of a line, before anything of a statement: a client command.
    if (m_lineStart && !m_executableComment) {
        qsizetype p = at;
        while (p < size && (data[p] == ' ' || data[p] == '\t'))
            ++p;
        const QByteArrayView keyword("delimiter");
        const qsizetype have = size - p;
        if (have <= keyword.size()) {
            if (!eof && QByteArrayView(data + p, have).compare(keyword.first(have), Qt::CaseInsensitive) == 0)
                return kNeedMore;
        } else if (startsWithNoCase(data + p, have, "delimiter") &&
                   (data[p + keyword.size()] == ' ' || data[p + keyword.size()] == '\t')) {
            // Within a statement, or after a /* */ comment, the client may not read the line as its
            // command while the server would read it as SQL: the two would split the rest differently.
            if (m_blockCommentSeen || !m_tokens.isEmpty()) {
                stop(Kind::ChangesReading, m_line, p);
                return at;
            }
            m_state = State::DelimiterLine;
            m_lineStart = false;
            return at;
        }
    }
    m_lineStart = false;

    if (isBlank(c)) {
        if (c == '\n') {
            ++m_line;
            m_lineStart = true;
        }
        return at + 1;
    }
    if (c == '\0') {
        stop(Kind::Damaged, m_line, at);
        return at;
    }
    // The statement's delimiter, outside strings and comments.
    if (data[at] == m_delimiter.front()) {
        if (left < m_delimiter.size() && !eof)
            return kNeedMore;
        if (QByteArrayView(data + at, qMin(left, m_delimiter.size())) == QByteArrayView(m_delimiter)) {
            if (m_executableComment) {
                stop(Kind::ChangesReading, m_line, at);
                return at;
            }
            endStatement(at + m_delimiter.size());
            return at + m_delimiter.size();
        }
    }
    switch (c) {
    case '#':
        m_state = State::LineComment;
        return at + 1;
    case '-':
        if (left < 3 && !eof)
            return kNeedMore;
        // "--" starts a comment before a blank for the client, before any control character for the
        // server: where they disagree, they would split the rest differently.
        if (left >= 2 && data[at + 1] == '-') {
            if (left == 2 || isBlank(data[at + 2])) {
                m_state = State::LineComment;
                return at + 2;
            }
            if (static_cast<unsigned char>(data[at + 2]) < ' ' || data[at + 2] == '\x7f') {
                stop(Kind::ChangesReading, m_line, at);
                return at;
            }
        }
        break;
    case '/':
        if (left < 2 && !eof)
            return kNeedMore;
        if (left >= 2 && data[at + 1] == '*') {
            // /*! and /*M! with an optional version: executable comments, read as SQL.
            qsizetype p = at + 2;
            const bool mariaOnly = p < size && data[p] == 'M';
            if (mariaOnly)
                ++p;
            if (p >= size && !eof)
                return kNeedMore;
            if (p < size && data[p] == '!') {
                ++p;
                const qsizetype digits = p;
                while (p < size && data[p] >= '0' && data[p] <= '9')
                    ++p;
                if (p >= size && !eof)
                    return kNeedMore;
                if (m_executableComment) {
                    stop(Kind::ChangesReading, m_line, at); // nested: no two readers agree on it
                    return at;
                }
                // mariadb-dump's /*M!999999\- enable the sandbox mode */: no server version runs it; the
                // client reads \- in it as "sandbox on", which only forbids more.
                if (mariaOnly && QByteArrayView(data + digits, p - digits) == QByteArrayView("999999")) {
                    if (size - p < 2 && !eof)
                        return kNeedMore;
                    if (size - p < 2 || data[p] != '\\' || data[p + 1] != '-') {
                        stop(Kind::ChangesReading, m_line, at);
                        return at;
                    }
                    m_state = State::SandboxComment;
                    m_blockCommentSeen = true;
                    return p + 2;
                }
                m_executableComment = true;
                return p;
            }
            m_state = State::BlockComment;
            m_blockCommentSeen = true;
            return at + 2;
        }
        break;
    case '*':
        if (m_executableComment) {
            if (left < 2 && !eof)
                return kNeedMore;
            if (left >= 2 && data[at + 1] == '/') {
                m_executableComment = false;
                return at + 2;
            }
        }
        break;
    case '\'':
    case '"':
    case '`':
        m_quote = c;
        m_tokenStart = at;
        m_tokenLine = m_line;
        m_state = c == '`' ? State::Identifier : State::String;
        return at + 1;
    case '\\':
        // The client reads a backslash outside strings as one of its commands (\! runs a program).
        stop(Kind::ClientCommand, m_line, at);
        return at;
    default:
        break;
    }
    if (isWordByte(c)) {
        m_tokenStart = at;
        m_tokenLine = m_line;
        return at + 1;
    }
    Token token;
    token.kind = Token::Kind::Symbol;
    token.text = QByteArray(1, c);
    token.offset = at;
    token.line = m_line;
    if (c == ')')
        m_depth = qMax(0, m_depth - 1);
    token.depth = m_depth;
    if (c == '(')
        ++m_depth;
    pushToken(std::move(token));
    return at + 1;
}

qsizetype MariaDbScriptScanner::endWord(qsizetype at)
{
    Token token;
    token.kind = Token::Kind::Word;
    token.text = m_buffer.mid(m_tokenStart, at - m_tokenStart).toUpper();
    token.offset = m_tokenStart;
    token.line = m_tokenLine;
    token.depth = m_depth;
    m_tokenStart = -1;
    pushToken(std::move(token));
    return at;
}

qsizetype MariaDbScriptScanner::delimiterLine(qsizetype at, bool eof)
{
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype end = at;
    while (end < size && data[end] != '\n')
        ++end;
    if (end >= size && !eof)
        return kNeedMore;
    // "DELIMITER xx": the first word after it; nothing else on the line.
    const QByteArray line = m_buffer.mid(at, end - at).trimmed();
    const QList<QByteArray> parts = line.simplified().split(' ');
    const QByteArray delimiter = parts.value(1);
    static const QByteArray allowed = QByteArrayLiteral(";$/|!&%@");
    bool ok = parts.size() == 2 && !delimiter.isEmpty() && delimiter.size() <= 8;
    for (const char d : delimiter)
        ok = ok && allowed.contains(d);
    if (!ok) {
        stop(Kind::ChangesReading, m_line, at);
        return at;
    }
    m_delimiter = delimiter;
    m_state = State::Sql;
    // The line is the client's: passed on as it is, with its newline.
    const qsizetype next = end < size ? end + 1 : end;
    if (end < size) {
        ++m_line;
        m_lineStart = true;
    }
    accept(next);
    return next;
}

void MariaDbScriptScanner::pushToken(Token token)
{
    const bool word = token.kind == Token::Kind::Word;
    if (m_ansiQuotes && token.kind == Token::Kind::String && token.text.startsWith('"') &&
        token.text.contains('\\')) {
        // Under ANSI_QUOTES the server reads "..." without backslash escapes, the client with them.
        stop(Kind::ChangesReading, token.line, token.offset);
        return;
    }
    // db.f(...) run now calls a function of another database, which may write there.
    const Token& first = m_tokens.isEmpty() ? token : m_tokens.first();
    const bool storesCode =
        first.kind == Token::Kind::Word && (first.text == "CREATE" || first.text == "ALTER");
    if (!storesCode && token.kind == Token::Kind::Symbol && token.text == "(" &&
        m_recent[1].kind == Token::Kind::Symbol && m_recent[1].text == "." &&
        (m_recent[0].kind == Token::Kind::Word || m_recent[0].kind == Token::Kind::Identifier) &&
        (m_recent[2].kind == Token::Kind::Word || m_recent[2].kind == Token::Kind::Identifier) &&
        !m_recent[0].text.isEmpty()) {
        stop(Kind::OutsideTarget, m_recent[0].line, m_recent[0].offset);
        return;
    }
    // SELECT ... INTO @v (or @v := ...) may put anything into a variable that saved sql_mode; SET
    // statements are followed by trackSqlMode.
    const bool set = first.kind == Token::Kind::Word && first.text == "SET";
    if (!storesCode && !set && m_recent[2].kind == Token::Kind::Symbol && m_recent[2].text == "@" &&
        !(m_recent[1].kind == Token::Kind::Symbol && m_recent[1].text == "@") &&
        token.kind != Token::Kind::Symbol)
        m_savedSqlModes.remove(token.text.toUpper());
    m_recent[0] = m_recent[1];
    m_recent[1] = m_recent[2];
    m_recent[2] = Token{token.kind, token.kind == Token::Kind::String ? QByteArray() : token.text,
                        token.offset, token.line, token.depth};
    // Reading a file of the server works from any expression, VALUES too.
    if (word && (token.text == "OUTFILE" || token.text == "DUMPFILE" || token.text == "INFILE" ||
                 token.text == "LOAD_FILE" || token.text == "SONAME")) {
        stop(Kind::ServerFiles, token.line, token.offset);
        return;
    }
    if (word && (token.text == "GRANT" || token.text == "REVOKE")) {
        stop(Kind::Accounts, token.line, token.offset);
        return;
    }
    if (m_inValues) {
        if (token.depth == 0 && token.kind == Token::Kind::Symbol && token.text == "(") {
            ++m_valuesRows;
            return;
        }
        if (token.depth == 0 && (word || (token.kind == Token::Kind::Symbol && token.text == ";"))) {
            m_inValues = false; // ON DUPLICATE KEY UPDATE, or the next part of a block
            m_valuesDone = true;
            m_tokens.append(std::move(token));
        }
        return;
    }
    // INSERT [modifiers] [INTO] t [(columns)] VALUES (...), (...): the rows are counted, not kept.
    if (word && token.depth == 0 && (token.text == "VALUES" || token.text == "VALUE") && !m_valuesDone &&
        !m_tokens.isEmpty() && (isWord(0, "INSERT") || isWord(0, "REPLACE"))) {
        bool firstPart = true;
        for (const Token& seen : std::as_const(m_tokens))
            firstPart = firstPart && !(seen.kind == Token::Kind::Symbol && seen.text == ";");
        const qsizetype name = skipWords(1, {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO"});
        if (firstPart && isName(name) && !isQualifiedAt(name)) {
            m_inValues = true;
            m_valuesTable = QString::fromUtf8(m_tokens.at(name).text);
            m_valuesRows = 0;
        }
    }
    m_tokens.append(std::move(token));
}

void MariaDbScriptScanner::endStatement(qsizetype end)
{
    judge();
    if (m_finding)
        return;
    trackSqlMode();
    if (!m_tokens.isEmpty()) {
        ++m_summary.statements;
        if (!m_valuesTable.isEmpty()) {
            m_summary.rows[m_valuesTable] += m_valuesRows;
        } else if (isWord(0, "INSERT") || isWord(0, "REPLACE")) {
            const qsizetype name =
                skipWords(1, {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO"});
            if (isName(name)) {
                const QString table = QString::fromUtf8(m_tokens.at(name).text);
                if (isWord(name + 1, "SET"))
                    m_summary.rows[table] += 1;
                else if (!m_summary.uncounted.contains(table))
                    m_summary.uncounted << table;
            }
        }
    }
    m_tokens.clear();
    m_recent = {};
    m_depth = 0;
    m_inValues = false;
    m_valuesDone = false;
    m_valuesTable.clear();
    m_valuesRows = 0;
    m_blockCommentSeen = false;
    accept(end);
}

void MariaDbScriptScanner::accept(qsizetype end)
{
    if (end > m_start && m_sink && !m_sink(QByteArrayView(m_buffer.constData() + m_start, end - m_start)))
        m_sinkFailed = true;
    m_start = end;
}

void MariaDbScriptScanner::stop(Finding::Kind kind, qint64 line, qsizetype offset)
{
    if (m_finding)
        return;
    Finding finding;
    finding.kind = kind;
    finding.line = line;
    finding.quote = m_buffer.mid(offset, kQuoteBytes);
    m_finding = finding;
}

bool MariaDbScriptScanner::isWord(qsizetype index, const char* word) const
{
    return index >= 0 && index < m_tokens.size() && m_tokens.at(index).kind == Token::Kind::Word &&
           m_tokens.at(index).text == word;
}

bool MariaDbScriptScanner::isName(qsizetype index) const
{
    if (index < 0 || index >= m_tokens.size())
        return false;
    const Token& token = m_tokens.at(index);
    // "db"."t" names objects under sql_mode ANSI_QUOTES.
    return token.kind == Token::Kind::Word || token.kind == Token::Kind::Identifier ||
           (token.kind == Token::Kind::String && token.text.startsWith('"'));
}

bool MariaDbScriptScanner::isQualifiedAt(qsizetype index) const
{
    return isName(index) && index + 1 < m_tokens.size() &&
           m_tokens.at(index + 1).kind == Token::Kind::Symbol && m_tokens.at(index + 1).text == ".";
}

qsizetype MariaDbScriptScanner::skipWords(qsizetype index, std::initializer_list<const char*> words) const
{
    for (bool skipped = true; skipped;) {
        skipped = false;
        for (const char* word : words) {
            if (isWord(index, word)) {
                ++index;
                skipped = true;
            }
        }
    }
    return index;
}

void MariaDbScriptScanner::judge()
{
    if (m_tokens.isEmpty())
        return;
    // Parts: after a semicolon inside a DELIMITER block, and where a compound statement's body goes on
    // (BEGIN, THEN, ELSE, DO, LOOP, REPEAT, FOR EACH ROW, a label). A semicolon outside every BEGIN ...
    // END starts another statement (the client sends the block as one packet, the server runs each).
    // A CREATE's (or ALTER's) later parts up to there are stored code, run later; other statements'
    // parts (BEGIN NOT ATOMIC ... END, IF ... END IF) run now.
    struct Part
    {
        qsizetype from = 0;
        bool storedCode = false;
    };
    QList<Part> parts{Part{}};
    bool creates = isWord(0, "CREATE") || isWord(0, "ALTER");
    int blocks = 0;
    qsizetype clauseStart = 0;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const Token& token = m_tokens.at(i);
        bool boundary = false;
        bool statementEnd = false;
        if (token.kind == Token::Kind::Symbol) {
            if (token.text == ";") {
                boundary = true;
                statementEnd = blocks == 0;
            } else if (token.text == ":" && i - 1 == clauseStart && isName(i - 1)) {
                boundary = true;
            }
        } else if (token.kind == Token::Kind::Word) {
            const QByteArray& w = token.text;
            if (w == "END") {
                blocks = qMax(0, blocks - 1);
                if (isWord(i + 1, "IF") || isWord(i + 1, "LOOP") || isWord(i + 1, "REPEAT") ||
                    isWord(i + 1, "WHILE") || isWord(i + 1, "CASE") || isWord(i + 1, "FOR"))
                    ++i;
                continue;
            }
            if (w == "BEGIN" || w == "CASE" ||
                (i == clauseStart &&
                 (w == "IF" || w == "LOOP" || w == "REPEAT" || w == "WHILE" || w == "FOR")))
                ++blocks;
            boundary = (w == "BEGIN" && !isWord(i + 1, "NOT")) ||
                       (w == "ATOMIC" && isWord(i - 1, "NOT") && isWord(i - 2, "BEGIN")) || w == "THEN" ||
                       w == "ELSE" || w == "DO" || w == "LOOP" || w == "REPEAT" ||
                       (w == "ROW" && isWord(i - 1, "EACH"));
        }
        if (!boundary || i + 1 >= m_tokens.size())
            continue;
        clauseStart = i + 1;
        if (statementEnd)
            creates = isWord(i + 1, "CREATE") || isWord(i + 1, "ALTER");
        parts << Part{i + 1, creates && !statementEnd};
        if (statementEnd)
            parts.last().storedCode = false;
    }
    for (qsizetype p = 0; p < parts.size() && !m_finding; ++p) {
        const qsizetype to = p + 1 < parts.size() ? parts.at(p + 1).from : m_tokens.size();
        judgeClause(parts.at(p).from, to, !parts.at(p).storedCode, parts.at(p).storedCode);
    }
}

void MariaDbScriptScanner::trackSqlMode()
{
    // Only a top-level SET changes the session's sql_mode now (judgeSet refuses other forms).
    if (!isWord(0, "SET"))
        return;
    const auto upperName = [this](qsizetype at) {
        return at < m_tokens.size() ? m_tokens.at(at).text.toUpper() : QByteArray();
    };
    const auto isSymbol = [this](qsizetype at, char c) {
        return at >= 0 && at < m_tokens.size() && m_tokens.at(at).kind == Token::Kind::Symbol &&
               m_tokens.at(at).text.size() == 1 && m_tokens.at(at).text.front() == c;
    };
    for (qsizetype i = 1; i < m_tokens.size(); ++i) {
        // = or :=, and where the value starts.
        qsizetype value = -1;
        if (isSymbol(i + 1, '='))
            value = i + 2;
        else if (isSymbol(i + 1, ':') && isSymbol(i + 2, '='))
            value = i + 3;
        if (value < 0)
            continue;
        const bool userVariable = isSymbol(i - 1, '@') && !isSymbol(i - 2, '@');
        if (isWord(i, "SQL_MODE") && !userVariable) {
            if (value < m_tokens.size() && m_tokens.at(value).kind == Token::Kind::String) {
                const QList<QByteArray> modes =
                    m_tokens.at(value).text.mid(1, m_tokens.at(value).text.size() - 2).toUpper().split(',');
                m_ansiQuotes = false;
                for (const QByteArray& mode : modes) {
                    const QByteArray name = mode.trimmed();
                    m_ansiQuotes = m_ansiQuotes || name == "ANSI_QUOTES" || name == "ANSI" || name == "DB2" ||
                                   name == "MAXDB" || name == "MSSQL" || name == "ORACLE" ||
                                   name == "POSTGRESQL";
                }
            } else if (isSymbol(value, '@') && !isSymbol(value + 1, '@')) {
                m_ansiQuotes = m_savedSqlModes.value(upperName(value + 1), true);
            } else {
                m_ansiQuotes = true; // DEFAULT: the global mode, which Larder does not know
            }
        } else if (userVariable) {
            // @saved = @@sql_mode (or @@session.sql_mode) keeps what is on now; anything else forgets it.
            const bool saves =
                isSymbol(value, '@') && isSymbol(value + 1, '@') &&
                (isWord(value + 2, "SQL_MODE") ||
                 (isWord(value + 2, "SESSION") && isSymbol(value + 3, '.') && isWord(value + 4, "SQL_MODE")));
            if (saves)
                m_savedSqlModes.insert(upperName(i), m_ansiQuotes);
            else
                m_savedSqlModes.remove(upperName(i));
        }
    }
}

void MariaDbScriptScanner::judgeClause(qsizetype from, qsizetype to, bool topLevel, bool storedCode)
{
    if (from >= to || m_tokens.at(from).kind != Token::Kind::Word)
        return;
    const Token& first = m_tokens.at(from);
    const QByteArray& w = first.text;
    const auto refuse = [&](Kind kind) { stop(kind, first.line, first.offset); };
    // The word after CREATE/ALTER/DROP [OR REPLACE] [DEFINER = user@host] [modifiers].
    qsizetype objectAt = from + 1;
    if (w == "CREATE" || w == "ALTER" || w == "DROP" || w == "RENAME") {
        objectAt = skipWords(from + 1, {"OR", "REPLACE", "ONLINE", "IGNORE", "TEMPORARY", "AGGREGATE"});
    }
    const auto objectIs = [&](const char* word) { return isWord(objectAt, word); };

    if (w == "USE")
        return refuse(Kind::OutsideTarget);
    if ((w == "CREATE" || w == "ALTER" || w == "DROP") && (objectIs("DATABASE") || objectIs("SCHEMA")))
        return refuse(Kind::OutsideTarget);
    if ((w == "CREATE" || w == "ALTER" || w == "DROP" || w == "RENAME") &&
        (objectIs("USER") || objectIs("ROLE")))
        return refuse(Kind::Accounts);
    if (w == "SET" &&
        (isWord(from + 1, "PASSWORD") || (isWord(from + 1, "DEFAULT") && isWord(from + 2, "ROLE"))))
        return refuse(Kind::Accounts);
    if (w == "LOAD" && (isWord(from + 1, "DATA") || isWord(from + 1, "XML")))
        return refuse(Kind::ServerFiles);
    if (w == "INSTALL" || w == "UNINSTALL" || w == "SHUTDOWN" || w == "KILL" || w == "RESTART" ||
        w == "FLUSH" || w == "PURGE" || w == "RESET" || w == "BINLOG" ||
        (w == "CHANGE" && (isWord(from + 1, "MASTER") || isWord(from + 1, "REPLICATION"))) ||
        ((w == "START" || w == "STOP") &&
         (isWord(from + 1, "SLAVE") || isWord(from + 1, "REPLICA") || isWord(from + 1, "ALL"))))
        return refuse(Kind::ServerWide);
    if ((w == "CREATE" || w == "ALTER" || w == "DROP") &&
        (objectIs("SERVER") || objectIs("TABLESPACE") || objectIs("LOGFILE")))
        return refuse(Kind::ServerWide);
    if (topLevel && (w == "SOURCE" || w == "SYSTEM" || w == "CONNECT" || w == "TEE" || w == "NOTEE" ||
                     w == "PAGER" || w == "NOPAGER" || w == "CHARSET" || w == "EDIT" || w == "PROMPT" ||
                     w == "QUIT" || w == "EXIT" || w == "REHASH" || w == "DELIMITER"))
        return refuse(w == "DELIMITER" || w == "CHARSET" ? Kind::ChangesReading : Kind::ClientCommand);
    if (topLevel && !storedCode && (w == "PREPARE" || w == "EXECUTE" || w == "CALL"))
        return refuse(Kind::RunsCode);
    if (w == "SET")
        judgeSet(from, to);
    if (m_finding)
        return;
    // sql_mode decides how the server reads quotes and backslashes. Larder follows it from one packet to
    // the next, so it may change only in a packet of its own: SET sql_mode = 'literal' or = @saved.
    for (qsizetype i = from; i < to && !storedCode; ++i) {
        if (!isWord(i, "SQL_MODE"))
            continue;
        const auto symbolAt = [this](qsizetype at, const char* text) {
            return at >= 0 && at < m_tokens.size() && m_tokens.at(at).kind == Token::Kind::Symbol &&
                   m_tokens.at(at).text == text;
        };
        qsizetype value = -1;
        if (symbolAt(i + 1, "="))
            value = i + 2;
        else if (symbolAt(i + 1, ":") && symbolAt(i + 2, "="))
            value = i + 3;
        const bool userVariable = symbolAt(i - 1, "@") && !symbolAt(i - 2, "@");
        if (value < 0 || userVariable)
            continue;
        bool alone = isWord(0, "SET") && !isWord(1, "STATEMENT");
        for (const Token& token : std::as_const(m_tokens))
            alone = alone && !(token.kind == Token::Kind::Symbol && token.text == ";");
        const bool literal = value < to && m_tokens.at(value).kind == Token::Kind::String;
        const bool saved = symbolAt(value, "@") && !symbolAt(value + 1, "@");
        if (!alone || !(literal || saved || isWord(value, "DEFAULT")))
            return stop(Kind::ChangesReading, m_tokens.at(i).line, m_tokens.at(i).offset);
    }

    // Table options that put a table's files elsewhere, or its data on another server.
    if ((w == "CREATE" || w == "ALTER") && objectIs("TABLE")) {
        for (qsizetype i = from; i < to; ++i) {
            const Token& token = m_tokens.at(i);
            if (token.kind != Token::Kind::Word || token.depth != 0)
                continue;
            if (token.text == "DIRECTORY" && (isWord(i - 1, "DATA") || isWord(i - 1, "INDEX")))
                return stop(Kind::ServerFiles, token.line, token.offset);
            if (token.text == "CONNECTION" || token.text == "REMOTE_SERVER" || token.text == "FILE_NAME")
                return stop(Kind::RemoteData, token.line, token.offset);
            // A MERGE table over another database's tables writes into them.
            if (token.text == "UNION") {
                for (qsizetype j = i + 1; j < to && !m_finding; ++j) {
                    if (isQualifiedAt(j))
                        return stop(Kind::OutsideTarget, m_tokens.at(j).line, m_tokens.at(j).offset);
                }
            }
            if (token.text == "ENGINE") {
                qsizetype value = i + 1;
                if (value < to && m_tokens.at(value).kind == Token::Kind::Symbol &&
                    m_tokens.at(value).text == "=")
                    ++value;
                if (isWord(value, "FEDERATED") || isWord(value, "FEDERATEDX") || isWord(value, "CONNECT") ||
                    isWord(value, "SPIDER") || isWord(value, "S3"))
                    return stop(Kind::RemoteData, token.line, token.offset);
            }
        }
    }
    if (topLevel && !storedCode)
        judgeTargets(from, to);
}

void MariaDbScriptScanner::judgeSet(qsizetype from, qsizetype to)
{
    for (qsizetype i = from + 1; i < to && !m_finding; ++i) {
        const Token& token = m_tokens.at(i);
        if (token.kind == Token::Kind::Word &&
            (token.text == "GLOBAL" || token.text == "PERSIST" || token.text == "PERSIST_ONLY")) {
            // @@global.x, SET GLOBAL x: the whole server's settings.
            return stop(Kind::ServerWide, token.line, token.offset);
        }
        if (token.kind == Token::Kind::String &&
            token.text.toUpper().contains(QByteArrayLiteral("NO_BACKSLASH_ESCAPES")))
            return stop(Kind::ChangesReading, token.line, token.offset);
        if (token.kind != Token::Kind::Word)
            continue;
        qsizetype value = -1;
        if (token.text == "NAMES" || token.text == "CHARSET")
            value = i + 1;
        else if (token.text == "CHARACTER" && isWord(i + 1, "SET") && !isWord(i - 1, "DEFAULT"))
            value = i + 2;
        else if (token.text == "CHARACTER_SET_CLIENT" || token.text == "CHARACTER_SET_CONNECTION")
            value = i + 1;
        if (value < 0)
            continue;
        while (value < to && m_tokens.at(value).kind == Token::Kind::Symbol &&
               (m_tokens.at(value).text == "=" || m_tokens.at(value).text == ":"))
            ++value;
        if (value >= to)
            continue;
        const Token& set = m_tokens.at(value);
        if (set.kind == Token::Kind::Symbol && set.text == "@")
            continue; // restoring a value saved earlier in the script
        if ((set.kind != Token::Kind::Word && set.kind != Token::Kind::String) || !isSafeCharset(set.text))
            return stop(Kind::ChangesReading, token.line, token.offset);
    }
}

void MariaDbScriptScanner::judgeTargets(qsizetype from, qsizetype to)
{
    const QByteArray& w = m_tokens.at(from).text;
    const auto check = [&](qsizetype at) {
        if (at < to && isQualifiedAt(at))
            stop(Kind::OutsideTarget, m_tokens.at(at).line, m_tokens.at(at).offset);
    };
    // Every name at the top of the statement: DROP TABLE a, b; RENAME TABLE a TO b; LOCK TABLES a WRITE.
    const auto checkAll = [&](qsizetype begin) {
        for (qsizetype i = begin; i < to && !m_finding; ++i) {
            if (m_tokens.at(i).depth == 0)
                check(i);
        }
    };
    static const QSet<QByteArray> objects = {"TABLE",    "TABLES", "VIEW",  "TRIGGER",  "PROCEDURE",
                                             "FUNCTION", "EVENT",  "INDEX", "SEQUENCE", "PACKAGE"};
    if (w == "DROP" || w == "RENAME" || w == "LOCK" || w == "TRUNCATE" || w == "OPTIMIZE" || w == "REPAIR" ||
        w == "ANALYZE")
        return checkAll(from + 1);
    if (w == "CREATE" || w == "ALTER") {
        qsizetype i = from + 1;
        while (i < to && !(m_tokens.at(i).kind == Token::Kind::Word && m_tokens.at(i).depth == 0 &&
                           objects.contains(m_tokens.at(i).text)))
            ++i;
        if (i >= to)
            return;
        const bool index = isWord(i, "INDEX");
        const bool trigger = isWord(i, "TRIGGER");
        const bool table = isWord(i, "TABLE");
        i = skipWords(i + 1, {"IF", "NOT", "EXISTS"});
        check(i);
        for (qsizetype j = i + 1; j < to && !m_finding; ++j) {
            const Token& token = m_tokens.at(j);
            if (token.depth != 0 || token.kind != Token::Kind::Word)
                continue;
            // The table a trigger or an index is on; the new name of an ALTER TABLE ... RENAME.
            if ((index || trigger) && token.text == "ON")
                check(j + 1);
            if (table && w == "ALTER" && token.text == "RENAME" && !isWord(j + 1, "COLUMN") &&
                !isWord(j + 1, "INDEX") && !isWord(j + 1, "KEY") && !isWord(j + 1, "CONSTRAINT"))
                check(skipWords(j + 1, {"TO", "AS"}));
        }
        return;
    }
    if (w == "INSERT" || w == "REPLACE")
        return check(skipWords(from + 1, {"LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "INTO"}));
    if (w == "UPDATE" || w == "DELETE") {
        // The tables written: up to SET (UPDATE) or WHERE; after the verb, FROM, USING, commas and JOINs.
        check(skipWords(from + 1, {"LOW_PRIORITY", "QUICK", "IGNORE", "FROM"}));
        for (qsizetype j = from + 1; j < to && !m_finding; ++j) {
            const Token& token = m_tokens.at(j);
            if (token.depth != 0)
                continue;
            if (token.kind == Token::Kind::Word &&
                (token.text == "SET" || token.text == "WHERE" || token.text == "ORDER" ||
                 token.text == "LIMIT" || token.text == "RETURNING"))
                return;
            if ((token.kind == Token::Kind::Symbol && token.text == ",") ||
                (token.kind == Token::Kind::Word &&
                 (token.text == "FROM" || token.text == "USING" || token.text == "JOIN")))
                check(j + 1);
        }
    }
}

} // namespace larder
