#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace larder {

// What a caller may need to tell apart beyond the message: most errors are Other. Kinds exist only
// where some caller acts differently on them (an exit code, a retry).
enum class ErrorKind {
    Other,
    Busy,         // someone else holds it (the run lock): waiting and trying again can succeed
    CannotCreate, // a file or directory could not be created: permissions, a file in the way, disk full
};

// An error a user can act on: the message names the thing and how to fix it.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(QString message)
{
    return tl::unexpected<Error>(Error{std::move(message)});
}

inline tl::unexpected<Error> makeError(ErrorKind kind, QString message)
{
    return tl::unexpected<Error>(Error{std::move(message), kind});
}

} // namespace larder
