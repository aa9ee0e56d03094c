// 4 cases, dense (0..N-1), 8 iterations of a loop.
#define SW_N 4
#define SW_SPARSE 0
#define SW_LOOP 1
#include "bench_switch.h"
