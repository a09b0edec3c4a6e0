// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/PgDumpLocator.h"

#include "base/LogCategories.h"
#include "base/Message.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace larder {

namespace {

constexpr int kVersionTimeoutMs = 10'000;

// Old majors (9.6 -> 906) and new ones (15) on one scale.
int comparable(int majorVersion)
{
    return majorVersion >= 100 ? majorVersion : majorVersion * 100;
}

// PgDumpLocator's text, kept language-neutral: its errors end up in a failed dump's history, which
// a reader may see in another language. The source through QT_TRANSLATE_NOOP("PgDumpLocator", ...).
Message neutral(const char* source)
{
    return Message("PgDumpLocator", source);
}

Message installHint(int serverMajor)
{
#ifdef Q_OS_MACOS
    return neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "brew install postgresql@%1"))
        .arg(PgDumpLocator::majorVersionName(serverMajor));
#else
    return neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "install postgresql-client-%1"))
        .arg(PgDumpLocator::majorVersionName(serverMajor));
#endif
}

// The parts with separator between them ("15 at /a, 16 at /b").
Message joined(const QList<Message>& parts, const QString& separator)
{
    Message out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out = out.followedBy(separator);
        out = out.followedBy(parts.at(i));
    }
    return out;
}

// Subdirectories of base matching pattern, newest version first.
QStringList versionedDirs(const QString& base, const QString& pattern, const QString& suffix)
{
    const QDir dir(base);
    QStringList names = dir.entryList({pattern}, QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) > 0; });
    QStringList out;
    for (const QString& name : names)
        out << dir.filePath(name + suffix);
    return out;
}

QMutex s_cacheMutex;
QHash<QString, PgDumpBinary> s_cache;

} // namespace

int PgDumpLocator::parseMajorVersion(const QString& versionText)
{
    return parseToolMajorVersion(versionText, QStringLiteral("pg_dump"));
}

int PgDumpLocator::parseToolMajorVersion(const QString& versionText, const QString& tool)
{
    const QRegularExpression re(
        QStringLiteral("^%1 \\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?").arg(QRegularExpression::escape(tool)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(versionText.trimmed());
    if (!match.hasMatch())
        return 0;
    const int first = match.captured(1).toInt();
    if (first >= 10)
        return first;
    return first * 100 + match.captured(2).toInt();
}

QString PgDumpLocator::majorVersionName(int majorVersion)
{
    if (majorVersion >= 100)
        return QStringLiteral("%1.%2").arg(majorVersion / 100).arg(majorVersion % 100);
    return QString::number(majorVersion);
}

Result<PgDumpBinary> PgDumpLocator::inspect(const QString& path)
{
    return inspectTool(path, QStringLiteral("pg_dump"));
}

Result<PgDumpBinary> PgDumpLocator::inspectTool(const QString& path, const QString& tool)
{
    const bool isPgDump = tool == QLatin1String("pg_dump");
    // Only pg_dump has a setting; the other tools are always searched for.
    const Message fix =
        isPgDump
            ? neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "fix the pg_dump setting"))
            : neutral(QT_TRANSLATE_NOOP(
                  "PgDumpLocator", "install the PostgreSQL client tools or set LARDER_PG_DUMP_SEARCH_PATH"));
    QString resolved = path;
    if (!path.contains(QLatin1Char('/'))) {
        resolved = QStandardPaths::findExecutable(path);
        if (resolved.isEmpty())
            return makeError(
                (isPgDump ? neutral(QT_TRANSLATE_NOOP(
                                "PgDumpLocator", "%1 is not in PATH: install the PostgreSQL client tools or "
                                                 "set pg_dump to its full path"))
                          : neutral(QT_TRANSLATE_NOOP(
                                "PgDumpLocator", "%1 is not in PATH: install the PostgreSQL client tools")))
                    .arg(path));
    }
    resolved = QFileInfo(resolved).absoluteFilePath();
    const QString cacheKey = tool + QLatin1Char('\n') + resolved;

    {
        const QMutexLocker lock(&s_cacheMutex);
        const auto it = s_cache.constFind(cacheKey);
        if (it != s_cache.constEnd())
            return *it;
    }

    const QFileInfo info(resolved);
    if (!info.exists())
        return makeError(
            isPgDump ? neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                                 "pg_dump not found at %1: fix the pg_dump setting or "
                                                 "install the PostgreSQL client tools"))
                           .arg(resolved)
                     : neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                                 "%1 not found at %2: install the PostgreSQL client tools"))
                           .arg(tool)
                           .arg(resolved));
    if (!info.isFile() || !info.isExecutable())
        return makeError(neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "%1 is not an executable file: %2"))
                             .arg(resolved)
                             .arg(fix));

    // Only standard output holds the version: a tool may warn on standard error first (e.g. that it
    // cannot enter the working directory, as under `sudo -u backup` from /root).
    QProcess process;
    process.start(resolved, {QStringLiteral("--version")});
    if (!process.waitForStarted(kVersionTimeoutMs))
        return makeError(neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "could not run %1: %2"))
                             .arg(resolved)
                             .arg(process.errorString()));
    if (!process.waitForFinished(kVersionTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return makeError(
            neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                      "%1 --version did not answer within %2 s: check that it is a "
                                      "working %3"))
                .arg(resolved)
                .arg(kVersionTimeoutMs / 1000)
                .arg(tool));
    }
    const QString text = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstLine.isEmpty()) // then what it said instead, for the message below
        firstLine = errors.section(QLatin1Char('\n'), 0, 0).trimmed();
    const int major = parseToolMajorVersion(firstLine, tool);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || major == 0)
        return makeError(
            isPgDump
                ? neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                            "%1 does not look like pg_dump (\"%2 --version\" "
                                            "printed \"%3\"): point pg_dump at PostgreSQL's "
                                            "pg_dump"))
                      .arg(resolved)
                      .arg(resolved)
                      .arg(firstLine.left(200))
                : neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "%1 does not look like %2 (\"%3 --version\" "
                                                             "printed \"%4\"): %5"))
                      .arg(resolved)
                      .arg(tool)
                      .arg(resolved)
                      .arg(firstLine.left(200))
                      .arg(fix));

    PgDumpBinary binary{resolved, major, firstLine};
    qCDebug(lcEngine) << "found" << binary.versionText << "at" << resolved;
    const QMutexLocker lock(&s_cacheMutex);
    s_cache.insert(cacheKey, binary);
    return binary;
}

