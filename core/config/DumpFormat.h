// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

class QString;

namespace larder {

enum class DumpFormat { Custom, Directory, Plain, Tar };

QString dumpFormatName(DumpFormat format); // "custom", "directory", "plain", "tar"

} // namespace larder
