// A 64-bit switch value whose dense range sits above 2^32: the range check
// and the table index must use all 64 bits.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

#define K 0x123456700000000ull

HARNESS_BOTH(swu64)
{
	__u64 x = a->arg[0];
	__u64 y = a->arg[1];

	switch (x) {
	case K + 0: return y + 1;
	case K + 1: return y * 3;
	case K + 2: return (y >> 32) ^ y;
	case K + 3: return y >> 40;
	case K + 4: return y << 2;
	case K + 5: return y - 77;
	case K + 6: return ~y;
	case K + 7: return (y | 0xf0) >> 4;
	case K + 8: return y & 0xff;
	case K + 9: return (y * y) >> 16;
	case K + 10: return (y + 1000) >> 8;
	case K + 11: return (y >> 33) ^ y;
	case K + 12: return y % 1000003;
	case K + 13: return y / 3;
	case K + 14: return (y >> 48) | 0xbeef0000;
	case K + 15: return y * 17 + 5;
	default: return (x >> 32) ^ x;
	}
}
