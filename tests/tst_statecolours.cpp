// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "StateColours.h"
#include "StateIcons.h"

#include <QImage>
#include <QPalette>
#include <QSet>
#include <QTest>

using namespace larder;

class TestStateColours final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_matchesWcagReferenceValues();
    void stateColours_readableOnEveryBase_data();
    void stateColours_readableOnEveryBase();
    void stateIcons_tellStatesApartWithoutColour_data();
    void stateIcons_tellStatesApartWithoutColour();
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
        // qt6ct's "darker" highlight, as dark as many a dark base: running and expected dumps in it.
        palette.setColor(QPalette::Highlight, QColor(0x12, 0x60, 0x8a));
        const QColor active = StateColours::active(palette, role);
        if (base != QColor(0x76, 0x76, 0x76))
            QVERIFY2(active.blue() > active.red(), qPrintable(active.name())); // still the highlight's hue
        for (const QColor& colour : {failure, success, active}) {
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

void TestStateColours::stateIcons_tellStatesApartWithoutColour_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("highlight");
    QTest::addColumn<QColor>("mid");
    QTest::newRow("light") << QColor(Qt::white) << QColor(0x30, 0x8c, 0xc6) << QColor(0xa0, 0xa0, 0xa0);
    QTest::newRow("adwaitaDark") << QColor(0x2d, 0x2d, 0x2d) << QColor(0x15, 0x53, 0x9e)
                                 << QColor(0x40, 0x40, 0x40);
    QTest::newRow("breezeDark") << QColor(0x23, 0x26, 0x29) << QColor(0x3d, 0xae, 0xe9)
                                << QColor(0x31, 0x36, 0x3b);
}

// Each state's picture has its disc in the state's colour and a mark no other state has, so a person
// who cannot tell red from green still tells failed from ok; in light and dark palettes alike the mark
// stands out from its disc (WCAG's 3:1 for graphics).
void TestStateColours::stateIcons_tellStatesApartWithoutColour()
{
    using Look = StateIcons::Look;
    QFETCH(QColor, base);
    QFETCH(QColor, highlight);
    QFETCH(QColor, mid);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::Mid, mid);
    const QList<Look> looks{Look::Ok,      Look::Due,     Look::NeverRun, Look::Queued,
                            Look::Running, Look::Warning, Look::Failed,   Look::Paused};
    QSet<QByteArray> marks;
    for (const Look look : looks) {
        const QImage image = StateIcons::image(look, palette, 32);
        QCOMPARE(image.size(), QSize(32, 32));
        const QColor markColour = StateIcons::markColour(look, palette);
        if (look != Look::NeverRun) {
            const QColor disc = image.pixelColor(16, 3);
            const double ratio = StateColours::contrast(markColour, disc);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("look %1: mark %2 on %3: %4:1")
                                                  .arg(int(look))
                                                  .arg(markColour.name(), disc.name())
                                                  .arg(ratio)));
        }
        QByteArray mark;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                const bool near = pixel.alpha() > 200 && qAbs(pixel.red() - markColour.red()) < 25 &&
                                  qAbs(pixel.green() - markColour.green()) < 25 &&
                                  qAbs(pixel.blue() - markColour.blue()) < 25;
                mark.append(near ? '1' : '0');
            }
        }
        QVERIFY2(!marks.contains(mark),
                 qPrintable(QStringLiteral("look %1 has another look's mark").arg(int(look))));
        marks.insert(mark);
    }
    // The disc's colour, just inside its rim, is the state's.
    QCOMPARE(StateIcons::image(Look::Failed, palette, 32).pixelColor(16, 3), StateColours::failure(palette));
    QCOMPARE(StateIcons::image(Look::Ok, palette, 32).pixelColor(16, 3), StateColours::success(palette));
    QCOMPARE(StateIcons::image(Look::Warning, palette, 32).pixelColor(16, 3), StateColours::warning(palette));
    QCOMPARE(StateIcons::image(Look::NeverRun, palette, 32).pixelColor(16, 16).alpha(), 0); // hollow
}

QTEST_GUILESS_MAIN(TestStateColours)
#include "tst_statecolours.moc"
