#include "PostgresEngine.h"
