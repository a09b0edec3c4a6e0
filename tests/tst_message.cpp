// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Message.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace larder;

namespace {

// A source that larder_de.qm translates, under the context its code looks it up with.
Message interrupted(qint64 pid)
{
    return Message("RunRecovery",
                   QT_TRANSLATE_NOOP("RunRecovery", "the larder run that made this attempt (pid %1) was "
                                                    "killed or crashed; %2"))
        .arg(pid)
        .arg(QStringLiteral("pg_dump: error: %1 and %2 stay as pg_dump wrote them"));
}

QString prefix()
{
    return QString(Message::kStoredPrefix);
}

} // namespace

class TestMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stored_readsBackEqualAndRendersTheSame();
    void stored_isShownInTheReadersLanguage();
    void plainAndLegacyText_isStoredAndReadAsItIs_data();
    void plainAndLegacyText_isStoredAndReadAsItIs();
    void hostileStoredText_isShownAsStored_data();
    void hostileStoredText_isShownAsStored();
    void selfNestedDoubling_isShownAsStoredNotExpanded();
    void argumentsWithPlaceholders_areNotSubstitutedAgain();
    void sequence_joinsItsParts();
    void storedAgain_isTheSame_data();
    void storedAgain_isTheSame();
};

void TestMessage::stored_readsBackEqualAndRendersTheSame()
{
    const Message message = interrupted(42).followedBy(QStringLiteral("; and more"));
    const QString stored = message.serialize();
    QVERIFY2(stored.startsWith(prefix()), qPrintable(stored));
    QCOMPARE(Message::fromStored(stored), message);
    QCOMPARE(Message::display(stored), message.toString());
    QCOMPARE(message.toString(),
             QStringLiteral("the larder run that made this attempt (pid 42) was killed or crashed; "
                            "pg_dump: error: %1 and %2 stay as pg_dump wrote them; and more"));
}

void TestMessage::stored_isShownInTheReadersLanguage()
{
    const QString stored = interrupted(7).serialize();
    const QString english = Message::display(stored);
    QVERIFY2(english.startsWith(QLatin1String("the larder run that made this attempt (pid 7)")),
             qPrintable(english));

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/larder_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString translated = Message::display(stored);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(
        translated.startsWith(QStringLiteral("der larder-Lauf, der diesen Versuch unternommen hat (PID 7)")),
        qPrintable(translated));
    // pg_dump's own text is not ours to translate.
    QVERIFY2(translated.endsWith(QLatin1String("pg_dump: error: %1 and %2 stay as pg_dump wrote them")),
             qPrintable(translated));
    QCOMPARE(Message::display(stored), english);
}

void TestMessage::plainAndLegacyText_isStoredAndReadAsItIs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("legacy German") << QStringLiteral(
        "pg_dump von app auf one ist fehlgeschlagen (Exit-Code 1): x");
    QTest::newRow("json-looking") << QStringLiteral("{\"c\":\"RunRecovery\",\"s\":\"%1\"}");
    QTest::newRow("placeholders") << QStringLiteral("%1 %2 %n %%");
    QTest::newRow("starts with the prefix") << prefix() + QStringLiteral("{\"c\":\"X\",\"s\":\"y\"}");
}

void TestMessage::plainAndLegacyText_isStoredAndReadAsItIs()
{
    QFETCH(QString, text);
    // Legacy rows: whatever was stored before is read back unchanged.
    if (!text.startsWith(prefix()))
        QCOMPARE(Message::display(text), text);
    // Plain text written now reads back as itself, even if it looks like the structured form.
    const QString stored = Message::plain(text).serialize();
    QCOMPARE(Message::fromStored(stored), Message::plain(text));
    QCOMPARE(Message::display(stored), text);
}

