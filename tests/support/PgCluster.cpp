#include "PgCluster.h"
