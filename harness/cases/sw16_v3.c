// The 16-case switch at -mcpu=v3: no gotox exists there, so the compiler must
// emit a compare tree.  Checks the pre-v4 path keeps working.
// HARNESS-CFLAGS: -mcpu=v3
#include "harness_case.h"

HARNESS_BOTH(sw16v3)
{
	__u32 x = a->arg[0], y = a->arg[1];

	switch (x) {
	case 0: return y + 1;
	case 1: return y * 3;
	case 2: return y ^ 0x5a5a;
	case 3: return y >> 3;
	case 4: return y << 2;
	case 5: return y - 77;
	case 6: return ~y;
	case 7: return y | 0xf0;
	case 8: return y & 0xff;
	case 9: return y * y;
	case 10: return y + 1000;
	case 11: return (y >> 1) ^ y;
	case 12: return y % 7;
	case 13: return y / 3;
	case 14: return 0xdead0000 | (y & 0xffff);
	case 15: return y * 17 + 5;
	default: return 0xffffffff - y;
	}
}
