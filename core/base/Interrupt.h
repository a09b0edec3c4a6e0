// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <atomic>
#include <memory>

namespace larder {

// Set from any thread to stop whatever a session, a tool or a task waits for.
using Interrupt = std::shared_ptr<std::atomic_bool>;
inline Interrupt makeInterrupt()
{
    return std::make_shared<std::atomic_bool>(false);
}

} // namespace larder
