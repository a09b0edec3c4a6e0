// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbDumpFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <zlib.h>

#include <memory>

namespace larder {

namespace {

constexpr int kHeaderBytes = 16 * 1024;
constexpr int kBlockBytes = 256 * 1024;
constexpr qsizetype kTailBytes = 512;

struct GzCloser
{
    void operator()(gzFile file) const { gzclose(file); }
};
using GzHandle = std::unique_ptr<gzFile_s, GzCloser>;

GzHandle openDump(const QString& path)
{
    return GzHandle(gzopen(QFile::encodeName(path).constData(), "rb"));
}

Message problem(const char* text)
{
    return Message("MariaDbDumpFile", text);
}

} // namespace

QString MariaDbDumpFile::serverVersion(const QString& path)
{
    const GzHandle file = openDump(path);
    if (!file)
        return QString();
    QByteArray head(kHeaderBytes, Qt::Uninitialized);
    const int read = gzread(file.get(), head.data(), unsigned(head.size()));
    if (read <= 0)
        return QString();
    head.truncate(read);
    const QByteArray marker = "\n-- Server version";
    const qsizetype at = head.indexOf(marker);
    if (at < 0)
        return QString();
    const qsizetype end = head.indexOf('\n', at + 1);
    if (end < 0)
        return QString();
    return QString::fromUtf8(head.mid(at + marker.size(), end - at - marker.size())).trimmed();
}

QString MariaDbDumpFile::usersSummary(const QString& path)
{
    const GzHandle file = openDump(path);
    if (!file)
        return tr("(cannot read %1)").arg(path);
    // mariadb-dump writes one statement a line, roles inside a versioned comment ("/*M!100005 ").
    static const QRegularExpression created(
        QStringLiteral("^(?:/\\*[M!]*\\d+\\s+)?CREATE (?:OR REPLACE )?(USER|ROLE) (?:IF NOT EXISTS "
                       ")?(\\S+?)(?:\\s|;|\\*/|$)"));
    QStringList users;
    QStringList roles;
    QByteArray line(64 * 1024, Qt::Uninitialized);
    while (gzgets(file.get(), line.data(), int(line.size())) != nullptr) {
        const QRegularExpressionMatch match = created.match(QString::fromUtf8(line.constData()));
        if (match.hasMatch())
            (match.captured(1) == QLatin1String("USER") ? users : roles) << match.captured(2);
    }
    const QString userText =
        users.isEmpty() ? tr("no users") : tr("users %1").arg(users.join(QStringLiteral(", ")));
    return roles.isEmpty() ? userText : tr("%1; roles %2").arg(userText, roles.join(QStringLiteral(", ")));
}

std::optional<Message> MariaDbDumpFile::checkComplete(const QString& path, const std::atomic_bool* interrupt)
{
    const GzHandle file = openDump(path);
    if (!file)
        return problem(QT_TR_NOOP("cannot open %1")).arg(path);
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    QByteArray tail;
    qint64 total = 0;
    for (;;) {
        if (interrupt && interrupt->load())
            return problem(QT_TR_NOOP("reading %1 was stopped")).arg(path);
        const int read = gzread(file.get(), block.data(), unsigned(block.size()));
        if (read < 0) {
            int code = Z_OK;
            const char* words = gzerror(file.get(), &code);
            return problem(QT_TR_NOOP("%1 cannot be read to its end (the compressed stream is damaged or cut "
                                      "short after %2 bytes): %3"))
                .arg(path)
                .arg(total)
                .arg(QString::fromLocal8Bit(words));
        }
        if (read == 0)
            break;
        total += read;
        tail = (tail + QByteArray::fromRawData(block.constData(), read)).right(kTailBytes);
    }
    // gzread stops without an error at a cut inside the stream and says so only through gzerror.
    int code = Z_OK;
    const char* words = gzerror(file.get(), &code);
    if (code != Z_OK && code != Z_STREAM_END)
        return problem(
                   QT_TR_NOOP("%1 cannot be read to its end (the compressed stream is damaged or cut short "
                              "after %2 bytes): %3"))
            .arg(path)
            .arg(total)
            .arg(QString::fromLocal8Bit(words));
    const QByteArray last = tail.trimmed().split('\n').constLast();
    if (!last.startsWith("-- Dump completed"))
        return problem(
                   QT_TR_NOOP("%1 does not end with mariadb-dump's \"-- Dump completed\" line: the script is "
                              "cut short or was not written by mariadb-dump; run the job again for a new "
                              "dump"))
            .arg(path);
    return std::nullopt;
}

} // namespace larder
