// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "config/engines/MariaDbDumpOptions.h"

#include "config/engines/DumpOptionTable.h"

#include <algorithm>

namespace larder {

namespace {

enum class Role {
    Ordinary,
    SelectsTables, // leaves some tables, or some rows, out of the dump
    Refused,       // `why` says why and what to do instead
};

enum class Value { None, Required, Optional };

struct Option
{
    char shortName; // 0: long form only
    const char* longName;
    Value value;
    Role role;                         // of --name
    const char* why = nullptr;         // Role::Refused only
    Role negatedRole = Role::Ordinary; // of --skip-name / --disable-name (Value::None only)
    const char* negatedWhy = nullptr;
};

// Reasons, each ending with what to do.
const char* const kConnection = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "Larder connects with the host, port and user of the [servers.NAME] section; set them there instead");
const char* const kPassword = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "a password on the command line can be read by other users; store it with `larder password set "
    "SERVER` or in the [client] section of ~/.my.cnf instead");
const char* const kOptionFiles = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "Larder passes its own option file, and mariadb-dump reads these only as its first options; put "
    "client settings in ~/.my.cnf instead");
const char* const kSnapshot = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "Larder always dumps in one --single-transaction snapshot; remove it");
const char* const kNoSnapshot = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it would give up the consistent snapshot Larder dumps in, so tables could be dumped at different "
    "moments; remove it");
const char* const kAlwaysDumped = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "Larder always dumps routines, events and triggers; remove it (--skip-routines, --skip-events and "
    "--skip-triggers are allowed)");
const char* const kHexBlob =
    QT_TRANSLATE_NOOP("MariaDbDumpOptions", "Larder always writes binary columns as hex; remove it");
const char* const kNoHexBlob = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "binary columns would be written as raw bytes, which not every restore path reads back unchanged; "
    "remove it");
const char* const kResultFile = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "Larder names and writes the dump file itself; set dump_dir instead");
const char* const kSystem = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "users and grants are the globals job's: set dump_globals = true on the server instead");
const char* const kTab = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it writes a directory of tab-separated files instead of the SQL script Larder checks and restores; "
    "remove it");
const char* const kTabOnly = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "it is only used with --tab, which Larder does not allow; remove it");
const char* const kXml = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "it writes XML instead of the SQL script Larder checks and restores; remove it");
const char* const kDatabases = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "Larder dumps the job's one database (dbname) without CREATE DATABASE or USE, so that a restore can "
    "target another database; for more databases set databases = \"all\" or patterns on the server");
const char* const kTables = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "it changes how mariadb-dump reads the database name Larder passes; remove it");
const char* const kIgnoreDatabase = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it is only used with --all-databases, which Larder does not allow; set exclude on the server instead");
const char* const kFooter = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it drops the comments, among them the closing '-- Dump completed' line by which Larder tells a "
    "complete dump from a cut one; remove it");
const char* const kDropDatabase = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "a restore of the dump would drop the database named in it, not the one Larder restores into; remove "
    "it");
const char* const kLocks = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it locks tables against writes and breaks the --single-transaction snapshot Larder dumps in; remove "
    "it (--skip-lock-tables is allowed)");
const char* const kReplication = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it writes a CHANGE MASTER statement that a restore would run on the target server (and --dump-slave "
    "stops the replica's SQL thread while dumping); remove it");
const char* const kReplicationOnly = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it is only used with --master-data or --dump-slave, which Larder does not allow; remove it");
const char* const kDeleteLogs =
    QT_TRANSLATE_NOOP("MariaDbDumpOptions", "it deletes the server's binary logs; remove it");
const char* const kForce = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it carries on past SQL errors, so a dump missing objects would be recorded as successful; remove it");
const char* const kLogError = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "Larder reads mariadb-dump's errors from its standard error for the job's message; remove it");
const char* const kExits = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions", "it makes mariadb-dump print something and exit without dumping; remove it");
const char* const kCompatible = QT_TRANSLATE_NOOP(
    "MariaDbDumpOptions",
    "it writes SQL for another database system, which a restore into MariaDB may reject; remove it");

