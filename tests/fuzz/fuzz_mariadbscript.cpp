// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// libFuzzer target: larder::MariaDbScriptScanner on arbitrary bytes.
//
// What a restore relies on: the verdict does not depend on where the script is cut (whole, one byte
// at a time and in pieces of sizes taken from the input must agree on the finding and its line, on
// where its quote starts, and on the rows counted); what reaches the sink is exactly the script, in order,
// when it is accepted, and a prefix of it when it is not (nothing after a refused statement is ever passed
// on). A violated rule prints what broke and traps, so libFuzzer saves the input.

#include "mariadb/MariaDbScriptScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>

using larder::MariaDbScriptScanner;

namespace {

struct Scan
{
    std::optional<MariaDbScriptScanner::Finding> finding;
    QMap<QString, qint64> rows;
    QByteArray passed; // what the sink got
};

[[noreturn]] void fail(const char* what, const QByteArray& detail = QByteArray())
{
    std::fprintf(stderr, "fuzz_mariadbscript: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 detail.constData());
    __builtin_trap();
}

QByteArray describe(const Scan& scan)
{
    if (!scan.finding)
        return "accepted, " + QByteArray::number(scan.rows.size()) + " tables counted";
    return "kind " + QByteArray::number(int(scan.finding->kind)) + " line " +
           QByteArray::number(scan.finding->line) + " quote [" + scan.finding->quote + "]";
}

bool same(const Scan& a, const Scan& b)
{
    if (bool(a.finding) != bool(b.finding))
        return false;
    if (!a.finding)
        return a.rows == b.rows && a.passed == b.passed;
    // The quote runs from the same place; how far depends on how much of the script had been fed
    // when the scan stopped (the restore reads 64 KiB at a time, so in practice the whole of it).
    const QByteArray& x = a.finding->quote;
    const QByteArray& y = b.finding->quote;
    return a.finding->kind == b.finding->kind && a.finding->line == b.finding->line &&
           (x.startsWith(y) || y.startsWith(x));
}

// Feeds the script in pieces of the given sizes, cycling through them.
Scan scan(QByteArrayView script, const QList<qsizetype>& sizes)
{
    Scan result;
    MariaDbScriptScanner scanner([&result](QByteArrayView piece) {
        result.passed.append(piece);
        return true;
    });
    qsizetype offset = 0;
    bool going = true;
    for (qsizetype i = 0; going && offset < script.size(); ++i) {
        const qsizetype size = std::min(sizes.at(i % sizes.size()), script.size() - offset);
        going = scanner.feed(script.sliced(offset, size));
        offset += size;
    }
    if (going)
        scanner.finish();
    result.finding = scanner.finding();
    result.rows = scanner.summary().rows;
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int appArgc = 1;
    static char appName[] = "fuzz_mariadbscript";
    static char* appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView script(reinterpret_cast<const char*>(data), qsizetype(size));

    const Scan whole = scan(script, {qMax<qsizetype>(script.size(), 1)});
    const Scan bytewise = scan(script, {1});
    if (!same(whole, bytewise))
        fail("one byte at a time differs from the whole script",
             describe(whole) + " / " + describe(bytewise));
    QList<qsizetype> sizes;
    for (qsizetype i = 0; i < std::min<qsizetype>(script.size(), 8); ++i)
        sizes.append(1 + static_cast<unsigned char>(script.at(i)) % 97);
    if (!sizes.isEmpty()) {
        const Scan uneven = scan(script, sizes);
        if (!same(whole, uneven))
            fail("uneven pieces differ from the whole script", describe(whole) + " / " + describe(uneven));
    }

    if (!whole.finding && whole.passed != script)
        fail("an accepted script did not reach the sink whole");
    if (whole.finding) {
        if (!script.startsWith(whole.passed))
            fail("what reached the sink is not the start of the script", describe(whole));
        // The refused statement starts after what was passed on: its line is not before the last one passed.
        if (1 + whole.passed.count('\n') > whole.finding->line)
            fail("bytes after the refused statement's line reached the sink", describe(whole));
        const qint64 lines = 1 + std::count(script.begin(), script.end(), '\n');
        if (whole.finding->line < 1 || whole.finding->line > lines)
            fail("the finding's line is outside the script", describe(whole));
        if (whole.finding->quote.size() > MariaDbScriptScanner::kQuoteBytes)
            fail("the quote is longer than promised", describe(whole));
        if (whole.finding->kind != MariaDbScriptScanner::Finding::Kind::Damaged &&
            !script.contains(whole.finding->quote))
            fail("the quote is not from the script", describe(whole));
    }
    return 0;
}
