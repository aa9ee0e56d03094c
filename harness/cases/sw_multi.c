// Two jump tables in one function, the second nested in a case of the first.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

static __always_inline __u32 inner(__u32 z, __u32 y)
{
	switch (z) {
	case 0: return y + 0x100;
	case 1: return y * 5;
	case 2: return y ^ 0x2222;
	case 3: return y >> 2;
	case 4: return y << 5;
	case 5: return y - 5555;
	case 6: return ~y;
	case 7: return y | 0x7000;
	case 8: return y & 0x8888;
	case 9: return y * y;
	case 10: return y + 10;
	case 11: return (y >> 11) ^ y;
	case 12: return y % 12;
	case 13: return y / 13;
	default: return 0x77;
	}
}

HARNESS_SYSCALL(swmulti)
{
	__u32 x = a->arg[0], y = a->arg[1], z = a->arg[2];

	switch (x) {
	case 0: return y + 1;
	case 1: return y * 3;
	case 2: return inner(z, y);
	case 3: return y >> 3;
	case 4: return y << 2;
	case 5: return inner(z + 1, y) + 5;
	case 6: return ~y;
	case 7: return y | 0xf0;
	case 8: return y & 0xff;
	case 9: return y * y;
	case 10: return y + 1000;
	case 11: return (y >> 1) ^ y;
	case 12: return y % 7;
	case 13: return y / 3;
	default: return 0x99;
	}
}
