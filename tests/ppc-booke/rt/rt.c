#include "rt.h"
struct exc_rec exc;
