// 4 cases: below the 13-entry jump table threshold, so a compare chain even
// at -mcpu=v4.  Guards the small-switch path against regressions.
#include "harness_case.h"

HARNESS_BOTH(sw4)
{
	__u32 x = a->arg[0], y = a->arg[1];

	switch (x) {
	case 0: return y + 11;
	case 1: return y * 5;
	case 2: return y ^ 0xffff;
	case 3: return y >> 4;
	default: return x + y;
	}
}
