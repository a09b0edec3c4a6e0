// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"
#include "live/LiveRunState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace larder {

// The status channel of a run: where its socket is and what travels on it, the one rule that the
// publisher (LiveChannelServer) and every watcher (LiveChannelWatcher) derive alike.
//
// Socket: "<historyPath>.live", beside the run lock "<historyPath>.lock", when that path fits a Unix
// socket address (kMaxPathBytes). Otherwise "/tmp/larder-<uid>/<hash>.live", where the directory is
// the user's own (0700, refused if it is someone else's or a link) and <hash> is the first 32 hex
// digits of the SHA-256 of the history's absolute path: no environment variable takes part, so cron
// (without XDG_RUNTIME_DIR) and the desktop session find the same socket.
//
// Messages: one JSON object per line, {"v":1,"type":"state","state":{LiveRunState::toJson()}}, a
// full snapshot each time (the state is bounded). A watcher gets one on connecting, then one at most
// every kCoalesceMs while the run changes, and a last one with "over" before the publisher closes.
class LiveChannel final
{
    Q_DECLARE_TR_FUNCTIONS(LiveChannel)

public:
    static constexpr int kVersion = 1; // of the frame; a reader refuses another
    // sun_path holds 107 bytes and a NUL, and QLocalServer binds at "<path>XXXXXX/s" first, to set
    // the mode before the socket appears under its name.
    static constexpr int kMaxPathBytes = 96;
    static constexpr int kCoalesceMs = 250;          // at most four frames a second
    static constexpr qint64 kMaxLineBytes = 4 << 20; // a reader drops a peer that sends longer lines

    // The socket of the run that uses historyPath. Fails only when the fallback directory cannot be
    // made private (someone else owns it).
    static Result<QString> socketPath(const QString& historyPath);
    // The path beside the history, whatever its length (socketPath uses it when it fits).
    static QString besideHistory(const QString& historyPath);

    // One line, newline included.
    static QByteArray frame(const LiveRunState& state);
    // A line without its newline back into a state; another version or a damaged line is an error.
    static Result<LiveRunState> read(const QByteArray& line);
};

} // namespace larder
