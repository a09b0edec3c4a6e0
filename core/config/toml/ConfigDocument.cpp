// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/toml/ConfigDocument.h"

#include "base/LogCategories.h"
#include "config/keys/ConfigKeyNames.h"
#include "system/PrivateDirectory.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTime>
#include <QTimeZone>

#include <toml++/toml.h>

#include <sstream>

namespace larder {

struct ConfigDocument::Tree
{
    toml::table root;
};

namespace {

const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString qstr(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// "servers.main" -> {"servers", "main"}; "defaults" -> {"defaults", ""}. Names may hold dots.
std::pair<std::string, std::string> splitSection(const QString& section)
{
    const qsizetype dot = section.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {utf8(section), std::string()};
    return {utf8(section.left(dot)), utf8(section.mid(dot + 1))};
}

QVariant toVariant(const toml::node& node)
{
    switch (node.type()) {
    case toml::node_type::string:
        return qstr(**node.as_string());
    case toml::node_type::integer:
        return qint64(**node.as_integer());
    case toml::node_type::floating_point:
        return **node.as_floating_point();
    case toml::node_type::boolean:
        return **node.as_boolean();
    case toml::node_type::date: {
        const toml::date d = **node.as_date();
        return QDate(d.year, d.month, d.day);
    }
    case toml::node_type::time: {
        const toml::time t = **node.as_time();
        return QTime(t.hour, t.minute, t.second, int(t.nanosecond / 1000000));
    }
    case toml::node_type::date_time: {
        const toml::date_time dt = **node.as_date_time();
        const QDateTime local(
            QDate(dt.date.year, dt.date.month, dt.date.day),
            QTime(dt.time.hour, dt.time.minute, dt.time.second, int(dt.time.nanosecond / 1000000)));
        if (!dt.offset)
            return local;
        return QDateTime(local.date(), local.time(), QTimeZone(dt.offset->minutes * 60));
    }
    case toml::node_type::array: {
        const toml::array& array = *node.as_array();
        if (array.is_homogeneous(toml::node_type::string) || array.empty()) {
            QStringList list;
            for (const toml::node& element : array)
                list << qstr(**element.as_string());
            return list;
        }
        QVariantList list;
        for (const toml::node& element : array)
            list << toVariant(element);
        return list;
    }
    case toml::node_type::table: {
        QVariantMap map;
        for (auto&& [key, child] : *node.as_table())
            map.insert(qstr(key.str()), toVariant(child));
        return map;
    }
    case toml::node_type::none:
        break;
    }
    return {};
}

// Appends value converted to TOML; false for a type TOML has no place for here.
bool append(toml::array& array, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        array.push_back(utf8(value.toString()));
        return true;
    case QMetaType::Bool:
        array.push_back(value.toBool());
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        array.push_back(int64_t(value.toLongLong()));
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        array.push_back(value.toDouble());
        return true;
    case QMetaType::QStringList: {
        toml::array strings;
        for (const QString& text : value.toStringList())
            strings.push_back(utf8(text));
        array.push_back(std::move(strings));
        return true;
    }
    case QMetaType::QVariantList: {
        toml::array elements;
        for (const QVariant& element : value.toList()) {
            if (!append(elements, element))
                return false;
        }
        array.push_back(std::move(elements));
        return true;
    }
    default:
        return false;
    }
}

// The part of the file under one top-level table, as "[name.X]" sections.
std::string formatTable(const std::string& name, const toml::table& table)
{
    toml::table wrapper;
    toml::table copy = table;
    // Written inline, it would become keys of the section printed before it.
    copy.is_inline(false);
    wrapper.insert(name, std::move(copy));
    std::ostringstream out;
    // Double-quoted strings and no indentation: what people write by hand.
    out << toml::toml_formatter(wrapper, toml::toml_formatter::default_flags &
                                             ~toml::format_flags::indentation &
                                             ~toml::format_flags::allow_literal_strings);
    return out.str();
}

// [notify.NAME] last: where to tell about the jobs comes after the jobs.
const char* const kTables[] = {tables::defaults.data(), tables::servers.data(), tables::databases.data(),
                               tables::notify.data()};

} // namespace

ConfigDocument::ConfigDocument() : m_tree(std::make_unique<Tree>()) {}

ConfigDocument::~ConfigDocument() = default;

ConfigDocument::ConfigDocument(const ConfigDocument& other)
    : m_path(other.m_path), m_tree(std::make_unique<Tree>(other.m_tree ? *other.m_tree : Tree())),
      m_diskBytes(other.m_diskBytes), m_onDisk(other.m_onDisk)
{}

ConfigDocument& ConfigDocument::operator=(const ConfigDocument& other)
{
    if (this != &other)
        *this = ConfigDocument(other);
    return *this;
}

ConfigDocument::ConfigDocument(ConfigDocument&& other) noexcept = default;
ConfigDocument& ConfigDocument::operator=(ConfigDocument&& other) noexcept = default;

Result<ConfigDocument> ConfigDocument::load(const QString& path)
{
    const QFileInfo info(path);
    ConfigDocument document;
    document.m_path = info.absoluteFilePath();
    if (!info.exists() && !info.isSymLink())
        return document;

    QFile file(document.m_path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isDir() ? tr("it is a directory") : file.errorString();
        return makeError(tr("cannot read config file %1 (%2): make it a readable file for your user, or "
                            "open another config file")
                             .arg(document.m_path, reason));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(tr("cannot read config file %1 (%2): make it a readable file for your user, or "
                            "open another config file")
                             .arg(document.m_path, file.errorString()));
    try {
        document.m_tree->root =
            toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())), utf8(document.m_path));
    } catch (const toml::parse_error& error) {
        // The installed toml++ is built with exceptions; keep them from crossing our API.
        const ConfigIssue issue{document.m_path, int(error.source().begin.line),
                                int(error.source().begin.column), QString(),
                                tr("TOML syntax error: %1; fix the file at this position in a text editor, "
                                   "then open it again")
                                    .arg(qstr(error.description()))};
        return makeError(issue.toString());
    }
    document.m_diskBytes = bytes;
    document.m_onDisk = true;
    return document;
}

