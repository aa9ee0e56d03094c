// 64 cases, 25% dense (value 4n + n % 3), 8 iterations of a loop.
#define SW_N 64
#define SW_SPARSE 1
#define SW_LOOP 1
#include "bench_switch.h"
