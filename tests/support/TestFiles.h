// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>
#include <QStringList>

// What tests read and write on disk: one copy for every test that looks at dump directories.
namespace TestFiles {

// The whole file, or empty when it cannot be read.
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions);
// Mode 0600: a .pgpass, a config with a password, a history.
bool writePrivateFile(const QString& path, const QByteArray& content);

// Every file below dir, as paths relative to it, sorted.
QStringList filesUnder(const QString& dir);
// Files and directories whose name ends in ".partial" (a directory dump's partial is a directory),
// sorted.
QStringList partialsUnder(const QString& dir);
// Files under a final dump name below dir: neither partial nor sidecar, sorted.
QStringList finalDumpsUnder(const QString& dir);
// The files of job's directory below dumpDir named "JOB_...", sidecars left out, by name.
QStringList jobDumps(const QString& dumpDir, const QString& job);

// The share (0..1) of the pages of path's first `bytes` bytes (all: -1) in the page cache, as
// mincore() sees them; -1 when it cannot tell.
double residentShare(const QString& path, qint64 bytes = -1);
// tmpfs keeps its files in the page cache: nothing can drop them.
bool onTmpfs(const QString& path);

} // namespace TestFiles
