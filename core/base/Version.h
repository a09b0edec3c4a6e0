#pragma once

#include <QString>

namespace larder {

// Larder's version, from CMake's project(Larder VERSION ...), the only place it is written: --version
// of both programs, the metrics and the packages all read it from there (base/Version.cpp.in).
QString version();

} // namespace larder
