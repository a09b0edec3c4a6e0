#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace larder {

// An error a user can act on: the message names the thing and how to fix it.
struct Error
{
    QString message;
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> makeError(QString message)
{
    return tl::unexpected<Error>(Error{std::move(message)});
}

} // namespace larder
