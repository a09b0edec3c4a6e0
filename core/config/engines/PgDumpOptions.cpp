// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/engines/PgDumpOptions.h"

#include "config/engines/DumpOptionTable.h"

#include <algorithm>

namespace larder {

namespace {

enum class Role {
    Ordinary,
    Managed,       // Larder sets it itself; `instead` says what to do
    Parallel,      // -j: pg_dump dumps in parallel only to the directory format
    SelectsTables, // leaves some tables' data out of the dump
    Clean,         // plain dumps start by dropping objects
    Create,        // plain dumps create and \connect to the database named in them
};

struct Option
{
    char shortName; // 0: long form only
    const char* longName;
    bool takesValue;
    Role role;
    const char* instead = nullptr; // Role::Managed only
};

// The options of pg_dump 15, 16 and 17 (--help, plus the aliases its getopt_long table accepts).
// -V and -? are absent on purpose: pg_dump honours them only as its first argument.
const Option kOptions[] = {
    {'f', "file", true, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "Larder names the dump file itself; set dump_dir instead")},
    {'F', "format", true, Role::Managed, QT_TRANSLATE_NOOP("PgDumpOptions", "set format instead")},
    {'Z', "compress", true, Role::Managed, QT_TRANSLATE_NOOP("PgDumpOptions", "set compression instead")},
    {'d', "dbname", true, Role::Managed, QT_TRANSLATE_NOOP("PgDumpOptions", "set dbname instead")},
    {'h', "host", true, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "set host in the [servers.NAME] section instead")},
    {'p', "port", true, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "set port in the [servers.NAME] section instead")},
    {'U', "username", true, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "set user in the [servers.NAME] section instead")},
    {'w', "no-password", false, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "Larder never prompts; store the password with `larder password "
                                        "set SERVER` or use ~/.pgpass instead")},
    {'W', "password", false, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "Larder never prompts; store the password with `larder password "
                                        "set SERVER` or use ~/.pgpass instead")},
    {0, "snapshot", true, Role::Managed,
     QT_TRANSLATE_NOOP("PgDumpOptions", "let Larder choose: it passes its own --snapshot to jobs that record "
                                        "row counts, and a snapshot name is only valid while the "
                                        "transaction that exported it is open")},

    {'j', "jobs", true, Role::Parallel},
    {'c', "clean", false, Role::Clean},
    {'C', "create", false, Role::Create},

    {'n', "schema", true, Role::SelectsTables},
    {'N', "exclude-schema", true, Role::SelectsTables},
    {'t', "table", true, Role::SelectsTables},
    {'T', "exclude-table", true, Role::SelectsTables},
    {'s', "schema-only", false, Role::SelectsTables},
    {'e', "extension", true, Role::SelectsTables}, // with -e, no table is dumped unless also selected
    {0, "table-and-children", true, Role::SelectsTables},
    {0, "exclude-table-and-children", true, Role::SelectsTables},
    {0, "exclude-table-data", true, Role::SelectsTables},
    {0, "exclude-table-data-and-children", true, Role::SelectsTables},
    {0, "filter", true, Role::SelectsTables}, // a file of the patterns above
    {0, "section", true, Role::SelectsTables},
    {0, "no-unlogged-table-data", false, Role::SelectsTables},

    {'a', "data-only", false, Role::Ordinary},
    {'b', "large-objects", false, Role::Ordinary},
    {0, "blobs", false, Role::Ordinary},
    {'B', "no-large-objects", false, Role::Ordinary},
    {0, "no-blobs", false, Role::Ordinary},
    {'E', "encoding", true, Role::Ordinary},
    {'O', "no-owner", false, Role::Ordinary},
    {'S', "superuser", true, Role::Ordinary},
    {'v', "verbose", false, Role::Ordinary},
    {'x', "no-privileges", false, Role::Ordinary},
    {0, "no-acl", false, Role::Ordinary},
    {0, "attribute-inserts", false, Role::Ordinary},
    {0, "binary-upgrade", false, Role::Ordinary},
    {0, "column-inserts", false, Role::Ordinary},
    {0, "disable-dollar-quoting", false, Role::Ordinary},
    {0, "disable-triggers", false, Role::Ordinary},
    {0, "enable-row-security", false, Role::Ordinary},
    {0, "exclude-extension", true, Role::Ordinary},
    {0, "extra-float-digits", true, Role::Ordinary},
    {0, "if-exists", false, Role::Ordinary},
    {0, "include-foreign-data", true, Role::Ordinary},
    {0, "inserts", false, Role::Ordinary},
    {0, "load-via-partition-root", false, Role::Ordinary},
    {0, "lock-wait-timeout", true, Role::Ordinary},
    {0, "no-comments", false, Role::Ordinary},
    {0, "no-publications", false, Role::Ordinary},
    {0, "no-security-labels", false, Role::Ordinary},
    {0, "no-subscriptions", false, Role::Ordinary},
    {0, "no-sync", false, Role::Ordinary},
    {0, "no-table-access-method", false, Role::Ordinary},
    {0, "no-tablespaces", false, Role::Ordinary},
    {0, "no-toast-compression", false, Role::Ordinary},
    {0, "on-conflict-do-nothing", false, Role::Ordinary},
    {0, "quote-all-identifiers", false, Role::Ordinary},
    {0, "restrict-key", true, Role::Ordinary},
    {0, "role", true, Role::Ordinary},
    {0, "rows-per-insert", true, Role::Ordinary},
    {0, "serializable-deferrable", false, Role::Ordinary},
    {0, "strict-names", false, Role::Ordinary},
    {0, "sync-method", true, Role::Ordinary},
    {0, "use-set-session-authorization", false, Role::Ordinary},
};
const DumpOptionTable<Option> kTable(kOptions);

