// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "verify/Verifier.h"

#include "base/LogCategories.h"
#include "base/Message.h"
#include "base/Sha256.h"
#include "engine/DatabaseEngine.h"
#include "engine/DumpFinalizer.h"
#include "history/History.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace larder {

namespace {

// Verifier's text, kept language-neutral for the history: QT_TRANSLATE_NOOP("Verifier", ...).
Message neutral(const char* source)
{
    return Message("Verifier", source);
}

// Problems of one dump, worst kind wins: a changed byte is a mismatch, anything else an error.
struct Problems
{
    QList<Message> mismatches;
    QList<Message> errors;

    Verifier::Finding finding() const
    {
        Verifier::Finding finding;
        finding.status = !mismatches.isEmpty() ? QStringLiteral("mismatch")
                         : !errors.isEmpty()   ? QStringLiteral("error")
                                               : QStringLiteral("ok");
        Message detail;
        for (const Message& problem : mismatches + errors)
            detail = detail.followedBy(detail.isEmpty() ? Message() : Message::plain(QStringLiteral("; ")))
                         .followedBy(problem);
        finding.detail = detail.toString();
        finding.storedDetail = detail.serialize();
        return finding;
    }
};

struct ManifestLine
{
    QString hash;
    QString name; // as written: relative to the directory holding the dump
};

QList<ManifestLine> parseManifest(const QByteArray& content)
{
    QList<ManifestLine> lines;
    for (const QByteArray& raw : content.split('\n')) {
        if (raw.trimmed().isEmpty())
            continue;
        const qsizetype gap = raw.indexOf("  ");
        lines.append(gap == 64
                         ? ManifestLine{QString::fromLatin1(raw.left(64)), QFile::decodeName(raw.mid(66))}
                         : ManifestLine{QString(), QFile::decodeName(raw)});
    }
    return lines;
}

} // namespace