// mariadb-dump 10.11's options (--help). Every boolean also has a --skip-, --disable- and --enable-
// form; the negated form is Ordinary unless negatedRole says otherwise.
const Option kOptions[] = {
    // Set by Larder.
    {0, "single-transaction", Value::None, Role::Refused, kSnapshot, Role::Refused, kNoSnapshot},
    {'R', "routines", Value::None, Role::Refused, kAlwaysDumped},
    {'E', "events", Value::None, Role::Refused, kAlwaysDumped},
    {0, "triggers", Value::None, Role::Refused, kAlwaysDumped},
    {0, "hex-blob", Value::None, Role::Refused, kHexBlob, Role::Refused, kNoHexBlob},
    {'h', "host", Value::Required, Role::Refused, kConnection},
    {'P', "port", Value::Required, Role::Refused, kConnection},
    {'S', "socket", Value::Required, Role::Refused, kConnection},
    {'u', "user", Value::Required, Role::Refused, kConnection},
    {0, "protocol", Value::Required, Role::Refused, kConnection},
    {'p', "password", Value::Optional, Role::Refused, kPassword},
    {0, "defaults-file", Value::Required, Role::Refused, kOptionFiles},
    {0, "defaults-extra-file", Value::Required, Role::Refused, kOptionFiles},
    {0, "defaults-group-suffix", Value::Required, Role::Refused, kOptionFiles},
    {0, "no-defaults", Value::None, Role::Refused, kOptionFiles},
    {0, "print-defaults", Value::None, Role::Refused, kExits},
    {'r', "result-file", Value::Required, Role::Refused, kResultFile},
    {0, "system", Value::Required, Role::Refused, kSystem},

    // What the file is, where it goes, or whether it can be trusted.
    {'T', "tab", Value::Required, Role::Refused, kTab},
    {0, "fields-terminated-by", Value::Required, Role::Refused, kTabOnly},
    {0, "fields-enclosed-by", Value::Required, Role::Refused, kTabOnly},
    {0, "fields-optionally-enclosed-by", Value::Required, Role::Refused, kTabOnly},
    {0, "fields-escaped-by", Value::Required, Role::Refused, kTabOnly},
    {0, "lines-terminated-by", Value::Required, Role::Refused, kTabOnly},
    {0, "header", Value::None, Role::Refused, kTabOnly},
    {'X', "xml", Value::None, Role::Refused, kXml},
    {'B', "databases", Value::None, Role::Refused, kDatabases},
    {'A', "all-databases", Value::None, Role::Refused, kDatabases},
    {0, "tables", Value::None, Role::Refused, kTables},
    {0, "ignore-database", Value::Required, Role::Refused, kIgnoreDatabase},
    {0, "compact", Value::None, Role::Refused, kFooter},
    {'i', "comments", Value::None, Role::Ordinary, nullptr, Role::Refused, kFooter},
    {0, "add-drop-database", Value::None, Role::Refused, kDropDatabase},
    {'x', "lock-all-tables", Value::None, Role::Refused, kLocks},
    {'l', "lock-tables", Value::None, Role::Refused, kLocks},
    {0, "master-data", Value::Optional, Role::Refused, kReplication},
    {0, "dump-slave", Value::Optional, Role::Refused, kReplication},
    {0, "apply-slave-statements", Value::None, Role::Refused, kReplicationOnly},
    {0, "include-master-host-port", Value::None, Role::Refused, kReplicationOnly},
    {0, "gtid", Value::None, Role::Refused, kReplicationOnly},
    {0, "delete-master-logs", Value::None, Role::Refused, kDeleteLogs},
    {'f', "force", Value::None, Role::Refused, kForce},
    {0, "log-error", Value::Required, Role::Refused, kLogError},
    {'?', "help", Value::None, Role::Refused, kExits},
    {'V', "version", Value::None, Role::Refused, kExits},
    {'#', "debug", Value::Optional, Role::Refused, kExits},
    {0, "compatible", Value::Required, Role::Refused, kCompatible},

    // Which tables and rows.
    {0, "ignore-table", Value::Required, Role::SelectsTables},
    {0, "ignore-table-data", Value::Required, Role::SelectsTables},
    {'w', "where", Value::Required, Role::SelectsTables},
    {'d', "no-data", Value::None, Role::SelectsTables},
    {'t', "no-create-info", Value::None, Role::SelectsTables},
    {0, "no-data-med", Value::None, Role::SelectsTables},
    {0, "as-of", Value::Required, Role::SelectsTables},
    {'H', "dump-history", Value::None, Role::SelectsTables},

    // The rest: how the SQL is written, and how mariadb-dump talks to the server.
    {'a', "create-options", Value::None, Role::Ordinary},
    {0, "add-drop-table", Value::None, Role::Ordinary},
    {0, "add-drop-trigger", Value::None, Role::Ordinary},
    {0, "add-locks", Value::None, Role::Ordinary},
    {0, "allow-keywords", Value::None, Role::Ordinary},
    {'c', "complete-insert", Value::None, Role::Ordinary},
    {'C', "compress", Value::None, Role::Ordinary}, // the client/server protocol's, not the file's
    {0, "copy-s3-tables", Value::None, Role::Ordinary},
    {0, "default-character-set", Value::Required, Role::Ordinary},
    {0, "character-sets-dir", Value::Required, Role::Ordinary},
    {0, "delayed-insert", Value::None, Role::Ordinary},
    {'K', "disable-keys", Value::None, Role::Ordinary},
    {0, "dump-date", Value::None, Role::Ordinary},
    {'e', "extended-insert", Value::None, Role::Ordinary},
    {'F', "flush-logs", Value::None, Role::Ordinary},
    {0, "flush-privileges", Value::None, Role::Ordinary},
    {0, "insert-ignore", Value::None, Role::Ordinary},
    {0, "replace", Value::None, Role::Ordinary},
    {0, "max-allowed-packet", Value::Required, Role::Ordinary},
    {0, "max-statement-time", Value::Required, Role::Ordinary},
    {0, "net-buffer-length", Value::Required, Role::Ordinary},
    {0, "no-autocommit", Value::None, Role::Ordinary},
    {'n', "no-create-db", Value::None, Role::Ordinary},
    {'N', "no-set-names", Value::None, Role::Ordinary},
    {'y', "no-tablespaces", Value::None, Role::Ordinary},
    {'Y', "all-tablespaces", Value::None, Role::Ordinary},
    {0, "opt", Value::None, Role::Ordinary},
    {0, "skip-opt", Value::None, Role::Ordinary},
    {0, "order-by-primary", Value::None, Role::Ordinary},
    {0, "order-by-size", Value::None, Role::Ordinary},
    {'q', "quick", Value::None, Role::Ordinary},
    {'Q', "quote-names", Value::None, Role::Ordinary},
    {0, "set-charset", Value::None, Role::Ordinary},
    {0, "tz-utc", Value::None, Role::Ordinary},
    {'v', "verbose", Value::None, Role::Ordinary},
    {0, "ssl", Value::None, Role::Ordinary},
    {0, "ssl-ca", Value::Required, Role::Ordinary},
    {0, "ssl-capath", Value::Required, Role::Ordinary},
    {0, "ssl-cert", Value::Required, Role::Ordinary},
    {0, "ssl-cipher", Value::Required, Role::Ordinary},
    {0, "ssl-key", Value::Required, Role::Ordinary},
    {0, "ssl-crl", Value::Required, Role::Ordinary},
    {0, "ssl-crlpath", Value::Required, Role::Ordinary},
    {0, "ssl-verify-server-cert", Value::None, Role::Ordinary},
    {0, "tls-version", Value::Required, Role::Ordinary},
    {0, "plugin-dir", Value::Required, Role::Ordinary},
    {0, "default-auth", Value::Required, Role::Ordinary},
};
const DumpOptionTable<Option> kTable(kOptions);

