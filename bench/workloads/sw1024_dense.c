// 1024 cases, dense (0..N-1), one switch per call.
#define SW_N 1024
#define SW_SPARSE 0
#define SW_LOOP 0
#include "bench_switch.h"
