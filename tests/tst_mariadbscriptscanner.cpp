// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "mariadb/MariaDbScriptGuard.h"
#include "mariadb/MariaDbScriptScanner.h"

#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace larder;
using Kind = MariaDbScriptScanner::Finding::Kind;

Q_DECLARE_METATYPE(MariaDbScriptScanner::Finding::Kind)

namespace {

struct Scan
{
    bool ok = false;
    std::optional<MariaDbScriptScanner::Finding> finding;
    MariaDbScriptScanner::Summary summary;
    QByteArray passed;
};

// Fed in pieces of pieceBytes, to cross every state at a piece's edge.
Scan scan(const QByteArray& script, qsizetype pieceBytes = 0)
{
    Scan result;
    MariaDbScriptScanner scanner([&result](QByteArrayView bytes) {
        result.passed.append(bytes.data(), bytes.size());
        return true;
    });
    bool going = true;
    if (pieceBytes <= 0)
        pieceBytes = script.size() + 1;
    for (qsizetype at = 0; at < script.size() && going; at += pieceBytes)
        going = scanner.feed(QByteArrayView(script.constData() + at, qMin(pieceBytes, script.size() - at)));
    result.ok = going && scanner.finish();
    result.finding = scanner.finding();
    result.summary = scanner.summary();
    return result;
}

} // namespace

class TestMariaDbScriptScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void accepted_data();
    void accepted();
    void insertRows_countedPerTable();
    void insertSelect_uncounted();
    void everyPieceSize_sameVerdict();
    void passedBytes_areTheScript();
    void refusal_namesLineAndStopsBeforeIt();
    void guard_gzipAndPlainFiles();
    void guard_cutGzip_fails();
};