void TestMessage::hostileStoredText_isShownAsStored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("malformed json") << prefix() + QStringLiteral("{\"c\":\"RunRecovery\",");
    QTest::newRow("wrong types") << prefix() + QStringLiteral("{\"c\":1,\"s\":[]}");
    QTest::newRow("args not a list") << prefix() + QStringLiteral("{\"c\":\"a\",\"s\":\"%1\",\"a\":\"x\"}");
    QTest::newRow("a number") << prefix() + QStringLiteral("17");
    QString deep = QStringLiteral("\"x\"");
    for (int i = 0; i < Message::kMaxDepth + 2; ++i)
        deep = QStringLiteral("{\"c\":\"a\",\"s\":\"%1\",\"a\":[%2]}").arg(QStringLiteral("%1"), deep);
    QTest::newRow("nested too deep") << prefix() + deep;
    QString array = QStringLiteral("\"x\"");
    for (int i = 0; i < 5000; ++i)
        array = QLatin1Char('[') + array + QLatin1Char(']');
    QTest::newRow("arrays nested very deep") << prefix() + array;
}

void TestMessage::hostileStoredText_isShownAsStored()
{
    QFETCH(QString, stored);
    QCOMPARE(Message::display(stored), stored);
}

void TestMessage::selfNestedDoubling_isShownAsStoredNotExpanded()
{
    // Each level refers to its argument many times: rendered, 64^10 characters.
    const QString many = QStringLiteral("%1").repeated(64);
    QString nested = QStringLiteral("\"xx\"");
    for (int i = 0; i < 10; ++i)
        nested = QStringLiteral("{\"c\":\"a\",\"s\":\"%1\",\"a\":[%2]}").arg(many, nested);
    const QString stored = prefix() + nested;
    QCOMPARE(Message::display(stored), stored);
    // And arguments that render to nothing, referenced as often, end just the same.
    QString empty = QStringLiteral("\"\"");
    for (int i = 0; i < 10; ++i)
        empty = QStringLiteral("{\"c\":\"a\",\"s\":\"%1\",\"a\":[%2]}").arg(many, empty);
    QCOMPARE(Message::display(prefix() + empty), prefix() + empty);
    // A huge but flat argument list is fine: linear.
    QStringList args;
    for (int i = 0; i < 100000; ++i)
        args << QStringLiteral("\"a\"");
    const QString flat = prefix() + QStringLiteral("{\"c\":\"a\",\"s\":\"%1%99\",\"a\":[") + args.join(u',') +
                         QStringLiteral("]}");
    QCOMPARE(Message::display(flat), QStringLiteral("aa"));
}

void TestMessage::argumentsWithPlaceholders_areNotSubstitutedAgain()
{
    const Message message = Message("Test", "%1 then %2 then %3")
                                .arg(QStringLiteral("%2"))
                                .arg(QStringLiteral("%3%1"))
                                .arg(Message("Test", "nested %1").arg(QStringLiteral("%1")));
    QCOMPARE(message.toString(), QStringLiteral("%2 then %3%1 then nested %1"));
    QCOMPARE(Message::display(message.serialize()), message.toString());
    // Fewer arguments than placeholders: the rest stay as written.
    QCOMPARE(Message("Test", "%1 and %2").arg(QStringLiteral("x")).toString(), QStringLiteral("x and %2"));
}

void TestMessage::sequence_joinsItsParts()
{
    const Message message =
        Message("Test", "a %1").arg(1).followedBy(Message()).followedBy(Message("Test", "; b %1").arg(2));
    QCOMPARE(message.toString(), QStringLiteral("a 1; b 2"));
    QCOMPARE(Message::fromStored(message.serialize()), message);
    QVERIFY(Message().followedBy(Message::plain(QString())).isEmpty());
}

void TestMessage::storedAgain_isTheSame_data()
{
    QTest::addColumn<QString>("stored");
    const QString prefix = Message::kStoredPrefix;
    // Found by thinking about fuzz_message: each read back as something that stores differently.
    QTest::newRow("nested one-part sequences") << prefix + QStringLiteral(R"([[["x"]]])");
    QTest::newRow("one-part sequence of a message")
        << prefix + QStringLiteral(R"([[{"c":"Test","s":"a %1","a":["b"]}]])");
    QTest::newRow("negative count") << prefix + QStringLiteral(R"({"c":"Test","s":"%n a","n":-5})");
}

// What is read from the history and stored again (a record copied, a recovery) does not change.
void TestMessage::storedAgain_isTheSame()
{
    QFETCH(QString, stored);
    const Message read = Message::fromStored(stored);
    const QString once = read.serialize();
    QCOMPARE(Message::fromStored(once).serialize(), once);
    QCOMPARE(Message::display(once), read.toString());
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
