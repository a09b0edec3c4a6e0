// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QTest>

// QVERIFY_RESULT(expr): expr (a larder::Result<T>) must hold a value; on failure the test fails with
// the Error's message. expr is evaluated once, so a call can be checked in place. Qt 6.4 evaluates a
// QVERIFY2 description even when the check passes, hence the message is read only on failure.
namespace ResultAssert {

template <typename T>
QByteArray failureMessage(const larder::Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toLocal8Bit();
}

} // namespace ResultAssert

#define QVERIFY_RESULT(expr)                                                                                 \
    do {                                                                                                     \
        const auto& resultAssertValue_ = (expr);                                                             \
        const QByteArray resultAssertMessage_ = ResultAssert::failureMessage(resultAssertValue_);            \
        if (!QTest::qVerify(static_cast<bool>(resultAssertValue_), #expr, resultAssertMessage_.constData(),  \
                            __FILE__, __LINE__))                                                             \
            return;                                                                                          \
    } while (false)