QString PgDumpLocator::likelyPath(const QString& configuredPath)
{
    if (configuredPath.isEmpty()) {
        const QStringList candidates = candidatePaths();
        return candidates.isEmpty() ? QString() : candidates.first();
    }
    // Resolved as inspect() does, so that the two paths compare equal.
    const QString resolved = configuredPath.contains(QLatin1Char('/'))
                                 ? configuredPath
                                 : QStandardPaths::findExecutable(configuredPath);
    const QFileInfo info(resolved);
    // A missing one is for locate() to explain.
    return !resolved.isEmpty() && info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
}

PgDumpLocator::Platform PgDumpLocator::currentPlatform()
{
#ifdef Q_OS_MACOS
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

QStringList PgDumpLocator::installDirs(Platform platform, const QString& root)
{
    const QString bin = QStringLiteral("/bin");
    QStringList versioned;
    QStringList unversioned;
    switch (platform) {
    case Platform::Linux:
        versioned << versionedDirs(root + QStringLiteral("/usr/lib/postgresql"), QStringLiteral("*"), bin);
        break;
    case Platform::MacOS:
        // Homebrew's prefix: /opt/homebrew on Apple silicon, /usr/local on Intel (or under Rosetta).
        for (const QString& prefix : {QStringLiteral("/opt/homebrew"), QStringLiteral("/usr/local")})
            versioned << versionedDirs(root + prefix + QStringLiteral("/opt"), QStringLiteral("postgresql@*"),
                                       bin);
        // "latest" is a link to one of the numbered versions: not a version itself.
        versioned << versionedDirs(root + QStringLiteral("/Applications/Postgres.app/Contents/Versions"),
                                   QStringLiteral("[0-9]*"), bin);
        for (const QString& prefix : {QStringLiteral("/opt/homebrew"), QStringLiteral("/usr/local")})
            unversioned << root + prefix + QStringLiteral("/opt/libpq/bin");
        unversioned << root + QStringLiteral("/Applications/Postgres.app/Contents/Versions/latest/bin");
        break;
    }

    QStringList out;
    QStringList canonical;
    for (const QString& dir : std::as_const(versioned)) {
        if (!QFileInfo(dir).isDir())
            continue;
        out << dir;
        canonical << QFileInfo(dir).canonicalFilePath();
    }
    for (const QString& dir : std::as_const(unversioned)) {
        const QString target = QFileInfo(dir).canonicalFilePath();
        if (!QFileInfo(dir).isDir() || canonical.contains(target))
            continue;
        out << dir;
        canonical << target;
    }
    return out;
}

QStringList PgDumpLocator::candidatePaths()
{
    return candidatePaths(QStringLiteral("pg_dump"));
}

QStringList PgDumpLocator::candidatePaths(const QString& tool)
{
    QStringList candidates;
    const QString override = qEnvironmentVariable("LARDER_PG_DUMP_SEARCH_PATH");
    if (!override.isEmpty()) {
        const QStringList dirs = override.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString& dir : dirs)
            candidates << QDir(dir).filePath(tool);
    } else {
        const QStringList dirs = installDirs(currentPlatform());
        for (const QString& dir : dirs)
            candidates << dir + QLatin1Char('/') + tool;
        const QString inPath = QStandardPaths::findExecutable(tool);
        // Debian's /usr/bin/pg_dump is pg_wrapper, a Perl script that only runs one of the
        // /usr/lib/postgresql/*/bin tools listed above; asking it its version costs a Perl start.
        const bool isDebianWrapper =
            QFileInfo(inPath).canonicalFilePath().endsWith(QLatin1String("/postgresql-common/pg_wrapper"));
        const bool versionedInstalled =
            std::any_of(candidates.cbegin(), candidates.cend(), [](const QString& path) {
                const QFileInfo info(path);
                return info.isFile() && info.isExecutable();
            });
        if (!inPath.isEmpty() && !(isDebianWrapper && versionedInstalled))
            candidates << inPath;
    }

    QStringList existing;
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable() && !existing.contains(info.absoluteFilePath()))
            existing << info.absoluteFilePath();
    }
    return existing;
}

