// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/plainscript/PlainScriptGuard.h"

#include "postgres/plainscript/PlainScriptScanner.h"

#include <QFile>
#include <QIODevice>

#include <zlib.h>

#include <memory>
#include <unistd.h>

namespace larder {

namespace {

// Bounded memory whatever the dump's size: the script streams through one buffer.
constexpr qsizetype kChunkBytes = 1 << 20;
constexpr qsizetype kQuoteChars = 80;

// One line of the statement as written, for a message: whitespace collapsed, without its semicolon,
// control characters (a hostile file's terminal escapes) replaced.
QString shortQuote(const QByteArray& raw)
{
    QString text = QString::fromUtf8(raw).simplified();
    if (text.endsWith(QLatin1Char(';')))
        text.chop(1);
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

Result<void> PlainScriptGuard::check(QIODevice& script, const QString& nameForMessages)
{
    if (!script.isReadable())
        return makeError(tr("cannot read %1: it is not open for reading").arg(nameForMessages));
    PlainScriptScanner scanner;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 size = script.read(buffer.data(), buffer.size());
        if (size < 0)
            return makeError(tr("cannot read %1: %2").arg(nameForMessages, script.errorString()));
        if (size == 0 && (!script.isSequential() || !script.waitForReadyRead(-1)))
            break;
        if (!scanner.feed(QByteArrayView(buffer.constData(), size)))
            break;
    }
    return verdict(scanner, nameForMessages);
}

Result<void> PlainScriptGuard::checkFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".gz")))
        return checkGzipFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot open %1: %2").arg(path, file.errorString()));
    return check(file, path);
}

// Decompressed here, in-process, as the restore decompresses it for psql.
Result<void> PlainScriptGuard::checkGzipFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot open %1: %2").arg(path, file.errorString()));
    const int fd = ::dup(file.handle());
    const std::unique_ptr<gzFile_s, GzipCloser> gzip(fd < 0 ? nullptr : gzdopen(fd, "rb"));
    if (!gzip) {
        if (fd >= 0)
            ::close(fd);
        return makeError(tr("cannot open %1: out of memory or file descriptors").arg(path));
    }
    gzbuffer(gzip.get(), 256 * 1024);
    // zlib would pass a file that is not gzip through unchanged; gzip -dc refuses it.
    if (gzdirect(gzip.get()))
        return makeError(tr("%1 is not gzip-compressed, though its name ends in .gz: check the file, or "
                            "rename it if it is a plain .sql script")
                             .arg(path));
    PlainScriptScanner scanner;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        const int size = gzread(gzip.get(), buffer.data(), unsigned(buffer.size()));
        // At the end gzread returns 0; gzerror then says Z_BUF_ERROR if the file ended mid-stream.
        int code = Z_OK;
        const char* reason = size <= 0 ? gzerror(gzip.get(), &code) : nullptr;
        if (size < 0 || code != Z_OK)
            return makeError(tr("%1 is not a complete gzip file (%2): it is truncated or damaged. Check the "
                                "file, or restore another dump")
                                 .arg(path, QString::fromLocal8Bit(reason)));
        if (size == 0 || !scanner.feed(QByteArrayView(buffer.constData(), size)))
            break;
    }
    return verdict(scanner, path);
}

Result<void> PlainScriptGuard::verdict(PlainScriptScanner& scanner, const QString& nameForMessages)
{
    if (scanner.finish())
        return {};
    const PlainScriptScanner::Finding& finding = *scanner.finding();
    const QString where = nameForMessages + QLatin1Char(':') + QString::number(finding.line);
    const QString quote = shortQuote(finding.quote);
    using Kind = PlainScriptScanner::Finding::Kind;
    switch (finding.kind) {
    case Kind::OutsideTarget:
    case Kind::MetaCommand:
        return makeError(tr("%1: the dump would run `%2`, which acts outside the restore target; Larder "
                            "refuses to replay it. Make the dump without --clean/--create (or as format = "
                            "\"custom\") and restore that, or replay it by hand if you mean it")
                             .arg(where, quote));
    case Kind::ServerFiles:
        return makeError(tr("%1: the dump would run `%2`, which reads or writes files or runs a program on "
                            "the database server; Larder refuses to replay it. pg_dump only copies from "
                            "stdin: restore a dump that pg_dump made, or replay this one by hand if you "
                            "mean it")
                             .arg(where, quote));
    case Kind::ChangesReading:
        return makeError(tr("%1: the dump would run `%2`, which changes how psql reads the rest of the "
                            "script, so Larder cannot check what it would do; Larder refuses to replay it. "
                            "Restore a dump that pg_dump made (or one with format = \"custom\"), or replay "
                            "this one by hand if you mean it")
                             .arg(where, quote));
    case Kind::NulByte:
        return makeError(tr("%1: the file contains a NUL byte, which no SQL script does: it is damaged or "
                            "not a plain-format dump. Check the file, or restore another dump")
                             .arg(where));
    case Kind::CopyLayout:
        return makeError(tr("%1: `%2` is not laid out as pg_dump writes it (a statement of its own, alone "
                            "on its line), so Larder cannot tell where its data ends; Larder refuses to "
                            "replay it. Restore a dump that pg_dump made, or replay this one by hand if "
                            "you mean it")
                             .arg(where, quote));
    case Kind::LongDollarTag:
        return makeError(tr("%1: the dollar quote at `%2` has a tag longer than 256 characters, which Larder "
                            "does not follow; Larder refuses to replay it. Restore a dump that pg_dump made, "
                            "or replay this one by hand if you mean it")
                             .arg(where, quote));
    }
    return makeError(tr("%1: Larder refuses to replay this dump").arg(where));
}

} // namespace larder