// An allowed option found in pg_dump_args; `written` is its name as given ("-C", "--create").
struct Use
{
    qsizetype element;
    const Option* option;
    QString written;
};

struct Reading
{
    QList<Use> uses;
    QList<PgDumpOptions::Problem> problems;
};

// "-F/--format", or "--snapshot" for an option without a letter.
QString names(const Option& option)
{
    const QString longName = QStringLiteral("--") + QLatin1String(option.longName);
    if (!option.shortName)
        return longName;
    return QStringLiteral("-%1/%2").arg(QChar(QLatin1Char(option.shortName)), longName);
}

QString managedMessage(const QString& arg, const Option& option)
{
    return PgDumpOptions::tr("'%1' is managed by Larder (%2): remove it from pg_dump_args and %3")
        .arg(arg, names(option), PgDumpOptions::tr(option.instead));
}

// `arg` is the element when the option is one letter of a cluster.
QString unknownMessage(const QString& option, const QString& arg)
{
    if (option != arg) {
        return PgDumpOptions::tr("'%1' in '%2' is not a pg_dump option Larder knows: see pg_dump --help "
                                 "(Larder allows the options of PostgreSQL 15 to 17)")
            .arg(option, arg);
    }
    return PgDumpOptions::tr("'%1' is not a pg_dump option Larder knows: see pg_dump --help (Larder allows "
                             "the options of PostgreSQL 15 to 17)")
        .arg(option);
}

// getopt_long would take an unambiguous prefix, but only full names can be checked against the list.
QString abbreviationMessage(const QString& arg, const QList<const Option*>& candidates)
{
    if (candidates.size() == 1 && candidates.first()->role == Role::Managed)
        return managedMessage(arg, *candidates.first());
    QStringList full;
    for (const Option* option : candidates)
        full << QStringLiteral("--") + QLatin1String(option->longName);
    if (full.size() == 1)
        return PgDumpOptions::tr("'%1' abbreviates %2: write %2 in full").arg(arg, full.first());
    return PgDumpOptions::tr("'%1' abbreviates several pg_dump options (%2): write the one you mean in full")
        .arg(arg, full.join(QStringLiteral(", ")));
}

// Each read* function returns whether the next element is the value of an option it read.
bool readLong(const QString& arg, qsizetype element, Reading& reading)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    const QString written = eq < 0 ? arg : arg.left(eq);
    const Option* option = kTable.findLong(written.mid(2));
    if (!option) {
        const QList<const Option*> candidates = kTable.startingWith(written.mid(2));
        if (candidates.isEmpty()) {
            reading.problems.append({element, unknownMessage(written, written)});
            return false;
        }
        reading.problems.append({element, abbreviationMessage(arg, candidates)});
        return candidates.size() == 1 && candidates.first()->takesValue && eq < 0;
    }
    if (option->role == Role::Managed) {
        reading.problems.append({element, managedMessage(arg, *option)});
        return option->takesValue && eq < 0;
    }
    if (!option->takesValue && eq >= 0) {
        reading.problems.append(
            {element, PgDumpOptions::tr("'%1': %2 takes no value: write %2 alone").arg(arg, written)});
        return false;
    }
    reading.uses.append({element, option, written});
    return option->takesValue && eq < 0;
}

