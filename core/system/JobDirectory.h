// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace larder {

// One job's directory, <dump_dir>/<job>, held open as a descriptor so that every check and every
// deletion Larder makes in it is relative to that very directory: a path component swapped for a
// symbolic link after a check cannot redirect a deletion elsewhere. dump_dir itself is opened
// normally (a user may have linked it elsewhere); the job's directory is opened without following
// a link.
//
// Only direct entries are addressed, by a plain name (no '/', not "." or ".."). A symbolic link is
// never followed: one met where a file was decided, or anywhere inside a directory dump, is unlinked
// itself; one swapped in where a directory was decided makes remove() fail and is left alone.
// Callers that must not even remove links (Pruner: a link is something the user made) check kindOf().
class JobDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(JobDirectory)
    Q_DISABLE_COPY_MOVE(JobDirectory)

public:
    enum class Kind { Missing, File, Directory, SymLink, Other };

    // For tests only (null in production): called with the entry's name after the caller has
    // decided what to remove and just before remove() deletes it, to swap something in between.
    static std::function<void(const QString& name)> s_beforeRemoveForTests;

    // Opens the directory at path: its parent normally, its last component without following a
    // link. A missing directory opens as one without entries (every kindOf() is Missing).
    static Result<std::unique_ptr<JobDirectory>> open(const QString& path);
    ~JobDirectory();

    const QString& path() const { return m_path; }
    bool exists() const { return m_fd >= 0; }
    // The entry name of path if path (cleaned) lies directly inside directory; otherwise empty.
    static QString nameInside(const QString& directory, const QString& path);
    // Whether name addresses one direct entry: not empty, no '/', not "." or "..".
    static bool isEntryName(const QString& name);

    // What the entry is, not following a link.
    Result<Kind> kindOf(const QString& name) const;
    // Removes the entry that the caller found to be of kind decided: a file or link is unlinked, a
    // directory removed bottom-up. Missing is a no-op.
    Result<void> remove(const QString& name, Kind decided) const;
    // Removes group and world write permission when the directory is the current user's; refuses a
    // group- or world-writable one owned by someone else. True when it tightened the mode.
    Result<bool> tightenPermissions() const;

private:
    JobDirectory(QString path, int fd);

    QString entryPath(const QString& name) const;
    Result<void> removeFile(const QString& name) const;
    Result<void> removeDirectory(const QString& name) const;
    Error notAnEntryError(const QString& name) const;
    Error removeError(const QString& name, int error) const;

    QString m_path;
    int m_fd = -1;
};

} // namespace larder
