#include "HistoryRecord.h"
