// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "config/keys/ConfigKey.h"

#include <QString>

// The parts of the manual pages that the code knows, in scdoc: every command with its options and
// arguments for larder(1), every config key with its sections, type, built-in value and help for
// larder.toml(5). larder-manpage puts them into docs/man's templates at build time, so a command,
// option or key added later is documented with what its --help and the key table say.
class ManualPage final
{
public:
    // text with @VERSION@, @COMMANDS@ and @CONFIG_KEYS@ replaced.
    static QString fill(const QString& text, const QString& version);
    static QString commands();
    static QString configKeys();
    // text with scdoc's *, _ and \ taken literally.
    static QString escaped(const QString& text);

private:
    static QString typeText(const larder::ConfigKey& key);
    static QString inheritance(const larder::ConfigKey& key);
};
