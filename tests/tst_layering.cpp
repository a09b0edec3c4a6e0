// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// The house plan, checked: docs/architecture.md's table says which core/ folders each folder may
// include; every include in core/ must keep to it, so the table and the tree cannot drift apart.
// (That core/ uses no QtGui or QtWidgets is the build's job: larder_core does not link them.)

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QtTest>

namespace {

const QString kSource = QStringLiteral(LARDER_SOURCE_DIR);

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

// folder → the folders it may include, from the rows "| `folder/` | what | may include |".
QHash<QString, QSet<QString>> documentedRules()
{
    QHash<QString, QSet<QString>> rules;
    static const QRegularExpression row(QStringLiteral("^\\| `(\\w+)/` \\|.*\\| ([^|]+) \\|$"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression word(QStringLiteral("\\b[a-z]+\\b"));
    const QString doc = readText(kSource + QStringLiteral("/docs/architecture.md"));
    for (auto rowMatch = row.globalMatch(doc); rowMatch.hasNext();) {
        const auto match = rowMatch.next();
        // Remarks in parentheses ("config (`ServerConfig` for credentials)") name no folders.
        QString allowed = match.captured(2);
        allowed.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
        QSet<QString>& folders = rules[match.captured(1)];
        for (auto words = word.globalMatch(allowed); words.hasNext();)
            folders.insert(words.next().captured());
    }
    return rules;
}

QStringList coreFolders()
{
    return QDir(kSource + QStringLiteral("/core")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

struct Include
{
    QString file; // relative to core/
    int line = 0;
    QString target;
};

QList<Include> quotedIncludes(const QString& folder)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""));
    QList<Include> includes;
    const QDir core(kSource + QStringLiteral("/core"));
    QDirIterator files(core.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QStringList lines = readText(path).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (const auto match = include.match(lines.at(i)); match.hasMatch())
                includes.append({core.relativeFilePath(path), i + 1, match.captured(1)});
        }
    }
    return includes;
}

} // namespace

class tst_Layering final : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderIsDocumented();
    void includes_keepToTheDocumentedFolders_data();
    void includes_keepToTheDocumentedFolders();
};

void tst_Layering::everyFolderIsDocumented()
{
    const auto rules = documentedRules();
    QVERIFY2(!rules.isEmpty(), "docs/architecture.md has no folder table");
    for (const QString& folder : coreFolders())
        QVERIFY2(rules.contains(folder),
                 qPrintable(QStringLiteral("core/%1/ has no row in docs/architecture.md").arg(folder)));
    for (auto rule = rules.cbegin(); rule != rules.cend(); ++rule) {
        QVERIFY2(
            coreFolders().contains(rule.key()),
            qPrintable(
                QStringLiteral("docs/architecture.md lists core/%1/, which does not exist").arg(rule.key())));
        for (const QString& allowed : rule.value())
            QVERIFY2(allowed == QLatin1String("nothing") || rules.contains(allowed),
                     qPrintable(QStringLiteral("core/%1/ may include '%2', which is no folder")
                                    .arg(rule.key(), allowed)));
    }
}

void tst_Layering::includes_keepToTheDocumentedFolders_data()
{
    QTest::addColumn<QString>("folder");
    for (const QString& folder : coreFolders())
        QTest::newRow(qPrintable(folder)) << folder;
}

void tst_Layering::includes_keepToTheDocumentedFolders()
{
    QFETCH(QString, folder);
    const QSet<QString> allowed = documentedRules().value(folder);
    const QDir core(kSource + QStringLiteral("/core"));
    const QList<Include> includes = quotedIncludes(folder);
    QVERIFY2(!includes.isEmpty(), "no includes found: the scan is broken");
    for (const Include& include : includes) {
        const QString where = QStringLiteral("core/%1:%2 includes \"%3\"")
                                  .arg(include.file)
                                  .arg(include.line)
                                  .arg(include.target);
        const qsizetype slash = include.target.indexOf(QLatin1Char('/'));
        if (slash < 0) {
            // Unqualified: only a file beside the includer (never ui/ or app/ through a search path).
            const QString beside = QFileInfo(core.filePath(include.file)).dir().filePath(include.target);
            QVERIFY2(QFileInfo::exists(beside),
                     qPrintable(where + QStringLiteral(", which is not beside it")));
            continue;
        }
        const QString target = include.target.left(slash);
        QVERIFY2(QFileInfo::exists(core.filePath(include.target)),
                 qPrintable(where + QStringLiteral(", which is not in core/")));
        QVERIFY2(target == folder || allowed.contains(target),
                 qPrintable(where + QStringLiteral(": docs/architecture.md does not let core/%1/ include %2/")
                                        .arg(folder, target)));
    }
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
