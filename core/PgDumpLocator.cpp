#include "PgDumpLocator.h"
