// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "engine/EngineSet.h"

#include <memory>

namespace larder {

// The engines this build of Larder has, in one EngineSet: what `larder` and the desktop app run with.
class StandardEngines final
{
public:
    static std::unique_ptr<EngineSet> create();
};

} // namespace larder
