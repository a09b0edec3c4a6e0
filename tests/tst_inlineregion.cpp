// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The bytes of the live region (InlineRegion over the real terminfo database's xterm entry): drawing,
// redrawing over the last frame, erasing line by line, styles, and a terminal that cannot host it.

#include "InlineRegion.h"
#include "ResultAssert.h"
#include "Terminfo.h"

#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace larder;

namespace {

ScreenFrame frameOf(const QStringList& lines)
{
    ScreenFrame frame;
    for (const QString& line : lines)
        frame.append(ScreenLine(line));
    return frame;
}

} // namespace

class TestInlineRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void drawsLinesAndLeavesTheCursorBelow();
    void redrawErasesTheLastFrameLineByLine();
    void rewrappedLinesCountAsTheRowsTheyTake();
    void leftFrameIsNotErased();
    void stylesComeFromTerminfo();
    void aTerminalWithoutCursorMotionGetsNoRegion();

private:
    std::optional<Terminfo> m_xterm;
    int m_fd = -1;
};

void TestInlineRegion::initTestCase()
{
    m_fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    QVERIFY(m_fd >= 0);
    Result<Terminfo> xterm = Terminfo::load(m_fd, "xterm");
    QVERIFY_RESULT(xterm);
    m_xterm = std::move(*xterm);
}

void TestInlineRegion::cleanupTestCase()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void TestInlineRegion::drawsLinesAndLeavesTheCursorBelow()
{
    InlineRegion region(*m_xterm, false);
    QCOMPARE(region.draw(frameOf({QStringLiteral("one"), QStringLiteral("two")}), 80),
             QByteArray("one\r\ntwo\r\n"));
    QCOMPARE(region.rows(80), 2);
}

void TestInlineRegion::redrawErasesTheLastFrameLineByLine()
{
    InlineRegion region(*m_xterm, false);
    region.draw(frameOf({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("six")}), 80);
    // Up to the region's first line, each line erased, back up; then the new frame.
    QCOMPARE(region.draw(frameOf({QStringLiteral("new")}), 80),
             QByteArray("\r\x1b[3A\x1b[K\n\x1b[K\n\x1b[K\r\x1b[2Anew\r\n"));
    QCOMPARE(region.erase(80), QByteArray("\r\x1b[1A\x1b[K\r"));
    QCOMPARE(region.erase(80), QByteArray());
}

void TestInlineRegion::rewrappedLinesCountAsTheRowsTheyTake()
{
    InlineRegion region(*m_xterm, false);
    // xterm keeps the cursor on a full line: a line may take every column.
    region.draw(
        frameOf({QString(100, QLatin1Char('a')), QString(130, QLatin1Char('b')), QStringLiteral("c")}), 100);
    QCOMPARE(region.rows(100), 3);
    // Narrowed to 40 columns and rewrapped: 100 → 3 rows; the line cut to 100 → 3 rows.
    QCOMPARE(region.rows(40), 7);
    QVERIFY(region.erase(40).startsWith("\r\x1b[7A"));
}

void TestInlineRegion::leftFrameIsNotErased()
{
    InlineRegion region(*m_xterm, false);
    QCOMPARE(region.leave(frameOf({QStringLiteral("summary")}), 80), QByteArray("summary\r\n"));
    QCOMPARE(region.rows(80), 0);
    QCOMPARE(region.draw(frameOf({QStringLiteral("next")}), 80), QByteArray("next\r\n"));
}

void TestInlineRegion::stylesComeFromTerminfo()
{
    ScreenLine line;
    line.append(QStringLiteral("ok"), SpanStyle::Good).append(QStringLiteral(" "));
    line.append(QStringLiteral("FAILED"), SpanStyle::Bad);
    ScreenFrame frame;
    frame.append(line);
    const QByteArray reset = m_xterm->resetAttributes();
    QCOMPARE(reset, QByteArray("\x1b(B\x1b[m"));

    InlineRegion coloured(*m_xterm, true);
    QCOMPARE(coloured.draw(frame, 80),
             QByteArray("\x1b[32mok") + reset + " " + QByteArray("\x1b[1m\x1b[31mFAILED") + reset + "\r\n");
    // Without colour (NO_COLOR): attributes only.
    InlineRegion plain(*m_xterm, false);
    QCOMPARE(plain.draw(frame, 80), QByteArray("ok ") + QByteArray("\x1b[1mFAILED") + reset + "\r\n");
}

void TestInlineRegion::aTerminalWithoutCursorMotionGetsNoRegion()
{
    const Result<Terminfo> dumb = Terminfo::load(m_fd, "dumb");
    QVERIFY(!dumb);
    QVERIFY2(dumb.error().message.contains(QStringLiteral("\"dumb\" cannot move the cursor up")),
             qPrintable(dumb.error().message));
    const Result<Terminfo> unknown = Terminfo::load(m_fd, "no-such-terminal-type");
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("not in the terminfo database")),
             qPrintable(unknown.error().message));
}

QTEST_GUILESS_MAIN(TestInlineRegion)
#include "tst_inlineregion.moc"
