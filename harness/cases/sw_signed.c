// Signed switch values: a 32-bit switch over -8..8 and an 8-bit one over
// -64..-51 (both negative-biased tables).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

HARNESS_SYSCALL(sws32)
{
	__s32 x = a->arg[0];
	__u32 y = a->arg[1];

	switch (x) {
	case -8: return y + 8;
	case -7: return y * 7;
	case -6: return y ^ 6;
	case -5: return y >> 5;
	case -4: return y << 4;
	case -3: return y - 3;
	case -2: return ~y;
	case -1: return y | 1;
	case 0: return y & 0xfff;
	case 1: return y * y;
	case 2: return y + 222;
	case 3: return (y >> 3) ^ y;
	case 4: return y % 44;
	case 5: return y / 5;
	case 6: return 0x66000000 | y;
	case 7: return y * 77 + 7;
	case 8: return y - 888;
	default: return 0x51;
	}
}

HARNESS_XDP(sws8)
{
	__s8 x = a->arg[0];
	__u32 y = a->arg[1];

	switch (x) {
	case -64: return y + 64;
	case -63: return y * 63;
	case -62: return y ^ 62;
	case -61: return y >> 1;
	case -60: return y << 6;
	case -59: return y - 59;
	case -58: return ~y;
	case -57: return y | 57;
	case -56: return y & 56;
	case -55: return y * y;
	case -54: return y + 5454;
	case -53: return (y >> 5) ^ y;
	case -52: return y % 52;
	case -51: return y / 51;
	default: return 0x58;
	}
}
