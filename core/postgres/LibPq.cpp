// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/LibPq.h"

#include "postgres/PgDumpLocator.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace larder;

namespace {

// Where else a libpq may be, by full path. On macOS the dynamic linker searches only ~/lib,
// /usr/local/lib and /usr/lib for a bare name, and none holds one there: Homebrew's libpq and
// postgresql@N are keg-only, Postgres.app keeps its own. Each install's lib beside its bin.
QStringList fallbackPaths()
{
    QStringList paths;
#ifdef Q_OS_MACOS
    const QStringList bins = PgDumpLocator::installDirs(PgDumpLocator::Platform::MacOS);
    for (const QString& bin : bins) {
        const QString path = QDir::cleanPath(bin + QStringLiteral("/../lib/libpq.5.dylib"));
        if (QFileInfo::exists(path))
            paths << path;
    }
#endif
    return paths;
}

Result<LibPq> resolveAll()
{
    // "pq" with major version 5: libpq.so.5 on Linux, libpq.5.dylib on macOS; the soname has been
    // 5 since PostgreSQL 8.2.
    QLibrary library(QStringLiteral("pq"), 5);
    library.setLoadHints(QLibrary::ExportExternalSymbolsHint);
    bool loaded = library.load();
    const QString firstError = library.errorString();
    const QStringList fallbacks = loaded ? QStringList() : fallbackPaths();
    for (qsizetype i = 0; !loaded && i < fallbacks.size(); ++i) {
        library.setFileName(fallbacks.at(i));
        loaded = library.load();
    }
    if (!loaded)
        return makeError(LibPq::tr("the PostgreSQL client library libpq could not be loaded (%1); install it "
                                   "(Debian/Ubuntu: apt install libpq5; macOS: brew install libpq)")
                             .arg(firstError));
    LibPq pq;
    QStringList missing;
    const auto resolve = [&](auto& function, const char* name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        if (!function)
            missing << QString::fromLatin1(name);
    };
    resolve(pq.connectStartParams, "PQconnectStartParams");
    resolve(pq.connectPoll, "PQconnectPoll");
    resolve(pq.socket, "PQsocket");
    resolve(pq.status, "PQstatus");
    resolve(pq.errorMessage, "PQerrorMessage");
    resolve(pq.finish, "PQfinish");
    resolve(pq.serverVersion, "PQserverVersion");
    resolve(pq.parameterStatus, "PQparameterStatus");
    resolve(pq.escapeIdentifier, "PQescapeIdentifier");
    resolve(pq.escapeLiteral, "PQescapeLiteral");
    resolve(pq.freemem, "PQfreemem");
    resolve(pq.sendQueryParams, "PQsendQueryParams");
    resolve(pq.consumeInput, "PQconsumeInput");
    resolve(pq.isBusy, "PQisBusy");
    resolve(pq.getResult, "PQgetResult");
    resolve(pq.resultStatus, "PQresultStatus");
    resolve(pq.resultErrorMessage, "PQresultErrorMessage");
    resolve(pq.clear, "PQclear");
    resolve(pq.nfields, "PQnfields");
    resolve(pq.ntuples, "PQntuples");
    resolve(pq.getvalue, "PQgetvalue");
    resolve(pq.getCancel, "PQgetCancel");
    resolve(pq.freeCancel, "PQfreeCancel");
    resolve(pq.cancel, "PQcancel");
    if (!missing.isEmpty())
        return makeError(
            LibPq::tr("the PostgreSQL client library %1 lacks %2; install a libpq from PostgreSQL 10 "
                      "or newer")
                .arg(library.fileName(), missing.join(QLatin1String(", "))));
    // Never unloaded: connections live until the process ends.
    return pq;
}

} // namespace

Result<const LibPq*> LibPq::load()
{
    static const Result<LibPq> loaded = resolveAll();
    if (!loaded)
        return tl::unexpected(loaded.error());
    return &*loaded;
}
