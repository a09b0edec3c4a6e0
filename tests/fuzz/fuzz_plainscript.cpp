// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// libFuzzer target: larder::PlainScriptScanner and PlainScriptGuard::check on arbitrary bytes.
//
// The scanner keeps its state across the pieces it is fed, so the verdict must not depend on where
// the script is cut: the input is scanned whole, one byte at a time and in pieces of sizes taken from
// the input itself, and all three must find the same thing on the same line with the same quote. A
// finding must lie inside the script; PlainScriptGuard must refuse exactly when the scanner does, with
// a message that names the line. A violated rule prints what broke and traps, so libFuzzer saves the
// input.

#include "postgres/plainscript/PlainScriptGuard.h"
#include "postgres/plainscript/PlainScriptScanner.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>

using larder::PlainScriptScanner;

namespace {

using Finding = std::optional<PlainScriptScanner::Finding>;

[[noreturn]] void fail(const char* what, const QByteArray& detail = QByteArray())
{
    std::fprintf(stderr, "fuzz_plainscript: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 detail.constData());
    __builtin_trap();
}

QByteArray describe(const Finding& finding)
{
    if (!finding)
        return "accepted";
    return "kind " + QByteArray::number(int(finding->kind)) + " line " + QByteArray::number(finding->line) +
           " quote [" + finding->quote + "]";
}

bool same(const Finding& a, const Finding& b)
{
    if (!a || !b)
        return !a && !b;
    return a->kind == b->kind && a->line == b->line && a->quote == b->quote;
}

// Feeds the script in pieces of the given sizes, cycling through them.
Finding scan(QByteArrayView script, const QList<qsizetype>& sizes)
{
    PlainScriptScanner scanner;
    qsizetype offset = 0;
    for (qsizetype i = 0; offset < script.size(); ++i) {
        const qsizetype size = std::min(sizes.at(i % sizes.size()), script.size() - offset);
        if (!scanner.feed(script.sliced(offset, size)))
            return scanner.finding();
        offset += size;
    }
    scanner.finish();
    return scanner.finding();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Its own argv: QCoreApplication may consume arguments, and these are libFuzzer's.
    static int appArgc = 1;
    static char appName[] = "fuzz_plainscript";
    static char* appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView script(reinterpret_cast<const char*>(data), qsizetype(size));

    const Finding whole = scan(script, {qMax<qsizetype>(script.size(), 1)});
    const Finding bytewise = scan(script, {1});
    if (!same(whole, bytewise))
        fail("one byte at a time differs from the whole script",
             describe(whole) + " / " + describe(bytewise));
    QList<qsizetype> sizes;
    for (qsizetype i = 0; i < std::min<qsizetype>(script.size(), 8); ++i)
        sizes.append(1 + static_cast<unsigned char>(script.at(i)) % 97);
    if (!sizes.isEmpty() && !same(whole, scan(script, sizes)))
        fail("uneven pieces differ from the whole script",
             describe(whole) + " / " + describe(scan(script, sizes)));

    if (whole) {
        const qint64 lines = 1 + std::count(script.begin(), script.end(), '\n');
        if (whole->line < 1 || whole->line > lines)
            fail("the finding's line is outside the script", describe(whole));
        if (whole->quote.size() > PlainScriptScanner::kQuoteBytes)
            fail("the quote is longer than promised", describe(whole));
        const bool statement = whole->kind != PlainScriptScanner::Finding::Kind::NulByte;
        if (statement && whole->quote.isEmpty())
            fail("a refused statement without a quote", describe(whole));
        if (statement && !script.contains(whole->quote))
            fail("the quote is not from the script", describe(whole));
    }

    QBuffer buffer;
    buffer.setData(script.toByteArray());
    buffer.open(QIODevice::ReadOnly);
    const larder::Result<void> result = larder::PlainScriptGuard::check(buffer, QStringLiteral("fuzz.sql"));
    if (bool(result) != !whole)
        fail("PlainScriptGuard and the scanner disagree", describe(whole));
    if (!result && !result.error().message.startsWith(QStringLiteral("fuzz.sql:%1: ").arg(whole->line)))
        fail("the message does not name the line", result.error().message.toUtf8());
    return 0;
}
