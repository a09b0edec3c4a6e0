#pragma once

#include <QString>

namespace larder {

// What a probe learned about a server.
struct ServerInfo
{
    int versionNumber = 0;    // e.g. 150004 (libpq's PQserverVersion)
    QString versionString;    // e.g. "15.4"
    int majorVersion() const { return versionNumber >= 100000 ? versionNumber / 10000 : versionNumber / 100; }
};

} // namespace larder
