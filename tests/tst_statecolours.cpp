// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "StateColours.h"

#include <QPalette>
#include <QTest>

using namespace larder;

class TestStateColours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_matchesWcagReferenceValues();
    void stateColours_readableOnEveryBase_data();
    void stateColours_readableOnEveryBase();
};

void TestStateColours::contrast_matchesWcagReferenceValues()
{
    QCOMPARE(StateColours::contrast(Qt::black, Qt::white), 21.0);
    QCOMPARE(StateColours::contrast(Qt::white, Qt::black), 21.0);
    QCOMPARE(StateColours::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 on white is the classic "just passes AA" grey (4.54:1).
    QVERIFY(qAbs(StateColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    // The old fixed red on a dark base: the complaint.
    QVERIFY(StateColours::contrast(QColor(0xb0, 0x20, 0x20), QColor(0x23, 0x26, 0x29)) < 2.5);
}

void TestStateColours::stateColours_readableOnEveryBase_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("breezeDark") << QColor(0x23, 0x26, 0x29);
    QTest::newRow("adwaitaDark") << QColor(0x2d, 0x2d, 0x2d);
    QTest::newRow("black") << QColor(Qt::black);
    QTest::newRow("middleGrey") << QColor(0x76, 0x76, 0x76);
    QTest::newRow("lightGrey") << QColor(0xc0, 0xc0, 0xc0);
    QTest::newRow("darkRed") << QColor(0x60, 0x10, 0x10);
}

void TestStateColours::stateColours_readableOnEveryBase()
{
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    // Views paint on Base, dialog labels on Window.
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
        const QColor failure = StateColours::failure(palette, role);
        const QColor success = StateColours::success(palette, role);
        for (const QColor& colour : {failure, success}) {
            const double ratio = StateColours::contrast(colour, base);
            QVERIFY2(ratio >= StateColours::kMinContrast,
                     qPrintable(QStringLiteral("%1 on %2: %3:1").arg(colour.name(), base.name()).arg(ratio)));
        }
        // Still red and green where the base leaves room for them.
        if (base != QColor(0x76, 0x76, 0x76)) {
            QVERIFY2(failure.red() > failure.green() && failure.red() > failure.blue(),
                     qPrintable(failure.name()));
            QVERIFY2(success.green() > success.red() && success.green() > success.blue(),
                     qPrintable(success.name()));
        }
    }
    QCOMPARE(StateColours::textStyleSheet(QColor(0x12, 0x34, 0x56)), QStringLiteral("color: #123456;"));
}

QTEST_GUILESS_MAIN(TestStateColours)
#include "tst_statecolours.moc"
