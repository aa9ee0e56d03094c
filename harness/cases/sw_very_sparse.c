// 16 cases over the 64-bit range: far too sparse for a table, so a binary
// search tree; checks the compiler does not force tables where they do not fit.
#include "harness_case.h"

HARNESS_SYSCALL(swvs)
{
	__u64 x = a->arg[0];
	__u32 y = a->arg[1];

	switch (x) {
	case 1: return y + 1;
	case 10: return y * 10;
	case 100: return y ^ 100;
	case 1000: return y >> 10;
	case 10000: return y << 10;
	case 100000: return y - 100000;
	case 1000000: return ~y;
	case 10000000: return y | 0x1000000;
	case 0x100000000ull: return y & 0xabc;
	case 0x1000000000ull: return y * y;
	case 0x10000000000ull: return y + 0x10000;
	case 0x100000000000ull: return y % 13;
	case 0x1000000000000ull: return y / 13;
	case 0x10000000000000ull: return 0x10000000 + y;
	case 0x100000000000000ull: return y * 7 + 1;
	case 0x8000000000000000ull: return y ^ 0x80000000;
	default: return 0x5eed;
	}
}
