#include "RunCoordinator.h"
