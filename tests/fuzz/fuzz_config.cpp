// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// libFuzzer target: larder::ConfigLoader::loadString on arbitrary text.
//
// A rejected config must be a clean error: at least one issue, each with a message and a place
// inside the text. An accepted config must hold what the rest of Larder relies on (valid, unique,
// sorted job names; known servers; absolute paths; values in range). A violated rule prints what
// broke and traps, so libFuzzer saves the input.

#include "config/toml/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <cstdint>
#include <cstdio>

using larder::ConfigLoader;

namespace {

const QString kDisplayPath = QStringLiteral("/fuzz/larder.toml");
const QString kBaseDir = QStringLiteral("/fuzz");

[[noreturn]] void fail(const char* what, const QString& detail = QString())
{
    std::fprintf(stderr, "fuzz_config: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    __builtin_trap();
}

void checkAccepted(const larder::Config& config)
{
    if (config.path != kDisplayPath)
        fail("config.path is not the display path", config.path);
    if (!QDir::isAbsolutePath(config.historyPath))
        fail("history path is not absolute", config.historyPath);
    if (config.maxParallel < 1)
        fail("max_parallel below 1");
    for (qsizetype i = 0; i < config.jobs.size(); ++i) {
        const larder::JobConfig& job = config.jobs.at(i);
        if (!ConfigLoader::isValidName(job.name))
            fail("accepted an invalid job name", job.name);
        if (i > 0 && !(config.jobs.at(i - 1).name < job.name))
            fail("jobs are not sorted by name or not unique", job.name);
        if (config.job(job.name) != &job)
            fail("config.job(name) does not find the job", job.name);
        if (!config.servers.contains(job.server.name))
            fail("a job's server is not in config.servers",
                 job.name + QLatin1String(" -> ") + job.server.name);
        if (job.dbname.isEmpty())
            fail("empty dbname", job.name);
        if (!QDir::isAbsolutePath(job.dumpDir) || job.dumpDir != QDir::cleanPath(job.dumpDir))
            fail("dump_dir is not absolute and clean", job.dumpDir);
        if (job.compression < 0 || job.compression > 9)
            fail("compression out of range", job.name);
        if (job.timeoutSeconds <= 0)
            fail("timeout not positive", job.name);
        if (job.server.port < 1 || job.server.port > 65535)
            fail("port out of range", job.name);
        const auto reparsed = larder::Schedule::parse(job.schedule.text());
        if (!reparsed || !(*reparsed == job.schedule))
            fail("the job's schedule does not parse back to itself", job.schedule.text());
    }
    for (auto it = config.servers.cbegin(); it != config.servers.cend(); ++it) {
        if (it.key() != it.value().name)
            fail("servers map key differs from the server's name", it.key());
        if (it.value().maxParallel < 1 || it.value().connectTimeoutSeconds < 1)
            fail("server limits out of range", it.key());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Its own argv: QCoreApplication may consume arguments, and these are libFuzzer's.
    static int appArgc = 1;
    static char appName[] = "fuzz_config";
    static char* appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ConfigLoader::LoadResult result = ConfigLoader::loadString(text, kDisplayPath, kBaseDir);
    if (result) {
        checkAccepted(*result);
        return 0;
    }
    const QList<larder::ConfigIssue>& issues = result.error();
    if (issues.isEmpty())
        fail("rejected without an issue");
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    for (const larder::ConfigIssue& issue : issues) {
        if (issue.message.trimmed().isEmpty())
            fail("an issue without a message", issue.toString());
        if (issue.file != kDisplayPath)
            fail("an issue names another file", issue.toString());
        if (issue.line < 0 || issue.column < 0 || issue.line > lines + 1)
            fail("an issue's place is outside the text", issue.toString());
        if (issue.toString().isEmpty())
            fail("an issue prints as nothing");
    }
    return 0;
}
