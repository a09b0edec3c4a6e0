// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "postgres/plainscript/PlainScriptGuard.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using larder::PlainScriptGuard;
using larder::Result;

namespace {

const QString kSamples = QStringLiteral(LARDER_SOURCE_DIR "/tests/data/plain/");
const QString kName = QStringLiteral("test.sql");

// Hands out one byte per read, so that every statement, quote and comment of a script is split
// across reads at every possible place.
class OneByteDevice final : public QIODevice
{
public:
    explicit OneByteDevice(QByteArray data) : m_data(std::move(data)) { open(ReadOnly | Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (maxSize <= 0 || m_position >= m_data.size())
            return 0;
        *data = m_data.at(m_position++);
        return 1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_position = 0;
};

Result<void> checkWhole(const QByteArray& script)
{
    QBuffer buffer;
    buffer.setData(script);
    buffer.open(QIODevice::ReadOnly);
    return PlainScriptGuard::check(buffer, kName);
}

QString messageOf(const Result<void>& result)
{
    return result ? QStringLiteral("<accepted>") : result.error().message;
}

bool writeGzip(const QString& path, const QByteArray& data)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const bool written = gzwrite(file, data.constData(), unsigned(data.size())) == int(data.size());
    return gzclose(file) == Z_OK && written;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PlainScriptGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneByteDevice_readsOneByteAtATime()
    {
        // The chunking rows below rely on it: Qt must not gather the bytes into larger reads.
        OneByteDevice device("abc");
        char buffer[16];
        QCOMPARE(device.read(buffer, sizeof buffer), qint64(1));
        QCOMPARE(device.read(buffer, sizeof buffer), qint64(1));
    }

    // Real pg_dump 15 / pg_dumpall output (tests/data/plain/README.md says how it was made).
    void pgDumpSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line"); // of the refused statement; 0: accepted
        QTest::addColumn<QString>("quote");

        QTest::newRow("plain dump") << "app.sql" << 0 << QString();
        QTest::newRow("plain dump, gzip") << "app.sql.gz" << 0 << QString();
        QTest::newRow("plain dump with --inserts") << "app-inserts.sql" << 0 << QString();
        QTest::newRow("--create")
            << "app-create.sql" << 25
            << "`CREATE DATABASE app WITH TEMPLATE = template0 ENCODING = 'UTF8' LOCALE_PROVIDER…`";
        QTest::newRow("--create, gzip") << "app-create.sql.gz" << 25 << "`CREATE DATABASE app WITH TEMPLATE";
        QTest::newRow("--clean --create") << "app-clean-create.sql" << 21 << "`DROP DATABASE app`";
        QTest::newRow("pg_dumpall --globals-only") << "globals.sql" << 16 << "`CREATE ROLE app_owner`";
        QTest::newRow("pg_dumpall --globals-only, gzip")
            << "globals.sql.gz" << 16 << "`CREATE ROLE app_owner`";
    }

