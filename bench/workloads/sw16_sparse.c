// 16 cases, 25% dense (value 4n + n % 3), one switch per call.
#define SW_N 16
#define SW_SPARSE 1
#define SW_LOOP 0
#include "bench_switch.h"
