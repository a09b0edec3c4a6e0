#include "status/LiveChannel.h"

#include "base/Sha256.h"
#include "system/PrivateDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>
#include <unistd.h>

namespace larder {

namespace {

const QString kType = QStringLiteral("type");
const QString kState = QStringLiteral("state");

QString absoluteHistory(const QString& historyPath)
{
    return QDir::cleanPath(QFileInfo(historyPath).absoluteFilePath());
}

// A socket there is reachable only through a directory of our own: 0700, ours, not a link.
Result<void> makeOwnDirectory(const QString& path)
{
    if (Result<void> made = PrivateDirectory::make(path); !made)
        return made;
    struct stat st = {};
    const QByteArray encoded = QFile::encodeName(path);
    if (::lstat(encoded.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return makeError(LiveChannel::tr("%1 is not a directory of this user's: the status channel of a "
                                         "run cannot be placed there; remove it")
                             .arg(path));
    if ((st.st_mode & 077) != 0 && ::chmod(encoded.constData(), 0700) != 0)
        return makeError(LiveChannel::tr("cannot make %1 private (mode 0700)").arg(path));
    return {};
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
    const QString directory = QStringLiteral("/tmp/larder-%1").arg(::geteuid());
    if (Result<void> made = makeOwnDirectory(directory); !made)
        return tl::unexpected(made.error());
    const QByteArray hash = Sha256::hash(absoluteHistory(historyPath).toUtf8()).toHex().left(32);
    return directory + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".live");
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
