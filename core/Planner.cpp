#include "Planner.h"
