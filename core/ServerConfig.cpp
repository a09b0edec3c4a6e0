#include "ServerConfig.h"
