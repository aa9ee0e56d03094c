// Exactly 13 cases (the default minimum for a jump table) on an 8-bit
// value, a 16-bit value and "& 0xff".  Stock clang-22 range-checks a masked
// copy (w3 = w2; w3 &= 0xff; if w3 > 12 goto default) but indexes the table
// with a second mask of the original register (r2 &= 0xff; r2 <<= 3), so the
// verifier only knows the index is < 256 and rejects the load past the
// 13-entry table (EACCES, "access may be outside object bounds").  Ours
// indexes with the checked value (BPFJumpTableIndex.cpp).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

HARNESS_SYSCALL(sw13)
{
	__u8 x = a->arg[0];
	__u32 y = a->arg[1];

	switch (x) {
	case 0: return y + 3;
	case 1: return y * 7;
	case 2: return y ^ 0x1234;
	case 3: return y >> 5;
	case 4: return y << 3;
	case 5: return y - 1;
	case 6: return ~y;
	case 7: return y | 0x8000;
	case 8: return y & 0x0f0f;
	case 9: return y * y + 1;
	case 10: return y + 0x10000;
	case 11: return (y >> 2) ^ y;
	case 12: return y % 11;
	default: return 0xcafe;
	}
}

#define SW13(v, y)						\
	switch (v) {						\
	case 0: return y + 3;					\
	case 1: return y * 7;					\
	case 2: return y ^ 0x1234;				\
	case 3: return y >> 5;					\
	case 4: return y << 3;					\
	case 5: return y - 1;					\
	case 6: return ~y;					\
	case 7: return y | 0x8000;				\
	case 8: return y & 0x0f0f;				\
	case 9: return y * y + 1;				\
	case 10: return y + 0x10000;				\
	case 11: return (y >> 2) ^ y;				\
	case 12: return y % 11;					\
	default: return 0xcafe;					\
	}

HARNESS_SYSCALL(sw13_u16)
{
	__u16 x = a->arg[0];
	__u32 y = a->arg[1];

	SW13(x, y)
}

HARNESS_SYSCALL(sw13_mask)
{
	__u32 x = a->arg[0], y = a->arg[1];

	SW13(x & 0xff, y)
}
