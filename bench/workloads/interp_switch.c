// Bytecode interpreter, dispatch: see bench_interp.h (INTERP_SWITCH).
#define INTERP_STYLE INTERP_SWITCH
#include "bench_interp.h"
