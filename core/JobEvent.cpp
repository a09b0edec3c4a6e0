#include "JobEvent.h"