    void pgDumpSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, quote);
        const QString path = kSamples + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const Result<void> result = PlainScriptGuard::checkFile(path);
        if (line == 0) {
            QVERIFY2(result, qPrintable(messageOf(result)));
            return;
        }
        QVERIFY(!result);
        const QString& message = result.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("%1:%2: the dump would run ").arg(path).arg(line)),
                 qPrintable(message));
        QVERIFY2(message.contains(quote), qPrintable(message));
        QVERIFY2(
            message.contains(QLatin1String("acts outside the restore target; Larder refuses to replay it")),
            qPrintable(message));
    }

    // The same script read whole, one byte at a time and from a file must give the same verdict.
    void lexer_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("line"); // of the refused statement; 0: accepted
        QTest::addColumn<QString>("quote");

        const QString drop = QStringLiteral("`DROP DATABASE app`");
        // Single quotes
        QTest::newRow("in a string") << QByteArray("SELECT 'x; DROP DATABASE app; y';") << 0 << QString();
        QTest::newRow("'' inside a string")
            << QByteArray("SELECT 'it''s; DROP DATABASE app; --';") << 0 << QString();
        QTest::newRow("after a string") << QByteArray("SELECT 'a';DROP DATABASE app;") << 1 << drop;
        QTest::newRow("backslash in '' is a character")
            << QByteArray("SELECT 'C:\\';\nDROP DATABASE app;") << 2 << drop;
        QTest::newRow("'' continued on a later line")
            << QByteArray("SELECT 'a'\n'\\''; DROP DATABASE app; --';") << 0 << QString();
        // E'' strings
        QTest::newRow("in an E string")
            << QByteArray("SELECT E'\\'; DROP DATABASE app; --';") << 0 << QString();
        QTest::newRow("in an e string")
            << QByteArray("select e'\\'; drop database app; --';") << 0 << QString();
        QTest::newRow("after an E string") << QByteArray("SELECT E'\\\\';DROP DATABASE app;") << 1 << drop;
        QTest::newRow("E ending a word is a letter")
            << QByteArray("SELECT typE'\\'; DROP DATABASE app; --';") << 1 << drop;
        QTest::newRow("E string continued keeps its escapes")
            << QByteArray("SELECT E'a'\n'\\''; DROP DATABASE app; --';") << 2 << drop;
        QTest::newRow("continuation needs a newline")
            << QByteArray("SELECT E'a' '\\''; DROP DATABASE app; --';") << 0 << QString();
        QTest::newRow("continuation over a comment")
            << QByteArray("SELECT E'a' -- c\n  'b\\'; DROP DATABASE app; --';") << 0 << QString();
        QTest::newRow("number then E string")
            << QByteArray("SELECT 1E'\\'; DROP DATABASE app; --';") << 0 << QString();
        QTest::newRow("U& string has no backslash escape")
            << QByteArray("SELECT U&'\\'; DROP DATABASE app; --';") << 1 << drop;
        // Double quotes
        QTest::newRow("in a quoted name")
            << QByteArray("SELECT 1 AS \"x; DROP DATABASE app;\";") << 0 << QString();
        QTest::newRow("after a quoted name")
            << QByteArray("SELECT 1 AS \"a\"\"b\";DROP DATABASE app;") << 1 << drop;
        QTest::newRow("quoted DATABASE is a name") << QByteArray("DROP \"DATABASE\" app;") << 0 << QString();
        // Dollar quotes
        QTest::newRow("in $$") << QByteArray("SELECT $$; DROP DATABASE app; $$;") << 0 << QString();
        QTest::newRow("$$ inside $f$")
            << QByteArray("SELECT $f$ $$; DROP DATABASE app; $$ $f$;") << 0 << QString();
        QTest::newRow("after $f$") << QByteArray("SELECT $f$x$f$;DROP DATABASE app;") << 1 << drop;
        QTest::newRow("$a$ after a mismatched $ab$")
            << QByteArray("SELECT $a$ $ab$ $a$; DROP DATABASE app;") << 1 << drop;
        QTest::newRow("quote inside $_$") << QByteArray("SELECT $_$ '$_$; DROP DATABASE app;") << 1 << drop;
        QTest::newRow("$1 then $$") << QByteArray("SELECT $1$$; DROP DATABASE app; $$;") << 0 << QString();
        QTest::newRow("$$ inside a word") << QByteArray("SELECT a$$b; DROP DATABASE app; --$$;") << 1 << drop;
        QTest::newRow("multi-line function body")
            << QByteArray("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $body$\nBEGIN\n"
                          "  DROP DATABASE app;\nEND\n$body$;\nDROP DATABASE app;\n")
            << 6 << drop;
        // Comments
        QTest::newRow("in a -- comment") << QByteArray("-- DROP DATABASE app;\nSELECT 1;") << 0 << QString();
        QTest::newRow("-- ends at a lone CR")
            << QByteArray("SELECT 1; -- c\rDROP DATABASE app;\n") << 1 << drop;
        QTest::newRow("in a /* comment */")
            << QByteArray("/* DROP DATABASE app; */ SELECT 1;") << 0 << QString();
        QTest::newRow("nested comments")
            << QByteArray("/* a /* b */ DROP DATABASE app; */ SELECT 1;") << 0 << QString();
        QTest::newRow("after nested comments")
            << QByteArray("/* a /* b */ c */ DROP DATABASE app;") << 1 << drop;
        QTest::newRow("comments between the words") << QByteArray("DROP /* x */ DATABASE -- y\n app;") << 1
                                                    << QStringLiteral("`DROP /* x */ DATABASE -- y app`");
        // psql commands
        QTest::newRow("\\connect") << QByteArray("SELECT 1;\n\\connect app\nSELECT 2;") << 2
                                   << QStringLiteral("`\\connect app`");
        QTest::newRow("\\c after spaces") << QByteArray("  \\c app") << 1 << QStringLiteral("`\\c app`");
        QTest::newRow("\\! in mid-line") << QByteArray("SELECT 1; \\! id") << 1 << QStringLiteral("`\\! id`");
        QTest::newRow("\\gexec ending a statement")
            << QByteArray("SELECT 'CREATE ROLE x'\n\\gexec\n") << 2 << QStringLiteral("`\\gexec`");
        QTest::newRow("\\; inside a statement")
            << QByteArray("SELECT 1 \\; SELECT 2;") << 1 << QStringLiteral("`\\; SELECT 2`");
        QTest::newRow("\\i") << QByteArray("\\i /etc/passwd\n") << 1 << QStringLiteral("`\\i /etc/passwd`");
        QTest::newRow("\\set") << QByteArray("\\set x 1\n") << 1 << QStringLiteral("`\\set x 1`");
        QTest::newRow("\\copy") << QByteArray("\\copy t from 'x'\n") << 1
                                << QStringLiteral("`\\copy t from 'x'`");
        QTest::newRow("backslash line in a string")
            << QByteArray("SELECT '\n\\connect app\n';") << 0 << QString();
        QTest::newRow("\\restrict and \\unrestrict")
            << QByteArray("\\restrict Ab3\nSELECT 1;\n  \\unrestrict Ab3\r\n") << 0 << QString();
        QTest::newRow("\\restrict without a key")
            << QByteArray("\\restrict\n") << 1 << QStringLiteral("`\\restrict`");
        QTest::newRow("\\restrict then a command")
            << QByteArray("\\restrict Ab3 \\! id\n") << 1 << QStringLiteral("`\\restrict Ab3 \\! id`");
        QTest::newRow("\\restrict in a statement")
            << QByteArray("SELECT 1\n\\restrict Ab3\n;") << 2 << QStringLiteral("`\\restrict Ab3`");
        // COPY data is not SQL
        QTest::newRow("COPY data")
            << QByteArray(
                   "COPY t (a) FROM stdin;\nDROP DATABASE app;\n\\connect app\n\\.x\n \\.\n\\\\.\n\\.\n"
                   "SELECT 1;\n")
            << 0 << QString();
        QTest::newRow("SQL after COPY data")
            << QByteArray("COPY t FROM stdin;\nx\n\\.\nDROP DATABASE app;\n") << 4 << drop;
        QTest::newRow("COPY data with CRLF")
            << QByteArray("copy t from STDIN;\r\nx\r\n\\.\r\nDROP DATABASE app;\r\n") << 4 << drop;
        QTest::newRow("empty COPY data")
            << QByteArray("COPY t FROM stdin;\n\\.\nDROP DATABASE app;") << 3 << drop;
        QTest::newRow("text after COPY on its line") << QByteArray("COPY t FROM stdin; SELECT 1;\nx\n\\.\n")
                                                     << 1 << QStringLiteral("`COPY t FROM stdin`");
        QTest::newRow("COPY inside BEGIN ATOMIC")
            << QByteArray(
                   "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; COPY t FROM stdin;\n"
                   "DROP DATABASE app;\n\\.\nEND;\n")
            << 1 << QStringLiteral("`COPY t FROM stdin`");
        QTest::newRow("COPY after BEGIN ATOMIC ... END")
            << QByteArray("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true "
                          "THEN 1 END; "
                          "END;\nCOPY t FROM stdin;\nDROP DATABASE app;\n\\.\n")
            << 0 << QString();
        QTest::newRow("COPY inside parentheses") << QByteArray("SELECT (1;\nCOPY t FROM stdin;\nx\n\\.\n")
                                                 << 2 << QStringLiteral("`COPY t FROM stdin`");
        QTest::newRow("COPY from a file")
            << QByteArray("COPY t FROM '/etc/passwd';") << 1 << QStringLiteral("`COPY t FROM '/etc/passwd'`");
        QTest::newRow("COPY from a program")
            << QByteArray("COPY t FROM PROGRAM 'id';") << 1 << QStringLiteral("`COPY t FROM PROGRAM 'id'`");
        QTest::newRow("COPY to a file") << QByteArray("copy (select 1 from t) to '/tmp/x';") << 1
                                        << QStringLiteral("`copy (select 1 from t) to '/tmp/x'`");
        QTest::newRow("COPY to stdout") << QByteArray("COPY (SELECT 1 FROM t) TO STDOUT;") << 0 << QString();
        // Statements
        QTest::newRow("lower case") << QByteArray("drop database app;") << 1
                                    << QStringLiteral("`drop database app`");
        QTest::newRow("mixed case") << QByteArray("\n\nDrOp DaTaBaSe IF EXISTS app;") << 3
                                    << QStringLiteral("`DrOp DaTaBaSe IF EXISTS app`");
        QTest::newRow("without a semicolon at the end")
            << QByteArray("SELECT 1;\nDROP DATABASE app") << 2 << drop;
        QTest::newRow("CREATE DATABASE")
            << QByteArray("CREATE DATABASE app;") << 1 << QStringLiteral("`CREATE DATABASE app`");
        QTest::newRow("ALTER DATABASE") << QByteArray("ALTER DATABASE app SET work_mem = '8MB';") << 1
                                        << QStringLiteral("`ALTER DATABASE app");
        QTest::newRow("CREATE ROLE") << QByteArray("CREATE ROLE x;") << 1
                                     << QStringLiteral("`CREATE ROLE x`");
        QTest::newRow("CREATE USER") << QByteArray("create user x;") << 1
                                     << QStringLiteral("`create user x`");
        QTest::newRow("ALTER USER") << QByteArray("ALTER USER x PASSWORD 'y';") << 1
                                    << QStringLiteral("`ALTER USER x");
        QTest::newRow("DROP GROUP") << QByteArray("DROP GROUP g;") << 1 << QStringLiteral("`DROP GROUP g`");
        QTest::newRow("CREATE USER MAPPING")
            << QByteArray("CREATE USER MAPPING FOR x SERVER s;") << 0 << QString();
        QTest::newRow("DROP USER MAPPING IF EXISTS")
            << QByteArray("DROP USER MAPPING IF EXISTS FOR x SERVER s;") << 0 << QString();
        QTest::newRow("a role named mapping")
            << QByteArray("CREATE USER mapping;") << 1 << QStringLiteral("`CREATE USER mapping`");
        QTest::newRow("GRANT on a table")
            << QByteArray("GRANT SELECT (a, b) ON TABLE t TO r WITH GRANT OPTION;") << 0 << QString();
        QTest::newRow("GRANT a role") << QByteArray("GRANT r TO u;") << 1 << QStringLiteral("`GRANT r TO u`");
        QTest::newRow("REVOKE a role")
            << QByteArray("REVOKE r FROM u;") << 1 << QStringLiteral("`REVOKE r FROM u`");
        QTest::newRow("GRANT ON DATABASE") << QByteArray("GRANT CONNECT ON DATABASE app TO r;") << 1
                                           << QStringLiteral("`GRANT CONNECT ON DATABASE app TO r`");
        QTest::newRow("REVOKE ON TABLESPACE") << QByteArray("REVOKE ALL ON TABLESPACE ts FROM r;") << 1
                                              << QStringLiteral("`REVOKE ALL ON TABLESPACE ts FROM r`");
        QTest::newRow("GRANT ON PARAMETER") << QByteArray("GRANT SET ON PARAMETER work_mem TO r;") << 1
                                            << QStringLiteral("`GRANT SET ON PARAMETER");
        QTest::newRow("GRANT inside CREATE SCHEMA")
            << QByteArray("CREATE SCHEMA s CREATE TABLE t (a int) GRANT CONNECT ON DATABASE app TO PUBLIC;")
            << 1 << QStringLiteral("`CREATE SCHEMA s");
        QTest::newRow("CREATE SCHEMA with a table grant")
            << QByteArray("CREATE SCHEMA s CREATE TABLE t (a int) GRANT SELECT ON t TO PUBLIC;") << 0
            << QString();
        QTest::newRow("ALTER DEFAULT PRIVILEGES")
            << QByteArray("ALTER DEFAULT PRIVILEGES FOR ROLE r GRANT SELECT ON TABLES TO x;") << 0
            << QString();
        QTest::newRow("ALTER SYSTEM")
            << QByteArray("ALTER SYSTEM SET work_mem = '1GB';") << 1 << QStringLiteral("`ALTER SYSTEM");
        QTest::newRow("CREATE TABLESPACE")
            << QByteArray("CREATE TABLESPACE ts LOCATION '/x';") << 1 << QStringLiteral("`CREATE TABLESPACE");
        QTest::newRow("COMMENT ON DATABASE")
            << QByteArray("COMMENT ON DATABASE app IS 'x';") << 1 << QStringLiteral("`COMMENT ON DATABASE");
        QTest::newRow("COMMENT ON ROLE")
            << QByteArray("COMMENT ON ROLE r IS 'x';") << 1 << QStringLiteral("`COMMENT ON ROLE");
        QTest::newRow("COMMENT ON TABLE")
            << QByteArray("COMMENT ON TABLE database IS 'x';") << 0 << QString();
        QTest::newRow("SECURITY LABEL ON ROLE") << QByteArray("SECURITY LABEL FOR selinux ON ROLE r IS 'x';")
                                                << 1 << QStringLiteral("`SECURITY LABEL");
        QTest::newRow("SECURITY LABEL ON TABLE")
            << QByteArray("SECURITY LABEL ON TABLE t IS 'x';") << 0 << QString();
        QTest::newRow("REASSIGN OWNED")
            << QByteArray("REASSIGN OWNED BY a TO b;") << 1 << QStringLiteral("`REASSIGN OWNED");
        QTest::newRow("DROP OWNED") << QByteArray("DROP OWNED BY a;") << 1
                                    << QStringLiteral("`DROP OWNED BY a`");
        QTest::newRow("CHECKPOINT") << QByteArray("CHECKPOINT;") << 1 << QStringLiteral("`CHECKPOINT`");
        QTest::newRow("LOAD") << QByteArray("LOAD 'auto_explain';") << 1
                              << QStringLiteral("`LOAD 'auto_explain'`");
        QTest::newRow("SET SESSION AUTHORIZATION and SET ROLE")
            << QByteArray("SET SESSION AUTHORIZATION r;\nSET ROLE r;\nRESET ROLE;") << 0 << QString();
        QTest::newRow("rule actions split at their semicolons")
            << QByteArray("CREATE RULE r AS ON DELETE TO t DO INSTEAD (UPDATE t SET a = 1; NOTIFY x);") << 0
            << QString();
        // What changes how the rest is read
        QTest::newRow("standard_conforming_strings on")
            << QByteArray("SET standard_conforming_strings = on;\nset standard_conforming_strings to 'on';")
            << 0 << QString();
        QTest::newRow("standard_conforming_strings off")
            << QByteArray("SET standard_conforming_strings = off;") << 1
            << QStringLiteral("`SET standard_conforming_strings = off`");
        QTest::newRow("SET LOCAL standard_conforming_strings")
            << QByteArray("SET LOCAL standard_conforming_strings TO false;") << 1
            << QStringLiteral("`SET LOCAL");
        QTest::newRow("client_encoding UTF8")
            << QByteArray("SET client_encoding = 'UTF8';") << 0 << QString();
        QTest::newRow("client_encoding SJIS") << QByteArray("SET client_encoding = 'SJIS';") << 1
                                              << QStringLiteral("`SET client_encoding = 'SJIS'`");
        QTest::newRow("SET NAMES Shift_JIS")
            << QByteArray("SET NAMES 'Shift_JIS';") << 1 << QStringLiteral("`SET NAMES");
        QTest::newRow("quoted client_encoding") << QByteArray("SET \"Client_Encoding\" TO big5;") << 1
                                                << QStringLiteral("`SET \"Client_Encoding\"");
        QTest::newRow("client_encoding with escapes") << QByteArray("SET client_encoding = E'\\x53JIS';") << 1
                                                      << QStringLiteral("`SET client_encoding");
        QTest::newRow("RESET ALL") << QByteArray("RESET ALL;") << 1 << QStringLiteral("`RESET ALL`");
        QTest::newRow("DISCARD ALL") << QByteArray("DISCARD ALL;") << 1 << QStringLiteral("`DISCARD ALL`");
        QTest::newRow("set_config standard_conforming_strings")
            << QByteArray("SELECT set_config('standard_conforming_strings', 'off', false);") << 1
            << QStringLiteral("`SELECT set_config(");
        QTest::newRow("set_config search_path")
            << QByteArray("SELECT pg_catalog.set_config('search_path', '', false);") << 0 << QString();
        QTest::newRow("psql variable")
            << QByteArray("SELECT :DBNAME;") << 1 << QStringLiteral("`SELECT :DBNAME`");
        QTest::newRow("array slice") << QByteArray("SELECT (ARRAY[1,2])[1:n] FROM t;") << 0 << QString();
        QTest::newRow("psql variable before a quote")
            << QByteArray("SELECT a[1:E'\\'']; DROP DATABASE app; --'];") << 1
            << QStringLiteral("`SELECT a[1:E");
        // Not a script
        QTest::newRow("NUL byte") << QByteArray("SELECT 1;\nSELECT '\0';", 21) << 2 << QString();
        QTest::newRow("refused before a NUL byte") << QByteArray("DROP DATABASE app;\0", 19) << 1 << drop;
        QTest::newRow("empty") << QByteArray() << 0 << QString();
    }

    void lexer()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, line);
        QFETCH(QString, quote);

        const Result<void> whole = checkWhole(script);
        OneByteDevice device(script);
        const Result<void> bytewise = PlainScriptGuard::check(device, kName);
        QCOMPARE(messageOf(bytewise), messageOf(whole));

        if (line == 0) {
            QVERIFY2(whole, qPrintable(messageOf(whole)));
            return;
        }
        QVERIFY(!whole);
        const QString& message = whole.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("%1:%2: ").arg(kName).arg(line)), qPrintable(message));
        QVERIFY2(message.contains(quote), qPrintable(message));
    }

    void quote_isShortAndPrintable()
    {
        const QByteArray script = "CREATE ROLE \"\x1b[31mred\" " + QByteArray(200, 'x') + ";";
        const Result<void> result = checkWhole(script);
        QVERIFY(!result);
        const QString quote = result.error().message.section(QLatin1Char('`'), 1, 1);
        QVERIFY2(quote.startsWith(QStringLiteral("CREATE ROLE \"\uFFFD[31mred\" xxx")), qPrintable(quote));
        QVERIFY2(quote.endsWith(QChar(0x2026)), qPrintable(quote));
        QVERIFY2(quote.size() <= 80, qPrintable(quote));
    }

    void messages_sayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("advice");
        QTest::newRow("outside") << QByteArray("DROP DATABASE app;")
                                 << "Make the dump without --clean/--create (or as format = \"custom\") and "
                                    "restore that, or replay it by hand if you mean it";
        QTest::newRow("server files")
            << QByteArray("COPY t FROM '/x';") << "runs a program on the database server";
        QTest::newRow("reading") << QByteArray("SET standard_conforming_strings = off;")
                                 << "changes how psql reads";
        QTest::newRow("NUL") << QByteArray("\0", 1) << "not a plain-format dump";
        QTest::newRow("COPY layout") << QByteArray("COPY t FROM stdin; SELECT 1;\n")
                                     << "cannot tell where its data ends";
        QTest::newRow("long dollar tag") << "SELECT $" + QByteArray(300, 'a') + "$ x $"
                                         << "longer than 256 characters";
    }

    void messages_sayWhatToDo()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, advice);
        const Result<void> result = checkWhole(script);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(advice), qPrintable(result.error().message));
    }

    // Real chunk boundaries (1 MiB reads) inside a large COPY, and line numbers counted across them.
    void largeScript_findsTheLineAfterManyChunks_data()
    {
        QTest::addColumn<bool>("gzip");
        QTest::newRow("sql") << false;
        QTest::newRow("sql.gz") << true;
    }

    void largeScript_findsTheLineAfterManyChunks()
    {
        QFETCH(bool, gzip);
        QByteArray script = "SET standard_conforming_strings = on;\nCOPY t (a, b) FROM stdin;\n";
        const int rows = 300'000;
        for (int i = 0; i < rows; ++i)
            script += QByteArray::number(i) + "\tDROP DATABASE app; 'it''s' $$ \\\\. \\\\connect x /*\n";
        script += "\\.\nSELECT 1;\nDROP ROLE x;\n";
        QVERIFY(script.size() > 12 * 1024 * 1024);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(gzip ? QStringLiteral("big.sql.gz") : QStringLiteral("big.sql"));
        if (gzip) {
            QVERIFY(writeGzip(path, script));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(script), qint64(script.size()));
        }
        const Result<void> result = PlainScriptGuard::checkFile(path);
        QVERIFY(!result);
        QVERIFY2(result.error().message.startsWith(QStringLiteral("%1:%2: ").arg(path).arg(rows + 5)),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("`DROP ROLE x`")),
                 qPrintable(result.error().message));
    }

    void checkFile_badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // a null array: no file
        QTest::addColumn<QString>("error");

        const QByteArray gzipped = readFile(kSamples + QStringLiteral("app.sql.gz"));
        // The CRC-32 in the trailer: all the data inflates, then the check fails.
        QByteArray corrupt = gzipped;
        corrupt[corrupt.size() - 8] = char(~corrupt[corrupt.size() - 8]);
        QTest::newRow("truncated gzip")
            << "dump.sql.gz" << gzipped.left(gzipped.size() / 2) << "dump.sql.gz is not a complete gzip file";
        QTest::newRow("damaged gzip")
            << "dump.sql.gz" << corrupt << "dump.sql.gz is not a complete gzip file";
        QTest::newRow("not gzip") << "dump.sql.gz" << readFile(kSamples + QStringLiteral("app.sql"))
                                  << "dump.sql.gz is not gzip-compressed";
        QTest::newRow("missing .sql") << "missing.sql" << QByteArray() << "cannot open";
        QTest::newRow("missing .sql.gz") << "missing.sql.gz" << QByteArray() << "cannot open";
    }

    void checkFile_badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QVERIFY(!readFile(kSamples + QStringLiteral("app.sql.gz")).isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), qint64(content.size()));
        }
        const Result<void> result = PlainScriptGuard::checkFile(path);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }

    void check_deviceNotOpen_saysSo()
    {
        QBuffer buffer;
        const Result<void> result = PlainScriptGuard::check(buffer, kName);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QLatin1String("test.sql: it is not open")),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_PlainScriptGuard)
#include "tst_plainscriptguard.moc"
