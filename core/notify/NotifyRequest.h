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
