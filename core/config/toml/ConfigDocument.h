// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "config/toml/ConfigLoader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace larder {

// The config file as the user wrote it, for editors (the GUI): sections and keys are read and
// changed as written (not inherited), and save() writes the same TOML file that `larder run`
// reads. Keys an editor does not know are kept. toml++ does not keep comments, so a file saved
// from here loses them; the .bak beside it still has them.
//
// Sections are named as in the file: "" (top level), "defaults", "servers.NAME", "databases.NAME".
// Values are QString, qint64, bool or QStringList; an invalid QVariant means "not set".
class ConfigDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDocument)

public:
    ConfigDocument();
    ~ConfigDocument();
    ConfigDocument(const ConfigDocument& other);
    ConfigDocument& operator=(const ConfigDocument& other);
    ConfigDocument(ConfigDocument&& other) noexcept;
    ConfigDocument& operator=(ConfigDocument&& other) noexcept;

    // A missing file is an empty document (saved, it creates the file and its directory). A file
    // that is not valid TOML is an error naming path, line and column.
    static Result<ConfigDocument> load(const QString& path);

    // Absolute, so that validate() names the file as `larder` does.
    QString path() const { return m_path; }

    // Names under [servers] or [databases] ("servers" / "databases"), sorted.
    QStringList sectionNames(const QString& table) const;
    bool hasSection(const QString& section) const;
    QVariant value(const QString& section, const QString& key) const;
    // Creates the section when needed; an invalid value removes the key.
    void setValue(const QString& section, const QString& key, const QVariant& value);
    // The top level ("") cannot be removed; a [servers] or [databases] left empty goes too.
    void removeSection(const QString& section);
    // newName is the NAME part: renameSection("servers.a", "b") makes [servers.b]. Sections whose
    // server or restore_server is "a" follow a renamed server. False if newName exists, is empty, or
    // section is not a [TABLE.NAME] that exists.
    bool renameSection(const QString& section, const QString& newName);

    // The text save() writes: top-level keys, [defaults], [servers.*], [databases.*], keys sorted.
    QString toToml() const;
    // The document parsed by ConfigLoader, exactly as `larder` would read the saved file: the same
    // issues with the same messages, located in path() at the lines of toToml().
    ConfigLoader::LoadResult validate() const;
    // Refuses an invalid document (the message lists every issue) and writes nothing. Otherwise
    // creates the directory (0700) if needed and writes atomically (QSaveFile, 0600), keeping the
    // previous file as PATH.bak. It overwrites edits made elsewhere since load(): callers check
    // changedOnDisk() first and ask the user.
    Result<void> save();
    // True when the file on disk is no longer what load() read or save() wrote (edited elsewhere).
    bool changedOnDisk() const;

private:
    struct Tree;

    QString m_path;
    std::unique_ptr<Tree> m_tree;
    QByteArray m_diskBytes; // what was read or written last, to notice edits made elsewhere
    bool m_onDisk = false;  // the file existed when it was read or written last
};

} // namespace larder
