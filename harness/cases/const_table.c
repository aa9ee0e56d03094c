// An ordinary local constant array indexed by a variable, next to a
// switch that becomes a jump table: with -mcpu=v4 stock clang-22 deletes
// the array at the end of compilation ("Undefined temporary symbol").
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

struct step {
	__u32 mul, add;
};

static __noinline __u32 pick(__u32 x, __u32 y)
{
	switch (x & 15) {
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
	case 12: return y * 7;
	case 13: return y + 13;
	default: return 0xffffffff - y;
	}
}

HARNESS_BOTH(const_table)
{
	const struct step tab[6] = {
		{ 3, 1 }, { 5, 7 }, { 7, 11 }, { 11, 13 }, { 13, 17 }, { 17, 19 },
	};
	__u32 i = a->arg[0] % 6, v = a->arg[1];

	v = v * tab[i].mul + tab[i].add;
	return pick(a->arg[2], v) + tab[(i + 1) % 6].mul;
}
