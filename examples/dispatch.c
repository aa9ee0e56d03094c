// The example `make` builds with our clang and runs in the kernel harness:
// a 20-way opcode dispatch that becomes one `gotox` through a jump table,
// run on Debian's stock kernels and checked against the host build.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

/* A tiny stack-free calculator: op selects what to do with x and y. */
static __always_inline __u32 calc(__u32 op, __u32 x, __u32 y)
{
	switch (op) {
	case 0:  return x + y;
	case 1:  return x - y;
	case 2:  return x * y;
	case 3:  return y ? x / y : 0;
	case 4:  return y ? x % y : 0;
	case 5:  return x & y;
	case 6:  return x | y;
	case 7:  return x ^ y;
	case 8:  return x << (y & 31);
	case 9:  return x >> (y & 31);
	case 10: return (__u32)((__s32)x >> (y & 31));
	case 11: return x < y ? x : y;
	case 12: return x > y ? x : y;
	case 13: return x == y;
	case 14: return ~x;
	case 15: return -x;
	case 16: return x * x + y;
	case 17: return (x << 8) | (y & 0xff);
	case 18: return __builtin_popcount(x ^ y);
	case 19: return (x >> 16) | (x << 16);
	default: return 0xffffffff;
	}
}

HARNESS_BOTH(dispatch)
{
	return calc(a->arg[0], a->arg[1], a->arg[2]);
}