QStringList ConfigDocument::sectionNames(const QString& table) const
{
    QStringList names;
    if (!m_tree)
        return names;
    if (const toml::table* group = m_tree->root.get_as<toml::table>(utf8(table))) {
        for (auto&& [key, node] : *group) {
            if (node.is_table())
                names << qstr(key.str());
        }
    }
    names.sort();
    return names;
}

bool ConfigDocument::hasSection(const QString& section) const
{
    if (!m_tree)
        return section.isEmpty();
    if (section.isEmpty())
        return true;
    const auto [table, name] = splitSection(section);
    const toml::table* group = m_tree->root.get_as<toml::table>(table);
    return group && (name.empty() || group->get_as<toml::table>(name));
}

QVariant ConfigDocument::value(const QString& section, const QString& key) const
{
    if (!m_tree)
        return {};
    const toml::table* found = &m_tree->root;
    if (!section.isEmpty()) {
        const auto [table, name] = splitSection(section);
        found = m_tree->root.get_as<toml::table>(table);
        if (found && !name.empty())
            found = found->get_as<toml::table>(name);
    }
    if (!found)
        return {};
    const toml::node* node = found->get(utf8(key));
    return node ? toVariant(*node) : QVariant();
}

void ConfigDocument::setValue(const QString& section, const QString& key, const QVariant& value)
{
    if (!m_tree)
        m_tree = std::make_unique<Tree>();
    if (!value.isValid() && !hasSection(section))
        return;

    toml::table* target = &m_tree->root;
    if (!section.isEmpty()) {
        const auto [table, name] = splitSection(section);
        // A non-table value in the way was an error in the file already; the edit wins.
        if (!target->get_as<toml::table>(table))
            target->insert_or_assign(table, toml::table());
        target = target->get_as<toml::table>(table);
        if (!name.empty()) {
            if (!target->get_as<toml::table>(name))
                target->insert_or_assign(name, toml::table());
            target = target->get_as<toml::table>(name);
        }
    }

    if (!value.isValid()) {
        target->erase(utf8(key));
        return;
    }
    toml::array holder;
    if (!append(holder, value)) {
        qCWarning(lcConfig) << "ConfigDocument: cannot store a" << value.metaType().name() << "as" << section
                            << key << "in" << m_path;
        return;
    }
    target->insert_or_assign(utf8(key), std::move(*holder.get(0)));
}

void ConfigDocument::removeSection(const QString& section)
{
    if (!m_tree || section.isEmpty())
        return;
    const auto [table, name] = splitSection(section);
    if (name.empty()) {
        m_tree->root.erase(table);
        return;
    }
    toml::table* group = m_tree->root.get_as<toml::table>(table);
    if (!group)
        return;
    group->erase(name);
    if (group->empty())
        m_tree->root.erase(table);
}

