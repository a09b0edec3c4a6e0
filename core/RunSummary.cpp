#include "RunSummary.h"
