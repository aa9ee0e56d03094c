// 16 cases spread over 0..60 (about 27% dense): one jump table whose holes
// go to the default.  XDP program.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

HARNESS_XDP(sw16s)
{
	__u32 x = a->arg[0], y = a->arg[1];

	switch (x) {
	case 0: return y + 1;
	case 3: return y * 3;
	case 7: return y ^ 0x77;
	case 8: return y >> 8;
	case 12: return y << 12;
	case 17: return y - 17;
	case 21: return ~y + 21;
	case 26: return y | 0x2600;
	case 30: return y & 0x3030;
	case 33: return y * 33;
	case 38: return y + 3838;
	case 41: return (y >> 4) ^ 41;
	case 47: return y % 47;
	case 52: return y / 52;
	case 55: return 0x55000000 | (y & 0xffffff);
	case 60: return y * 60 + 6;
	default: return 0xd0d0;
	}
}
