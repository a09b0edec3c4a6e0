// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbScriptGuard.h"

#include <QFile>

#include <zlib.h>

#include <memory>
#include <unistd.h>

namespace larder {

namespace {

constexpr const char* kContext = "larder::MariaDbScriptGuard";
// Bounded memory whatever the dump's size: the script streams through one buffer (plus a statement).
constexpr qsizetype kChunkBytes = 1 << 20;
constexpr qsizetype kQuoteChars = 80;

// One line of the statement as written, for a message: whitespace collapsed, control characters (a
// hostile file's terminal escapes) replaced.
QString shortQuote(const QByteArray& raw)
{
    QString text = QString::fromUtf8(raw).simplified();
    for (QChar& c : text) {
        if (!c.isPrint() && !c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    if (text.size() > kQuoteChars) {
        qsizetype cut = kQuoteChars - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut).trimmed() + QChar(0x2026);
    }
    return text;
}

struct GzipCloser
{
    void operator()(gzFile file) const { gzclose(file); }
};

} // namespace

Result<MariaDbScriptScanner::Summary> MariaDbScriptGuard::checkFile(const QString& path,
                                                                    const std::atomic_bool* interrupt)
{
    return stream(path, {}, interrupt);
}

Result<MariaDbScriptScanner::Summary> MariaDbScriptGuard::stream(const QString& path,
                                                                 const MariaDbScriptScanner::Sink& sink,
                                                                 const std::atomic_bool* interrupt)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard", "cannot open %1: %2"))
                .arg(path)
                .arg(file.errorString()));
    // zlib reads a plain file as it is; a .gz name must hold gzip data, as gzip -d would insist.
    const bool compressed = path.endsWith(QLatin1String(".gz"));
    const int fd = ::dup(file.handle());
    const std::unique_ptr<gzFile_s, GzipCloser> gzip(fd < 0 ? nullptr : gzdopen(fd, "rb"));
    if (!gzip) {
        if (fd >= 0)
            ::close(fd);
        return makeError(
            Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                                "cannot open %1: out of memory or file descriptors"))
                .arg(path));
    }
    gzbuffer(gzip.get(), 256 * 1024);
    if (compressed && gzdirect(gzip.get()))
        return makeError(
            Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                                "%1 is not gzip-compressed, though its name ends in .gz: "
                                                "check the file, or rename it if it is a plain .sql script"))
                .arg(path));
    MariaDbScriptScanner scanner(sink);
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        if (interrupt && interrupt->load())
            return makeError(
                Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard", "reading %1 was stopped"))
                    .arg(path));
        const int size = gzread(gzip.get(), buffer.data(), unsigned(buffer.size()));
        // At the end gzread returns 0; gzerror then says Z_BUF_ERROR if the file ended mid-stream.
        int code = Z_OK;
        const char* reason = size <= 0 ? gzerror(gzip.get(), &code) : nullptr;
        if (size < 0 || code != Z_OK)
            return makeError(Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                                                 "%1 is not a complete gzip file (%2): it is "
                                                                 "truncated or damaged. Check the file, or "
                                                                 "restore another dump"))
                                 .arg(path)
                                 .arg(QString::fromLocal8Bit(reason)));
        if (size == 0 || !scanner.feed(QByteArrayView(buffer.constData(), size)))
            break;
    }
    if (!scanner.finding() && !scanner.sinkFailed())
        scanner.finish();
    if (scanner.finding())
        return makeError(refusal(*scanner.finding(), path));
    if (scanner.sinkFailed())
        return makeError(Message(kContext, QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                                             "the replay of %1 stopped reading the script"))
                             .arg(path));
    return scanner.summary();
}

Message MariaDbScriptGuard::refusal(const MariaDbScriptScanner::Finding& finding, const QString& path)
{
    const QString where = path + QLatin1Char(':') + QString::number(finding.line);
    const QString quote = shortQuote(finding.quote);
    using Kind = MariaDbScriptScanner::Finding::Kind;
    switch (finding.kind) {
    case Kind::OutsideTarget:
        return Message(kContext, QT_TRANSLATE_NOOP(
                                     "larder::MariaDbScriptGuard",
                                     "%1: the dump would run `%2`, which acts on another database than the "
                                     "one it is restored into; Larder refuses to replay it. mariadb-dump "
                                     "writes neither USE nor database names when it dumps one database "
                                     "(no --databases, --all-databases): restore such a dump, or replay "
                                     "this one by hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::Accounts:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, which changes users, roles or "
                                         "privileges of the whole server; Larder refuses to replay it. "
                                         "Restore a dump of one database, or replay this one by hand "
                                         "on the server that should get those accounts"))
            .arg(where)
            .arg(quote);
    case Kind::ServerFiles:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, which reads or writes files (or "
                                         "loads a library) on the database server; Larder refuses to "
                                         "replay it. mariadb-dump writes rows as INSERT statements: "
                                         "restore a dump that it made, or replay this one by hand if "
                                         "you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::ServerWide:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, which acts on the whole server "
                                         "(its settings, plugins, replication or sessions); Larder "
                                         "refuses to replay it. Restore a dump that mariadb-dump made "
                                         "of one database, or replay this one by hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::RemoteData:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, a table whose data lives in a "
                                         "file or on another server; Larder refuses to replay it. "
                                         "Leave such tables out of the dump (--ignore-table), or "
                                         "replay it by hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::ClientCommand:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, a command of the mariadb client "
                                         "(which can run programs, read files or connect elsewhere); "
                                         "Larder refuses to replay it. Restore a dump that mariadb-dump "
                                         "made, or replay this one by hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::ChangesReading:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, which changes how the client or "
                                         "the server reads the rest of the script (delimiter, character "
                                         "set, sql_mode), so Larder cannot check what it would do; "
                                         "Larder refuses to replay it. Restore a dump that mariadb-dump "
                                         "made, or replay this one by hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::RunsCode:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the dump would run `%2`, which runs code Larder cannot "
                                         "read before it runs (a prepared statement or a stored "
                                         "procedure); Larder refuses to replay it. mariadb-dump never "
                                         "writes it: restore a dump that it made, or replay this one by "
                                         "hand if you mean it"))
            .arg(where)
            .arg(quote);
    case Kind::Damaged:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the file contains a NUL byte outside a string, which no "
                                         "SQL script does: it is damaged or not a mariadb-dump script. "
                                         "Check the file, or restore another dump"))
            .arg(where);
    case Kind::TooLong:
        return Message(kContext,
                       QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard",
                                         "%1: the statement at `%2` is longer than %3 MiB, more than "
                                         "Larder holds to check it; mariadb-dump writes rows in much "
                                         "smaller statements. Check the file, or replay it by hand"))
            .arg(where)
            .arg(quote)
            .arg(MariaDbScriptScanner::kMaxStatementBytes >> 20);
    }
    return Message(kContext,
                   QT_TRANSLATE_NOOP("larder::MariaDbScriptGuard", "%1: Larder refuses to replay this dump"))
        .arg(where);
}

} // namespace larder
