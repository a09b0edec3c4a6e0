// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "status/LiveChannel.h"

#include "base/Sha256.h"
#include "history/HistoryAddress.h"
#include "system/PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace larder {

namespace {

const QString kType = QStringLiteral("type");
const QString kState = QStringLiteral("state");

QString absoluteHistory(const QString& historyPath)
{
    return HistoryAddress::localStatePath(historyPath);
}

} // namespace

QString LiveChannel::besideHistory(const QString& historyPath)
{
    return absoluteHistory(historyPath) + QStringLiteral(".live");
}

Result<QString> LiveChannel::socketPath(const QString& historyPath)
{
    const QString beside = besideHistory(historyPath);
    if (QFile::encodeName(beside).size() <= kMaxPathBytes)
        return beside;
    // A socket there is reachable only through a directory of this user's.
    const Result<QString> directory = PrivateDirectory::userTemporary();
    if (!directory)
        return tl::unexpected(directory.error());
    const QByteArray hash = Sha256::hash(absoluteHistory(historyPath).toUtf8()).toHex().left(32);
    return *directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".live");
}

QByteArray LiveChannel::frame(const LiveRunState& state)
{
    const QJsonObject message{
        {QStringLiteral("v"), kVersion},
        {kType, kState},
        {kState, state.toJson()},
    };
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

Result<LiveRunState> LiveChannel::read(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject())
        return makeError(tr("a message of the status channel is not JSON: %1").arg(parseError.errorString()));
    const QJsonObject message = document.object();
    const int version = message.value(QStringLiteral("v")).toInt();
    if (version != kVersion)
        return makeError(tr("the run speaks version %1 of the status channel; this Larder reads version "
                            "%2: use the same Larder for both")
                             .arg(version)
                             .arg(kVersion));
    if (message.value(kType).toString() != kState)
        return makeError(
            tr("unknown message of the status channel: %1").arg(message.value(kType).toString()));
    return LiveRunState::fromJson(message.value(kState).toObject());
}

} // namespace larder
