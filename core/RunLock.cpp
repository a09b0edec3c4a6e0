#include "RunLock.h"