// An allowed option found in mariadb_dump_args, with the role of the form written.
struct Use
{
    qsizetype element;
    Role role;
};

struct Reading
{
    QList<Use> uses;
    QList<MariaDbDumpOptions::Problem> problems;
};

QString refusedMessage(const QString& arg, const char* why)
{
    return MariaDbDumpOptions::tr("'%1' cannot be used in mariadb_dump_args: %2")
        .arg(arg, MariaDbDumpOptions::tr(why));
}

// `arg` is the element when the option is one letter of a cluster.
QString unknownMessage(const QString& option, const QString& arg)
{
    if (option != arg) {
        return MariaDbDumpOptions::tr("'%1' in '%2' is not a mariadb-dump option Larder allows: see "
                                      "mariadb-dump --help (Larder knows the options of MariaDB 10.11)")
            .arg(option, arg);
    }
    return MariaDbDumpOptions::tr("'%1' is not a mariadb-dump option Larder allows: see mariadb-dump --help "
                                  "(Larder knows the options of MariaDB 10.11)")
        .arg(option);
}

void use(Reading& reading, qsizetype element, Role role, const char* why, const QString& arg)
{
    if (role == Role::Refused)
        reading.problems.append({element, refusedMessage(arg, why)});
    else
        reading.uses.append({element, role});
}

