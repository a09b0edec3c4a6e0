// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include <QString>

namespace larder {

// Larder's version, from CMake's project(Larder VERSION ...), the only place it is written: --version
// of both programs, the metrics and the packages all read it from there (base/Version.cpp.in).
QString version();

} // namespace larder
