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
