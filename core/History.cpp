#include "History.h"
