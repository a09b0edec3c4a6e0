// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace larder {

// One HTTP request a notification becomes (NotifyMessages::build), before it is sent.
struct NotifyRequest
{
    QByteArray method = "POST";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace larder
