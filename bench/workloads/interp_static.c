// Bytecode interpreter, dispatch: see bench_interp.h (INTERP_STATIC).
#define INTERP_STYLE INTERP_STATIC
#include "bench_interp.h"