Verifier::Finding Verifier::verify(const DatabaseEngine& engine, const HistoryRecord& dump,
                                   const Limits& limits)
{
    Problems problems;
    const QString path = dump.path;
    const QFileInfo info(path);
    if (path.isEmpty() || (!info.exists() && !info.isSymLink())) {
        problems.errors
            << neutral(QT_TRANSLATE_NOOP(
                           "Verifier",
                           "%1 is missing: it was moved or deleted outside larder; run the job again for a "
                           "new dump"))
                   .arg(path.isEmpty()
                            ? neutral(QT_TRANSLATE_NOOP("Verifier", "the dump of attempt %1")).arg(dump.id)
                            : Message::plain(path));
        return problems.finding();
    }
    const QString sidecarPath = DumpFinalizer::sidecarPath(path);
    QFile sidecar(sidecarPath);
    QByteArray manifest;
    const bool haveSidecar = sidecar.open(QIODevice::ReadOnly);
    if (haveSidecar)
        manifest = sidecar.readAll();
    else
        problems.errors << neutral(QT_TRANSLATE_NOOP("Verifier",
                                                     "checksum file %1 is missing or unreadable (%2)"))
                               .arg(sidecarPath)
                               .arg(sidecar.errorString());

    if (info.isDir()) {
        // History holds the hash of the manifest; the manifest holds one hash per file.
        if (haveSidecar) {
            const QString manifestHash = QString::fromLatin1(Sha256::hash(manifest).toHex());
            if (!dump.sha256.isEmpty() && manifestHash != dump.sha256)
                problems.mismatches
                    << neutral(
                           QT_TRANSLATE_NOOP(
                               "Verifier", "%1: checksum mismatch: history has %2, the manifest now has %3"))
                           .arg(sidecarPath)
                           .arg(dump.sha256)
                           .arg(manifestHash);
            const QDir parent = info.absoluteDir();
            QSet<QString> listed;
            for (const ManifestLine& line : parseManifest(manifest)) {
                const QString file = parent.filePath(line.name);
                listed.insert(QFileInfo(file).absoluteFilePath());
                if (line.hash.isEmpty()) {
                    problems.mismatches << neutral(QT_TRANSLATE_NOOP("Verifier", "%1: malformed line \"%2\""))
                                               .arg(sidecarPath)
                                               .arg(line.name);
                    continue;
                }
                if (!QFileInfo::exists(file)) {
                    problems.errors << neutral(QT_TRANSLATE_NOOP("Verifier", "%1 is missing (listed in %2)"))
                                           .arg(file)
                                           .arg(sidecarPath);
                    continue;
                }
                const auto hash = DumpFinalizer::sha256OfFile(file);
                if (!hash)
                    problems.errors << hash.error().neutral();
                else if (*hash != line.hash)
                    problems.mismatches
                        << neutral(QT_TRANSLATE_NOOP("Verifier",
                                                     "%1: checksum mismatch: %2 has %3, the file now has %4"))
                               .arg(file)
                               .arg(sidecarPath)
                               .arg(line.hash)
                               .arg(*hash);
            }
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = QFileInfo(it.next()).absoluteFilePath();
                if (!listed.contains(file))
                    problems.mismatches << neutral(QT_TRANSLATE_NOOP("Verifier", "%1 is not listed in %2"))
                                               .arg(file)
                                               .arg(sidecarPath);
            }
        }
    } else {
        const auto hash = DumpFinalizer::sha256OfFile(path);
        if (!hash) {
            problems.errors << hash.error().neutral();
        } else {
            if (!dump.sha256.isEmpty() && *hash != dump.sha256)
                problems.mismatches << neutral(
                                           QT_TRANSLATE_NOOP(
                                               "Verifier",
                                               "%1: checksum mismatch: history has %2, the file now has %3"))
                                           .arg(path)
                                           .arg(dump.sha256)
                                           .arg(*hash);
            if (haveSidecar) {
                const QList<ManifestLine> lines = parseManifest(manifest);
                if (lines.size() != 1 || lines.first().hash.isEmpty())
                    problems.mismatches
                        << neutral(QT_TRANSLATE_NOOP("Verifier", "%1 is not a one-line `sha256sum` file"))
                               .arg(sidecarPath);
                else if (lines.first().hash != *hash)
                    problems.mismatches
                        << neutral(QT_TRANSLATE_NOOP("Verifier",
                                                     "%1: checksum mismatch: %2 has %3, the file now has %4"))
                               .arg(path)
                               .arg(sidecarPath)
                               .arg(lines.first().hash)
                               .arg(*hash);
            }
        }
    }

    // The engine that wrote it reads it back: a cut archive, stream or script fails.
    if (const auto unreadable = engine.readDump(path, dump.pgDumpVersion, limits))
        problems.errors << *unreadable;
    const Finding finding = problems.finding();
    qCDebug(lcEngine).noquote() << "verified" << path << finding.status << finding.detail;
    return finding;
}

Verifier::Recorded Verifier::verifyAndRecord(const DatabaseEngine& engine, History& history,
                                             const HistoryRecord& dump, const Limits& limits)
{
    const Finding finding = verify(engine, dump, limits);
    if (limits.interrupt && limits.interrupt->load())
        return Recorded{finding, QString()}; // stopped: says nothing about the dump
    return record(history, dump, finding);
}

Verifier::Recorded Verifier::record(History& history, const HistoryRecord& dump, const Finding& finding)
{
    Recorded recorded;
    recorded.finding = finding;
    if (!recorded.finding.ok()) {
        if (const auto latest = history.attempt(dump.id); latest && latest->status == AttemptStatus::Pruned) {
            recorded.finding.status = QStringLiteral("pruned");
            recorded.finding.detail =
                tr("%1 was pruned by a run while it was being verified; skipped").arg(dump.path);
            recorded.finding.storedDetail.clear();
            return recorded;
        }
    }
    if (const Result<void> written = history.recordVerification(
            dump.id, QDateTime::currentDateTimeUtc(), recorded.finding.status,
            recorded.finding.storedDetail.isEmpty() ? recorded.finding.detail
                                                    : recorded.finding.storedDetail);
        !written)
        recorded.recordError = written.error().message;
    return recorded;
}

} // namespace larder
