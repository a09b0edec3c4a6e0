#include "JobConfig.h"
