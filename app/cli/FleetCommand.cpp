// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "FleetCommand.h"

#include "ExitCode.h"
#include "TextTable.h"
#include "history/FleetClaims.h"
#include "history/History.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace larder;

namespace {

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const FleetHost& host)
{
    return {{QStringLiteral("host"), host.host},
            {QStringLiteral("version"),
             host.version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(host.version)},
            {QStringLiteral("first_seen"), isoOrNull(host.firstSeenUtc)},
            {QStringLiteral("last_seen"), isoOrNull(host.lastSeenUtc)},
            {QStringLiteral("pid"), host.pid},
            {QStringLiteral("running"), host.running},
            {QStringLiteral("lapsed"), host.lapsed},
            {QStringLiteral("done_24h"), host.doneLastDay},
            {QStringLiteral("failed_24h"), host.failedLastDay},
            {QStringLiteral("waiting_for"), QJsonArray::fromStringList(host.waitingFor)}};
}

} // namespace

FleetCommand::FleetCommand()
    : Command(QStringLiteral("fleet"), tr("List the hosts sharing the history and what each one dumps.")),
      m_json(QStringLiteral("json"), tr("Print JSON instead of a table."))
{}

void FleetCommand::addOptions(CommandOptions& options)
{
    options.addOption(m_json);
}

int FleetCommand::run(const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<Config> config = loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    // Reads only; a history not made yet has no hosts.
    auto opened = History::openIfExists(config->historyPath);
    if (!opened) {
        err() << "larder fleet: " << opened.error().message << '\n';
        return ExitCode::JobFailed;
    }
    QList<FleetHost> hosts;
    if (*opened) {
        const Result<QList<FleetHost>> read = FleetClaims(**opened).hosts();
        if (!read) {
            err() << "larder fleet: " << read.error().message << '\n';
            return ExitCode::JobFailed;
        }
        hosts = *read;
    }
    if (parser.isSet(m_json)) {
        QJsonArray array;
        for (const FleetHost& host : std::as_const(hosts))
            array.append(toJson(host));
        out() << QJsonDocument(array).toJson();
        return ExitCode::Ok;
    }
    if (hosts.isEmpty()) {
        out() << tr("No host has run against the history %1 yet.").arg(config->historyPath) << '\n';
        return ExitCode::Ok;
    }
    TextTable table({tr("HOST"), tr("LAST SEEN"), tr("VERSION"), tr("RUNNING"), tr("DONE 24H"),
                     tr("FAILED 24H"), tr("WAITING FOR")});
    for (const FleetHost& host : std::as_const(hosts)) {
        QString running = QString::number(host.running);
        if (host.lapsed > 0)
            running += QLatin1Char(' ') + tr("(+%1 lapsed)").arg(host.lapsed);
        table.addRow(
            {host.host,
             host.lastSeenUtc.isValid()
                 ? host.lastSeenUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                 : QStringLiteral("-"),
             host.version.isEmpty() ? QStringLiteral("-") : host.version, running,
             QString::number(host.doneLastDay), QString::number(host.failedLastDay),
             host.waitingFor.isEmpty() ? QStringLiteral("-") : host.waitingFor.join(QStringLiteral(", "))});
    }
    table.print(out());
    return ExitCode::Ok;
}