bool ConfigDocument::renameSection(const QString& section, const QString& newName)
{
    if (!m_tree || newName.isEmpty())
        return false;
    const auto [table, oldName] = splitSection(section);
    toml::table* group = m_tree->root.get_as<toml::table>(table);
    if (oldName.empty() || !group || !group->get_as<toml::table>(oldName))
        return false;
    const std::string renamed = utf8(newName);
    if (renamed == oldName)
        return true;
    if (group->contains(renamed))
        return false;

    toml::table moved = std::move(*group->get_as<toml::table>(oldName));
    group->erase(oldName);
    group->insert(renamed, std::move(moved));

    if (table != tables::servers.data())
        return true;
    // Every section that names the server: server in databases, restore_server at any level.
    QList<toml::table*> sections;
    if (toml::table* defaults = m_tree->root.get_as<toml::table>(tables::defaults.data()))
        sections << defaults;
    for (const char* name : {tables::servers.data(), tables::databases.data()}) {
        if (toml::table* children = m_tree->root.get_as<toml::table>(name)) {
            for (auto&& [key, node] : *children) {
                if (toml::table* child = node.as_table())
                    sections << child;
            }
        }
    }
    for (toml::table* child : sections) {
        for (const char* key : {keys::server.data(), keys::restoreServer.data()}) {
            if (const toml::value<std::string>* current = child->get_as<std::string>(key);
                current && **current == oldName)
                child->insert_or_assign(key, renamed);
        }
    }
    return true;
}

QString ConfigDocument::toToml() const
{
    const QString fileName = QFileInfo(m_path).fileName();
    QString text = m_onDisk
                       ? tr("# Written by Larder. The previous version, with its comments, is in %1.bak.\n")
                             .arg(fileName)
                       : tr("# Written by Larder.\n");
    if (!m_tree)
        return text;

    // toml++ writes a table's keys in key order (databases before defaults); people expect
    // [defaults], then servers, then the databases that use them, then notifications.
    toml::table rest = m_tree->root;
    for (const char* name : kTables) {
        if (rest.get_as<toml::table>(name))
            rest.erase(name);
    }
    std::ostringstream out;
    out << toml::toml_formatter(rest, toml::toml_formatter::default_flags & ~toml::format_flags::indentation &
                                          ~toml::format_flags::allow_literal_strings);
    std::string parts = out.str();
    for (const char* name : kTables) {
        if (const toml::table* table = m_tree->root.get_as<toml::table>(name)) {
            if (!parts.empty())
                parts += "\n\n";
            parts += formatTable(name, *table);
        }
    }
    text += QLatin1Char('\n') + QString::fromStdString(parts) + QLatin1Char('\n');
    return text;
}

ConfigLoader::LoadResult ConfigDocument::validate() const
{
    return ConfigLoader::loadString(toToml(), m_path, QFileInfo(m_path).absolutePath());
}

Result<void> ConfigDocument::save()
{
    if (m_path.isEmpty())
        return makeError(tr("this config has no file name yet: choose where to save it"));
    const ConfigLoader::LoadResult checked = validate();
    if (!checked) {
        QStringList lines{
            tr("%1 was not saved because the config has these problems; fix them and save again:")
                .arg(m_path)};
        for (const ConfigIssue& issue : checked.error())
            lines << issue.toString();
        return makeError(lines.join(QLatin1Char('\n')));
    }
    const QByteArray text = toToml().toUtf8();

    const QFileInfo info(m_path);
    if (auto made = PrivateDirectory::make(info.absolutePath()); !made)
        return makeError(tr("could not save %1: %2").arg(m_path, made.error().message));

    if (info.exists()) {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly))
            return makeError(
                tr("could not read %1 to keep a copy in %1.bak: %2; make it readable and save again")
                    .arg(m_path, current.errorString()));
        const QByteArray previous = current.readAll();
        const QString backupPath = m_path + QStringLiteral(".bak");
        QSaveFile backup(backupPath);
        if (!backup.open(QIODevice::WriteOnly) || !backup.setPermissions(kOwnerOnly) ||
            backup.write(previous) != previous.size() || !backup.commit())
            return makeError(tr("could not write the backup %1: %2; check that %3 is writable and the disk "
                                "is not full, then save again (%4 was not changed)")
                                 .arg(backupPath, backup.errorString(), info.absolutePath(), m_path));
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(text) != text.size() || !file.commit())
        return makeError(tr("could not write %1: %2; check that %3 is writable and the disk is not full, "
                            "then save again (the file was not changed)")
                             .arg(m_path, file.errorString(), info.absolutePath()));
    qCDebug(lcConfig) << "saved config" << m_path;
    m_diskBytes = text;
    m_onDisk = true;
    return {};
}

bool ConfigDocument::changedOnDisk() const
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return m_onDisk;
    if (!m_onDisk)
        return true;
    QFile file(m_path);
    // Unreadable now: the file is not what we read, and asking the user is the safe answer.
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return file.readAll() != m_diskBytes;
}

} // namespace larder