// Each read* function returns whether the next element is the value of an option it read.
bool readLong(const QString& arg, qsizetype element, Reading& reading)
{
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    // mariadb-dump reads '_' as '-', and --loose- only silences unknown options.
    QString name = (eq < 0 ? arg : arg.left(eq)).mid(2).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (name.startsWith(QLatin1String("loose-")))
        name = name.mid(6);
    const Option* option = kTable.findLong(name);
    bool negated = false;
    if (!option) {
        for (const char* prefix : {"skip-", "disable-", "enable-"}) {
            const QLatin1String p(prefix);
            if (!name.startsWith(p))
                continue;
            const Option* base = kTable.findLong(name.mid(p.size()));
            if (base && base->value == Value::None) {
                option = base;
                negated = p != QLatin1String("enable-");
            }
            break;
        }
    }
    if (!option) {
        const QList<const Option*> candidates = kTable.startingWith(name);
        if (candidates.isEmpty()) {
            reading.problems.append({element, unknownMessage(eq < 0 ? arg : arg.left(eq), arg)});
            return false;
        }
        // my_getopt takes an unambiguous prefix, but only full names can be checked.
        QStringList full;
        for (const Option* candidate : candidates)
            full << QStringLiteral("--") + QLatin1String(candidate->longName);
        if (candidates.size() == 1 && candidates.first()->role == Role::Refused)
            reading.problems.append({element, refusedMessage(arg, candidates.first()->why)});
        else if (candidates.size() == 1)
            reading.problems.append(
                {element,
                 MariaDbDumpOptions::tr("'%1' abbreviates %2: write %2 in full").arg(arg, full.first())});
        else
            reading.problems.append(
                {element, MariaDbDumpOptions::tr("'%1' abbreviates several mariadb-dump "
                                                 "options (%2): write the one you mean in full")
                              .arg(arg, full.join(QStringLiteral(", ")))});
        // The value of an abbreviated option that takes one would be the next element.
        return candidates.size() == 1 && candidates.first()->value == Value::Required && eq < 0;
    }
    if (option->value == Value::None && eq >= 0) {
        // --single-transaction=0 would turn an option off as --skip- does: one spelling is checked.
        reading.problems.append(
            {element,
             MariaDbDumpOptions::tr("'%1': --%2 takes no value: write --%2 alone, or --skip-%2 to turn "
                                    "it off")
                 .arg(arg, QLatin1String(option->longName))});
        return false;
    }
    if (negated)
        use(reading, element, option->negatedRole, option->negatedWhy, arg);
    else
        use(reading, element, option->role, option->why, arg);
    return option->value == Value::Required && eq < 0;
}

// Clustered as my_getopt reads them: "-qc" is -q -c; a letter that takes a value takes the rest
// ("-wid>5") or, at the end, the next element; an optional value (-p) only the rest.
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
        use(reading, element, option->role, option->why, arg);
        if (option->role == Role::Refused)
            return option->value == Value::Required && last;
        if (option->value != Value::None)
            return option->value == Value::Required && last;
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
                {i, MariaDbDumpOptions::tr("'--' would end mariadb-dump's options and make what follows a "
                                           "database or table name: remove it (mariadb_dump_args takes "
                                           "options only)")});
        } else if (arg.startsWith(QLatin1String("--"))) {
            takesNext = readLong(arg, i, reading);
        } else if (arg.size() > 1 && arg.startsWith(QLatin1Char('-'))) {
            takesNext = readShortCluster(arg, i, reading);
        } else {
            reading.problems.append(
                {i,
                 MariaDbDumpOptions::tr("'%1' is not a mariadb-dump option: mariadb_dump_args takes options "
                                        "only (each starting with '-'), as mariadb-dump would read a word "
                                        "as a database or table name; the database comes from dbname and "
                                        "the connection from the server section")
                     .arg(arg)});
        }
        if (takesNext)
            valueOf = i;
    }
    // Larder appends the database name, so the last option would take it as its value.
    const bool reported = !reading.problems.isEmpty() && reading.problems.last().element == valueOf;
    if (valueOf >= 0 && !reported) {
        reading.problems.append(
            {valueOf, MariaDbDumpOptions::tr("'%1' needs a value, but nothing follows it: add the value as "
                                             "the next element, or write it as --name=value")
                          .arg(args.at(valueOf))});
    }
    return reading;
}

} // namespace

QList<MariaDbDumpOptions::Problem> MariaDbDumpOptions::check(const QStringList& args)
{
    return read(args).problems;
}

bool MariaDbDumpOptions::selectsTables(const QStringList& args)
{
    const QList<Use> uses = read(args).uses;
    return std::any_of(uses.cbegin(), uses.cend(),
                       [](const Use& u) { return u.role == Role::SelectsTables; });
}

} // namespace larder