Result<PgDumpBinary> PgDumpLocator::locate(const QString& configuredPath, int serverMajorVersion)
{
    const QString serverName = majorVersionName(serverMajorVersion);
    if (!configuredPath.isEmpty()) {
        auto binary = inspect(configuredPath);
        if (!binary)
            return binary;
        if (comparable(binary->majorVersion) < comparable(serverMajorVersion))
            return makeError(
                neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                          "pg_dump at %1 is version %2 but the server runs %3: %4 or "
                                          "set pg_dump = \"...\" to a pg_dump of version %3 or newer"))
                    .arg(binary->path)
                    .arg(majorVersionName(binary->majorVersion))
                    .arg(serverName)
                    .arg(installHint(serverMajorVersion)));
        return binary;
    }

    const Search search = searchNewest(QStringLiteral("pg_dump"), serverMajorVersion);
    if (search.best)
        return *search.best;
    if (search.found.isEmpty())
        return makeError(
            neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                      "no pg_dump found for the server's PostgreSQL %1 (searched "
                                      "%2): %3 or set pg_dump = \"/path/to/pg_dump\" for the server"))
                .arg(serverName)
                .arg(searchedPlaces())
                .arg(installHint(serverMajorVersion)));
    return makeError(
        neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "no pg_dump of version %1 or newer found for the server's "
                                                   "PostgreSQL %1 (found only %2): %3 or set pg_dump = "
                                                   "\"/path/to/pg_dump\" for the server"))
            .arg(serverName)
            .arg(joined(search.found, QStringLiteral(", ")))
            .arg(installHint(serverMajorVersion)));
}

PgDumpLocator::Search PgDumpLocator::searchNewest(const QString& tool, int minMajorVersion)
{
    Search search;
    const QStringList candidates = candidatePaths(tool);
    for (const QString& candidate : candidates) {
        const auto binary = inspectTool(candidate, tool);
        if (!binary) {
            qCDebug(lcEngine) << "skipping" << tool << "candidate:" << binary.error().message;
            continue;
        }
        search.found << neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "%1 at %2"))
                            .arg(majorVersionName(binary->majorVersion))
                            .arg(binary->path);
        if (comparable(binary->majorVersion) < comparable(minMajorVersion))
            continue;
        // Earlier candidates win ties: the versioned install directories before PATH.
        if (!search.best || comparable(binary->majorVersion) > comparable(search.best->majorVersion))
            search.best = *binary;
    }
    return search;
}

Message PgDumpLocator::searchedPlaces()
{
    return qEnvironmentVariableIsEmpty("LARDER_PG_DUMP_SEARCH_PATH")
               ? neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "the usual install locations and PATH"))
               : Message::plain(qEnvironmentVariable("LARDER_PG_DUMP_SEARCH_PATH"));
}

Result<PgDumpBinary> PgDumpLocator::locateClientTool(const QString& tool, int minMajorVersion)
{
    const QString minName = majorVersionName(minMajorVersion);
    const Search search = searchNewest(tool, minMajorVersion);
    if (search.best)
        return *search.best;
    if (search.found.isEmpty())
        return makeError(
            neutral(QT_TRANSLATE_NOOP("PgDumpLocator",
                                      "no %1 found for the server's PostgreSQL %2 (searched %3): %4"))
                .arg(tool)
                .arg(minName)
                .arg(searchedPlaces())
                .arg(installHint(minMajorVersion)));
    return makeError(neutral(QT_TRANSLATE_NOOP("PgDumpLocator", "no %1 of version %2 or newer found for the "
                                                                "server's PostgreSQL %2 (found only %3): %4"))
                         .arg(tool)
                         .arg(minName)
                         .arg(joined(search.found, QStringLiteral(", ")))
                         .arg(installHint(minMajorVersion)));
}

} // namespace larder
