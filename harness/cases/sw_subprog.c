// Jump tables inside subprograms: a static __noinline function (verified in
// its caller's context, called twice) and a global function (verified once,
// on its own).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

static __noinline __u32 pick(__u32 x, __u32 y)
{
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

__noinline __u32 pick_global(__u32 x, __u32 y)
{
	switch (x) {
	case 100: return y + 100;
	case 101: return y * 101;
	case 102: return y ^ 102;
	case 103: return y >> 13;
	case 104: return y << 14;
	case 105: return y - 105;
	case 106: return ~y ^ 106;
	case 107: return y | 107;
	case 108: return y & 108;
	case 109: return y * y + 109;
	case 110: return y + 110110;
	case 111: return (y >> 11) ^ y;
	case 112: return y % 112;
	case 113: return y / 113;
	default: return 0x9000 + x;
	}
}

HARNESS_SYSCALL(sub_static)
{
	return pick(a->arg[0], a->arg[1]) + pick(a->arg[1] & 15, a->arg[0]);
}

HARNESS_XDP(sub_global)
{
	return pick_global(a->arg[0], a->arg[1]) ^ pick(a->arg[1] & 15, 3);
}
