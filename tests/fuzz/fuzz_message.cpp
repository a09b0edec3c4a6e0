// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
// libFuzzer target: larder::Message::fromStored / display on arbitrary text, as the history's error
// columns hold it. A history may be damaged, or written by a newer Larder: whatever it holds is
// shown, never a crash, and never anything unbounded.
//
// Invariants: text without the storage prefix is shown as it is; plain text, prefix or not, reads
// back as exactly itself; reading a stored form and storing it again is stable after one step; a
// rendered message stays within its bound. A violation prints what broke and traps.

#include "base/Message.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>

using larder::Message;

namespace {

[[noreturn]] void fail(const char* what, const QString& input)
{
    std::fprintf(stderr, "fuzz_message: %s\n  input: \"%s\"\n", what, qPrintable(input));
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Its own argv: QCoreApplication may consume arguments, and these are libFuzzer's.
    static int appArgc = 1;
    static char appName[] = "fuzz_message";
    static char* appArgv[] = {appName, nullptr};
    static QCoreApplication app(appArgc, appArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    // Most inputs as the stored form, so that the JSON reader is what gets explored.
    const QString stored = (size > 0 && data[0] % 4 == 0) ? text : Message::kStoredPrefix + text;

    const QString shown = Message::display(stored);
    if (!stored.startsWith(Message::kStoredPrefix) && shown != stored)
        fail("text without the prefix is not shown as it is", stored);
    if (shown.size() > Message::kMaxRendered && shown != stored)
        fail("a rendered message is larger than its bound", stored);

    const Message plain = Message::plain(stored);
    if (!(Message::fromStored(plain.serialize()) == plain))
        fail("plain text does not read back as itself", stored);

    const QString once = Message::fromStored(stored).serialize();
    const QString twice = Message::fromStored(once).serialize();
    if (once != twice)
        fail("storing what was read is not stable", stored);
    (void)Message::fromStored(stored).toString();
    return 0;
}
