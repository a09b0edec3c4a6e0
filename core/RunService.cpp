#include "RunService.h"

#include "DatabaseEngine.h"
#include "History.h"
#include "RunCoordinator.h"
#include "RunLock.h"

#include <QFileSystemWatcher>

using namespace larder;

// Being written (issue 3): only the destructor exists so far.
RunService::~RunService() = default;