void TestMariaDbScriptScanner::refused_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::newRow("use") << QByteArray("SELECT 1;\nUSE other;\n") << Kind::OutsideTarget << qint64(2);
    QTest::newRow("use lower") << QByteArray("use `other`;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("use in executable comment")
        << QByteArray("/*!50001 USE x */;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("use in M executable comment")
        << QByteArray("/*M!100100 USE x */;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("create database") << QByteArray("CREATE DATABASE IF NOT EXISTS x;") << Kind::OutsideTarget
                                     << qint64(1);
    QTest::newRow("create schema") << QByteArray("/*!40000 CREATE SCHEMA x */;") << Kind::OutsideTarget
                                   << qint64(1);
    QTest::newRow("drop database") << QByteArray("DROP DATABASE x;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("alter database") << QByteArray("ALTER DATABASE x CHARACTER SET latin1;")
                                    << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified create")
        << QByteArray("CREATE TABLE `other`.`t` (a int);") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified insert")
        << QByteArray("INSERT INTO other.t VALUES (1);") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified replace")
        << QByteArray("REPLACE INTO `o`.t VALUES (1);") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified drop second")
        << QByteArray("DROP TABLE IF EXISTS a, `o`.`b`;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified rename")
        << QByteArray("RENAME TABLE a TO o.a;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("alter table rename")
        << QByteArray("ALTER TABLE a RENAME TO o.a;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified truncate")
        << QByteArray("TRUNCATE TABLE o.a;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified update")
        << QByteArray("UPDATE o.a SET x = 1;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified update join")
        << QByteArray("UPDATE a JOIN o.b ON a.i = b.i SET a.x = 1;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified delete")
        << QByteArray("DELETE FROM o.a WHERE 1;") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified trigger table")
        << QByteArray("CREATE TRIGGER tr BEFORE INSERT ON o.t FOR EACH ROW SET NEW.a = 1;")
        << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified procedure")
        << QByteArray("DELIMITER ;;\nCREATE PROCEDURE o.p() BEGIN SELECT 1; END ;;\nDELIMITER ;\n")
        << Kind::OutsideTarget << qint64(2);
    QTest::newRow("ansi quoted qualified")
        << QByteArray("INSERT INTO \"o\".\"t\" VALUES (1);") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("create user") << QByteArray("CREATE USER 'x'@'%' IDENTIFIED BY 'y';") << Kind::Accounts
                                 << qint64(1);
    QTest::newRow("drop user") << QByteArray("DROP USER x;") << Kind::Accounts << qint64(1);
    QTest::newRow("grant") << QByteArray("GRANT ALL ON *.* TO x;") << Kind::Accounts << qint64(1);
    QTest::newRow("revoke") << QByteArray("REVOKE ALL ON *.* FROM x;") << Kind::Accounts << qint64(1);
    QTest::newRow("set password") << QByteArray("SET PASSWORD FOR root = PASSWORD('x');") << Kind::Accounts
                                  << qint64(1);
    QTest::newRow("create role") << QByteArray("CREATE OR REPLACE ROLE r;") << Kind::Accounts << qint64(1);
    QTest::newRow("grant in procedure")
        << QByteArray("DELIMITER ;;\nCREATE PROCEDURE p() BEGIN\n GRANT ALL ON *.* TO x; END ;;\n")
        << Kind::Accounts << qint64(3);
    QTest::newRow("load data") << QByteArray("LOAD DATA INFILE '/etc/passwd' INTO TABLE t;")
                               << Kind::ServerFiles << qint64(1);
    QTest::newRow("load data local") << QByteArray("LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE t;")
                                     << Kind::ServerFiles << qint64(1);
    QTest::newRow("load xml") << QByteArray("LOAD XML INFILE 'x' INTO TABLE t;") << Kind::ServerFiles
                              << qint64(1);
    QTest::newRow("outfile") << QByteArray("SELECT * FROM t INTO OUTFILE '/tmp/x';") << Kind::ServerFiles
                             << qint64(1);
    QTest::newRow("dumpfile") << QByteArray("SELECT a INTO DUMPFILE '/tmp/x' FROM t;") << Kind::ServerFiles
                              << qint64(1);
    QTest::newRow("load_file in values") << QByteArray("INSERT INTO t VALUES (1),(LOAD_FILE('/etc/shadow'));")
                                         << Kind::ServerFiles << qint64(1);
    QTest::newRow("udf soname") << QByteArray("CREATE FUNCTION f RETURNS STRING SONAME 'x.so';")
                                << Kind::ServerFiles << qint64(1);
    QTest::newRow("data directory") << QByteArray("CREATE TABLE t (a int) DATA DIRECTORY = '/tmp';")
                                    << Kind::ServerFiles << qint64(1);
    QTest::newRow("install plugin") << QByteArray("INSTALL PLUGIN x SONAME 'x';") << Kind::ServerFiles
                                    << qint64(1);
    QTest::newRow("install soname") << QByteArray("INSTALL PLUGIN x;") << Kind::ServerWide << qint64(1);
    QTest::newRow("uninstall") << QByteArray("UNINSTALL PLUGIN x;") << Kind::ServerWide << qint64(1);
    QTest::newRow("set global") << QByteArray("SET GLOBAL general_log = 1;") << Kind::ServerWide << qint64(1);
    QTest::newRow("set @@global") << QByteArray("SET @@global.general_log = 1;") << Kind::ServerWide
                                  << qint64(1);
    QTest::newRow("set second global")
        << QByteArray("SET a = 1, @@GLOBAL.x = 2;") << Kind::ServerWide << qint64(1);
    QTest::newRow("set global in exec comment")
        << QByteArray("/*!40101 SET GLOBAL x = 1 */;") << Kind::ServerWide << qint64(1);
    QTest::newRow("shutdown") << QByteArray("SHUTDOWN;") << Kind::ServerWide << qint64(1);
    QTest::newRow("kill") << QByteArray("KILL 12;") << Kind::ServerWide << qint64(1);
    QTest::newRow("change master") << QByteArray("CHANGE MASTER TO MASTER_HOST='h';") << Kind::ServerWide
                                   << qint64(1);
    QTest::newRow("flush") << QByteArray("FLUSH PRIVILEGES;") << Kind::ServerWide << qint64(1);
    QTest::newRow("create server") << QByteArray(
                                          "CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (HOST 'h');")
                                   << Kind::ServerWide << qint64(1);
    QTest::newRow("global in event body")
        << QByteArray("DELIMITER ;;\nCREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SET GLOBAL x = 1 ;;\n")
        << Kind::ServerWide << qint64(2);
    QTest::newRow("global after then")
        << QByteArray("DELIMITER ;;\nCREATE PROCEDURE p() BEGIN IF 1 THEN SET GLOBAL x=1; END IF; END;;\n")
        << Kind::ServerWide << qint64(2);
    QTest::newRow("federated") << QByteArray(
                                      "CREATE TABLE t (a int) ENGINE=FEDERATED CONNECTION='mysql://u@h/d/t';")
                               << Kind::RemoteData << qint64(1);
    QTest::newRow("backslash bang") << QByteArray("SELECT 1;\n\\! id\n") << Kind::ClientCommand << qint64(2);
    QTest::newRow("backslash in statement")
        << QByteArray("SELECT 1 \\! id\n;") << Kind::ClientCommand << qint64(1);
    QTest::newRow("backslash dot") << QByteArray("\\. /etc/x.sql\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("backslash u") << QByteArray("\\u other\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("backslash C") << QByteArray("\\C sjis\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("backslash in exec comment")
        << QByteArray("/*!50001 \\! id */;") << Kind::ClientCommand << qint64(1);
    QTest::newRow("system") << QByteArray("system id\n;") << Kind::ClientCommand << qint64(1);
    QTest::newRow("source") << QByteArray("source /etc/x.sql\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("connect") << QByteArray("connect other host\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("tee") << QByteArray("tee /tmp/x\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("pager") << QByteArray("pager sh\n") << Kind::ClientCommand << qint64(1);
    QTest::newRow("charset") << QByteArray("charset sjis\n") << Kind::ChangesReading << qint64(1);
    QTest::newRow("set names sjis") << QByteArray("SET NAMES sjis;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("set names quoted gbk")
        << QByteArray("/*!40101 SET NAMES 'gbk' */;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("character_set_client")
        << QByteArray("SET character_set_client = big5;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("gb18030") << QByteArray("SET NAMES gb18030;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("character set") << QByteArray("SET CHARACTER SET cp932;") << Kind::ChangesReading
                                   << qint64(1);
    QTest::newRow("no backslash escapes")
        << QByteArray("SET sql_mode = 'ANSI,NO_BACKSLASH_ESCAPES';") << Kind::ChangesReading << qint64(1);
    QTest::newRow("odd delimiter") << QByteArray("DELIMITER GO\n") << Kind::ChangesReading << qint64(1);
    QTest::newRow("delimiter with more")
        << QByteArray("DELIMITER ;; SELECT\n") << Kind::ChangesReading << qint64(1);
    QTest::newRow("delimiter mid statement")
        << QByteArray("SELECT 1\nDELIMITER ;;\n;") << Kind::ChangesReading << qint64(2);
    QTest::newRow("delimiter after block comment")
        << QByteArray("/* x */\nDELIMITER ;;\n") << Kind::ChangesReading << qint64(2);
    QTest::newRow("delimiter inside exec comment")
        << QByteArray("/*!50001 SELECT 1; */;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("prepare") << QByteArray("PREPARE s FROM 'GRANT ALL ON *.* TO x';") << Kind::RunsCode
                             << qint64(1);
    QTest::newRow("execute") << QByteArray("EXECUTE s;") << Kind::RunsCode << qint64(1);
    QTest::newRow("execute immediate")
        << QByteArray("EXECUTE IMMEDIATE 'DROP DATABASE x';") << Kind::RunsCode << qint64(1);
    QTest::newRow("call") << QByteArray("CALL p();") << Kind::RunsCode << qint64(1);
    QTest::newRow("anonymous block prepare")
        << QByteArray("DELIMITER ;;\nBEGIN NOT ATOMIC PREPARE s FROM @x; END;;\n") << Kind::RunsCode
        << qint64(2);
    QTest::newRow("anonymous block qualified")
        << QByteArray("DELIMITER ;;\nBEGIN NOT ATOMIC INSERT INTO o.t VALUES (1); END;;\n")
        << Kind::OutsideTarget << qint64(2);
    QTest::newRow("nul") << QByteArray("SELECT 1;\n\0;", 12) << Kind::Damaged << qint64(2);
    QTest::newRow("backslash in backticks")
        << QByteArray("SELECT `a\\`; USE x; -- `\n;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("dash dash control")
        << QByteArray("SELECT 1 --\x01 ; USE x;\n") << Kind::ChangesReading << qint64(1);
    QTest::newRow("sandbox comment with delimiter")
        << QByteArray("/*M!999999\\- x; USE y */\nSELECT 1;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("sandbox comment without marker")
        << QByteArray("/*M!999999 USE x */;") << Kind::ChangesReading << qint64(1);
    QTest::newRow("second statement after create")
        << QByteArray("DELIMITER ;;\nCREATE TABLE t (a int); INSERT INTO o.t VALUES (1) ;;\n")
        << Kind::OutsideTarget << qint64(2);
    QTest::newRow("call after one-statement trigger")
        << QByteArray(
               "DELIMITER ;;\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1; CALL p() ;;\n")
        << Kind::RunsCode << qint64(2);
    QTest::newRow("qualified call in values")
        << QByteArray("INSERT INTO t VALUES (1),(o.f(2));") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("qualified call in select")
        << QByteArray("SELECT `o`.`f`();") << Kind::OutsideTarget << qint64(1);
    QTest::newRow("set statement sql_mode")
        << QByteArray("SET STATEMENT sql_mode='ANSI_QUOTES' FOR SELECT 1;") << Kind::ChangesReading
        << qint64(1);
    QTest::newRow("sql_mode and more in a packet")
        << QByteArray("DELIMITER ;;\nSET sql_mode='ANSI_QUOTES'; SELECT 1 ;;\n") << Kind::ChangesReading
        << qint64(2);
    QTest::newRow("sql_mode expression") << QByteArray("SET sql_mode = CONCAT('NO_BACKSLASH','_ESCAPES');")
                                         << Kind::ChangesReading << qint64(1);
    QTest::newRow("ansi quotes backslash")
        << QByteArray("SET sql_mode='ANSI_QUOTES';\nSELECT \"a\\\" ; USE x; -- \";\n") << Kind::ChangesReading
        << qint64(2);
    QTest::newRow("saved mode overwritten")
        << QByteArray("SET @OLD=@@SQL_MODE;\nSET sql_mode='ANSI';\nSELECT 'x' INTO @OLD;\nSET "
                      "sql_mode=@OLD;\nSELECT \"a\\\\b\";")
        << Kind::ChangesReading << qint64(5);
    QTest::newRow("merge over another database")
        << QByteArray("CREATE TABLE m (a int) ENGINE=MERGE UNION=(o.t1);") << Kind::OutsideTarget
        << qint64(1);
    QTest::newRow("optimize qualified")
        << QByteArray("OPTIMIZE TABLE o.t;") << Kind::OutsideTarget << qint64(1);
}

void TestMariaDbScriptScanner::refused()
{
    QFETCH(QByteArray, script);
    QFETCH(Kind, kind);
    QFETCH(qint64, line);
    const Scan result = scan(script);
    QVERIFY2(!result.ok, script.constData());
    QVERIFY(result.finding);
    QCOMPARE(result.finding->kind, kind);
    QCOMPARE(result.finding->line, line);
}

void TestMariaDbScriptScanner::accepted_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::newRow("use in string") << QByteArray(
        "INSERT INTO t VALUES ('USE x; DROP DATABASE y; \\' ; GRANT');");
    QTest::newRow("use in double quotes") << QByteArray("INSERT INTO t VALUES (\"a\"\"; USE x\");");
    QTest::newRow("use in backticks") << QByteArray("CREATE TABLE `USE x; ``GRANT` (`;` int);");
    QTest::newRow("use in line comment") << QByteArray("-- USE x;\n# GRANT ALL;\nSELECT 1;");
    QTest::newRow("use in block comment") << QByteArray("/* USE x; \\! id */ SELECT 1;");
    QTest::newRow("sandbox marker") << QByteArray("/*M!999999\\- enable the sandbox mode */\nSELECT 1;");
    QTest::newRow("double dash not comment") << QByteArray("SELECT 1--1;");
    QTest::newRow("backslash in string") << QByteArray("INSERT INTO t VALUES ('a\\\\'),('\\\\! id');");
    QTest::newRow("dump header") << QByteArray(
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
        "/*!40101 SET NAMES utf8mb4 */;\n/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n"
        "/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, "
        "UNIQUE_CHECKS=0 */;\n"
        "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n"
        "/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;\n"
        "/*!40101 SET character_set_client = @saved_cs_client */;\n"
        "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n");
    QTest::newRow("trigger block") << QByteArray(
        "DELIMITER ;;\n/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `tr` BEFORE "
        "INSERT ON `t` FOR EACH ROW BEGIN SET NEW.a = CONCAT(NEW.a, ';USE x;'); END */;;\nDELIMITER ;\n"
        "SELECT 1;\n");
    QTest::newRow("procedure with dynamic sql") << QByteArray(
        "DELIMITER ;;\nCREATE DEFINER=`root`@`localhost` PROCEDURE `p`(IN n INT)\nBEGIN\n  DECLARE i INT "
        "DEFAULT 0;\n"
        "  lbl: LOOP\n    SET i = i + 1;\n    IF i > n THEN LEAVE lbl; END IF;\n  END LOOP;\n"
        "  PREPARE s FROM 'SELECT 1'; EXECUTE s;\n  SELECT a.b FROM other.t a;\nEND ;;\nDELIMITER ;\n");
    QTest::newRow("view with qualified references")
        << QByteArray("/*!50001 CREATE ALGORITHM=UNDEFINED */\n/*!50013 DEFINER=`root`@`localhost` SQL "
                      "SECURITY DEFINER */\n"
                      "/*!50001 VIEW `v` AS select `t`.`a` AS `a` from `t` */;\n");
    QTest::newRow("alter table rename column") << QByteArray("ALTER TABLE t RENAME COLUMN a TO b;");
    QTest::newRow("update column qualified") << QByteArray("UPDATE t SET t.a = 1 WHERE t.b = 2;");
    QTest::newRow("insert on duplicate")
        << QByteArray("INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = VALUES(a);");
    QTest::newRow("lock tables") << QByteArray(
        "LOCK TABLES `t` WRITE;\n/*!40000 ALTER TABLE `t` DISABLE KEYS */;\nUNLOCK TABLES;");
    QTest::newRow("select global") << QByteArray("SELECT @@global.max_connections;");
    QTest::newRow("no final delimiter") << QByteArray("SELECT 1");
    QTest::newRow("crlf") << QByteArray("SELECT 1;\r\nSELECT 2;\r\n");
    QTest::newRow("nul in string") << QByteArray("INSERT INTO t VALUES ('a\0b');", 29);
    QTest::newRow("saved sql_mode restored") << QByteArray(
        "/*!50003 SET @saved_sql_mode = @@sql_mode */ ;\n"
        "/*!50003 SET sql_mode = 'ANSI_QUOTES,STRICT_TRANS_TABLES' */ ;\nDELIMITER ;;\n"
        "CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; WHILE 0 DO SELECT 2; END WHILE;\n"
        "  SELECT CASE WHEN 1 THEN 2 ELSE 3 END; END ;;\nDELIMITER ;\n"
        "/*!50003 SET sql_mode = @saved_sql_mode */ ;\nSELECT \"a\\\\b\";");
    QTest::newRow("single-byte charset")
        << QByteArray("/*!50003 SET character_set_client = cp1251 */ ;\nSET NAMES 'latin2';");
    QTest::newRow("qualified call stored in a view") << QByteArray("CREATE VIEW v AS SELECT o.f(1) AS x;");
}

void TestMariaDbScriptScanner::accepted()
{
    QFETCH(QByteArray, script);
    const Scan result = scan(script);
    QVERIFY2(result.ok, result.finding ? result.finding->quote.constData() : "no finding");
    QCOMPARE(result.passed, script);
}

void TestMariaDbScriptScanner::insertRows_countedPerTable()
{
    const QByteArray script = "INSERT INTO `a` VALUES (1,'x(,)'),(2,CONCAT('a','b')),(3,NULL);\n"
                              "INSERT INTO `a` VALUES (4,'\\')');\n"
                              "INSERT IGNORE INTO `b` (`x`,`y`) VALUES (1,2);\n"
                              "REPLACE INTO `c` VALUE (1),(2);\n"
                              "INSERT INTO `we``ird` SET x = 1;\n"
                              "INSERT INTO `d` VALUES (1) ON DUPLICATE KEY UPDATE x = VALUES(x);\n";
    const Scan result = scan(script);
    QVERIFY(result.ok);
    QCOMPARE(result.summary.rows.value(QStringLiteral("a")), 4);
    QCOMPARE(result.summary.rows.value(QStringLiteral("b")), 1);
    QCOMPARE(result.summary.rows.value(QStringLiteral("c")), 2);
    QCOMPARE(result.summary.rows.value(QStringLiteral("we`ird")), 1);
    QCOMPARE(result.summary.rows.value(QStringLiteral("d")), 1);
    QVERIFY(result.summary.uncounted.isEmpty());
}

void TestMariaDbScriptScanner::insertSelect_uncounted()
{
    const Scan result = scan("INSERT INTO `a` SELECT * FROM `b`;");
    QVERIFY(result.ok);
    QCOMPARE(result.summary.uncounted, QStringList{QStringLiteral("a")});
}

void TestMariaDbScriptScanner::everyPieceSize_sameVerdict()
{
    const QByteArray good =
        "/*!40101 SET NAMES utf8mb4 */;\n-- c\nDELIMITER ;;\nCREATE TRIGGER `tr` BEFORE INSERT "
        "ON `t` FOR EACH ROW SET NEW.a = 'x;;y' ;;\nDELIMITER ;\n"
        "INSERT INTO `t` VALUES (1,'a\\'b'),(2,\"c\"\"d\"),(3,`x`);\n";
    const QByteArray bad = good + "/*!50001 USE `x` */;\n";
    for (qsizetype piece = 1; piece < 12; ++piece) {
        const Scan ok = scan(good, piece);
        QVERIFY2(ok.ok, QByteArray::number(piece).constData());
        QCOMPARE(ok.passed, good);
        QCOMPARE(ok.summary.rows.value(QStringLiteral("t")), 3);
        const Scan refused = scan(bad, piece);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.finding->kind, Kind::OutsideTarget);
        QCOMPARE(refused.finding->line, 7);
    }
}

void TestMariaDbScriptScanner::passedBytes_areTheScript()
{
    QByteArray script;
    for (int i = 0; i < 20000; ++i)
        script += "INSERT INTO `t` VALUES (" + QByteArray::number(i) + ",'" + QByteArray(200, 'x') + "');\n";
    const Scan result = scan(script, 100'000);
    QVERIFY(result.ok);
    QCOMPARE(result.passed.size(), script.size());
    QVERIFY(result.passed == script);
    QCOMPARE(result.summary.rows.value(QStringLiteral("t")), 20000);
}

void TestMariaDbScriptScanner::refusal_namesLineAndStopsBeforeIt()
{
    const Scan result = scan("SELECT 1;\nSELECT 2;\nGRANT ALL ON *.* TO x;\nSELECT 3;\n");
    QVERIFY(!result.ok);
    QCOMPARE(result.finding->line, 3);
    QCOMPARE(result.passed, QByteArray("SELECT 1;\nSELECT 2;"));
    QVERIFY(result.finding->quote.startsWith("GRANT ALL"));
}

void TestMariaDbScriptScanner::guard_gzipAndPlainFiles()
{
    QTemporaryDir dir;
    const QByteArray script = "INSERT INTO `t` VALUES (1),(2);\nUSE other;\n";
    const QString plain = dir.filePath(QStringLiteral("d.sql"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script);
    file.close();
    const QString gz = dir.filePath(QStringLiteral("d.sql.gz"));
    gzFile out = gzopen(gz.toLocal8Bit().constData(), "wb");
    gzwrite(out, script.constData(), unsigned(script.size()));
    gzclose(out);
    for (const QString& path : {plain, gz}) {
        const auto checked = MariaDbScriptGuard::checkFile(path);
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(path + QStringLiteral(":2")),
                 qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(QStringLiteral("USE other")));
    }
    // A plain script named .gz is refused, as gzip -d would.
    const QString fake = dir.filePath(QStringLiteral("fake.sql.gz"));
    QVERIFY(QFile::copy(plain, fake));
    QVERIFY(!MariaDbScriptGuard::checkFile(fake));
}

void TestMariaDbScriptScanner::guard_cutGzip_fails()
{
    QTemporaryDir dir;
    QByteArray script;
    for (int i = 0; i < 5000; ++i)
        script += "INSERT INTO `t` VALUES (" + QByteArray::number(i) + ");\n";
    const QString gz = dir.filePath(QStringLiteral("d.sql.gz"));
    gzFile out = gzopen(gz.toLocal8Bit().constData(), "wb");
    gzwrite(out, script.constData(), unsigned(script.size()));
    gzclose(out);
    const auto whole = MariaDbScriptGuard::checkFile(gz);
    QVERIFY(whole);
    QCOMPARE(whole->rows.value(QStringLiteral("t")), 5000);
    QFile file(gz);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    QVERIFY(!MariaDbScriptGuard::checkFile(gz));
}

QTEST_GUILESS_MAIN(TestMariaDbScriptScanner)
#include "tst_mariadbscriptscanner.moc"
