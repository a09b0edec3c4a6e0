// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

namespace larder {

// Passwords read from the keychain live in the memory of larder and larder-gui while they run.
// apply(), first thing in main(), keeps that memory out of core files and, on Linux, away from
// other processes of the same user. Failures are logged, never fatal.
class ProcessHardening final
{
public:
    static void apply();
};

} // namespace larder
