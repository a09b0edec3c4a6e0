#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace larder {

// Directories that hold dumps, history or locks: missing ones (and missing parents) are created
// with mode 0700; existing ones keep the mode the user gave them.
class PrivateDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(PrivateDirectory)

public:
    static Result<void> make(const QString& path);
};

} // namespace larder
