#include "ConfigIssue.h"