// Clustered like getopt: "-Ox" is -O -x; a letter that takes a value takes the rest ("-torders") or,
// at the end, the next element.
bool readShortCluster(const QString& arg, qsizetype element, Reading& reading)
{
    for (qsizetype at = 1; at < arg.size(); ++at) {
        const QString written = QLatin1Char('-') + arg.at(at);
        const Option* option = kTable.findShort(arg.at(at));
        if (!option) {
            reading.problems.append({element, unknownMessage(written, arg)});
            return false;
        }
        const bool last = at == arg.size() - 1;
        if (option->role == Role::Managed) {
            reading.problems.append({element, managedMessage(arg, *option)});
            return option->takesValue && last;
        }
        reading.uses.append({element, option, written});
        if (option->takesValue)
            return last;
    }
    return false;
}

Reading read(const QStringList& args)
{
    Reading reading;
    qsizetype valueOf = -1; // the element whose option takes the next element as its value
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (valueOf >= 0) {
            valueOf = -1;
            continue;
        }
        bool takesNext = false;
        if (arg == QLatin1String("--")) {
            reading.problems.append(
                {i, PgDumpOptions::tr("'--' would end pg_dump's options and make what follows its database "
                                      "argument: remove it (pg_dump_args takes options only)")});
        } else if (arg.startsWith(QLatin1String("--"))) {
            takesNext = readLong(arg, i, reading);
        } else if (arg.size() > 1 && arg.startsWith(QLatin1Char('-'))) {
            takesNext = readShortCluster(arg, i, reading);
        } else {
            reading.problems.append(
                {i, PgDumpOptions::tr("'%1' is not a pg_dump option: pg_dump_args takes options only (each "
                                      "starting with '-'); the database and connection come from dbname and "
                                      "the server section")
                        .arg(arg)});
        }
        if (takesNext)
            valueOf = i;
    }
    // Larder appends its own arguments, so the last option would take one of them as its value.
    const bool reported = !reading.problems.isEmpty() && reading.problems.last().element == valueOf;
    if (valueOf >= 0 && !reported) {
        reading.problems.append(
            {valueOf, PgDumpOptions::tr("'%1' needs a value, but nothing follows it: add the value as the "
                                        "next element")
                          .arg(args.at(valueOf))});
    }
    return reading;
}

} // namespace

QList<PgDumpOptions::Problem> PgDumpOptions::check(const QStringList& args)
{
    return read(args).problems;
}

QList<PgDumpOptions::Problem> PgDumpOptions::checkForFormat(const QStringList& args, DumpFormat format,
                                                            const QString& who)
{
    QList<Problem> problems;
    for (const Use& use : read(args).uses) {
        const Role role = use.option->role;
        if (role == Role::Parallel && format != DumpFormat::Directory) {
            problems.append({use.element, tr("'%1' (parallel dump) only works with format = \"directory\", "
                                             "but %2 uses format \"%3\": set format = \"directory\" for it "
                                             "or remove '%1'")
                                              .arg(use.written, who, dumpFormatName(format))});
        } else if (role == Role::Create && format == DumpFormat::Plain) {
            problems.append({use.element, tr("'%1' makes a plain dump create the database named in it and "
                                             "\\connect to it, so restoring a dump of %2 would act on the "
                                             "source database instead of the target: remove '%1' (Larder "
                                             "restores into a database it names itself), or set format = "
                                             "\"custom\"")
                                              .arg(use.written, who)});
        } else if (role == Role::Clean && format == DumpFormat::Plain) {
            problems.append({use.element, tr("'%1' makes a plain dump start by dropping the objects in it "
                                             "(with --create, the database itself), so restoring a dump of "
                                             "%2 would fail on objects that are not there, or drop the "
                                             "source database: remove '%1' (Larder restores into a database "
                                             "it names itself), or set format = \"custom\"")
                                              .arg(use.written, who)});
        }
    }
    return problems;
}

bool PgDumpOptions::selectsTables(const QStringList& args)
{
    const QList<Use> uses = read(args).uses;
    return std::any_of(uses.cbegin(), uses.cend(),
                       [](const Use& use) { return use.option->role == Role::SelectsTables; });
}

} // namespace larder
