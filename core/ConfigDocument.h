#pragma once

#include "ConfigLoader.h"
#include "Error.h"

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

    QString path() const { return m_path; }

    // Names under [servers] or [databases] ("servers" / "databases"), sorted.
    QStringList sectionNames(const QString& table) const;
    bool hasSection(const QString& section) const;
    QVariant value(const QString& section, const QString& key) const;
    // Creates the section when needed; an invalid value removes the key.
    void setValue(const QString& section, const QString& key, const QVariant& value);
    void removeSection(const QString& section);
    // Databases whose server = oldName follow a renamed server. False if newName exists.
    bool renameSection(const QString& section, const QString& newName);

    QString toToml() const;
    // The document parsed by ConfigLoader, exactly as `larder` would read the saved file: the same
    // issues with the same messages (located in path()).
    ConfigLoader::LoadResult validate() const;
    // Refuses an invalid document (the message lists every issue). Otherwise writes atomically
    // (QSaveFile, 0600), keeping the previous file as PATH.bak.
    Result<void> save();
    // True when the file on disk is no longer what load() read or save() wrote (edited elsewhere).
    bool changedOnDisk() const;

private:
    struct Tree;

    QString m_path;
    std::unique_ptr<Tree> m_tree;
    QByteArray m_diskBytes; // what was read or written last, to notice edits made elsewhere
};

} // namespace larder
