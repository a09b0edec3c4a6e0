// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgArchiveReader.h"

#include "postgres/PgDumpLocator.h"
#include "system/ProcessGroup.h"

#include <QStringList>

namespace larder {

namespace {

// Verifier's words: history stores them language-neutral under its context.
Message neutral(const char* source)
{
    return Message("Verifier", source);
}

// pg_restore's error lines, or its last lines when none says "error".
QString toolErrors(const QByteArray& output)
{
    QStringList lines = QString::fromLocal8Bit(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString& line : std::as_const(lines)) {
        if (line.contains(QLatin1String("error"), Qt::CaseInsensitive))
            errors << line.trimmed();
    }
    if (errors.isEmpty())
        errors = lines.mid(qMax<qsizetype>(0, lines.size() - 3));
    return errors.mid(0, 3).join(QStringLiteral(" / "));
}

} // namespace

std::optional<Message> PgArchiveReader::read(const QString& path, const QString& pgDumpVersion,
                                             const DumpReadLimits& limits)
{
    const auto tool = PgDumpLocator::locateClientTool(QStringLiteral("pg_restore"),
                                                      PgDumpLocator::parseMajorVersion(pgDumpVersion));
    if (!tool)
        return neutral(QT_TRANSLATE_NOOP("Verifier", "cannot check %1 with pg_restore: %2"))
            .arg(path)
            .arg(tool.error().neutral());
    for (const QString& mode : {QStringLiteral("--list"), QStringLiteral("--file=/dev/null")}) {
        // --list prints the table of contents; --file=/dev/null prints nothing.
        const auto run = ProcessGroup::run(tool->path, {mode, path}, limits.timeoutMs, limits.interrupt);
        if (!run)
            return neutral(QT_TRANSLATE_NOOP("Verifier", "cannot check %1: %2"))
                .arg(path)
                .arg(run.error().message);
        if (run->crashed || run->exitCode != 0)
            return neutral(QT_TRANSLATE_NOOP(
                               "Verifier",
                               "pg_restore %1 cannot read %2 (the archive is damaged or cut short): %3"))
                .arg(mode)
                .arg(path)
                .arg(toolErrors(run->standardError));
    }
    return std::nullopt;
}

} // namespace larder
