// Bytecode interpreter, dispatch: see bench_interp.h (INTERP_LOCAL).
#define INTERP_STYLE INTERP_LOCAL
#include "bench_interp.h"
