// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Message.h"

#include <QString>

#include <tl/expected.hpp>

namespace larder {

// What a caller may need to tell apart beyond the message: most errors are Other. Kinds exist only
// where some caller acts differently on them (an exit code, a retry).
enum class ErrorKind {
    Other,
    Busy,         // someone else holds it (the run lock): waiting and trying again can succeed
    CannotCreate, // a file or directory could not be created: permissions, a file in the way, disk full
    BadRequest,   // what was asked cannot be done that way (a dump outside the job's directory, --clean
                  // for a plain dump): the request must change (the CLI's usage error)
};

// An error a user can act on: the message names the thing and how to fix it.
struct Error
{
    Error(QString message = QString(), ErrorKind kind = ErrorKind::Other, QString stored = QString())
        : message(std::move(message)), kind(kind), stored(std::move(stored))
    {}

    QString message;
    ErrorKind kind = ErrorKind::Other;
    // message, language-neutral (Message::serialize()), for errors that end up in the history and
    // are read later in another language; empty: message is all there is.
    QString stored;

    // An error whose text is Larder's own: shown in this process's language, stored neutral.
    static Error from(const Message& message, ErrorKind kind = ErrorKind::Other)
    {
        return Error{message.toString(), kind, message.serialize()};
    }

    Message neutral() const
    {
        return stored.isEmpty() ? Message::plain(message) : Message::fromStored(stored);
    }
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(QString message)
{
    return tl::unexpected<Error>(Error{std::move(message)});
}

inline tl::unexpected<Error> makeError(const Message& message)
{
    return tl::unexpected<Error>(Error::from(message));
}

inline tl::unexpected<Error> makeError(ErrorKind kind, QString message)
{
    return tl::unexpected<Error>(Error{std::move(message), kind});
}

} // namespace larder
