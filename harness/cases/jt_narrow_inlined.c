// Issue 18: a switch of 18 dense cases on the __u8 parameter of an
// __always_inline helper (a jump table at -mcpu=v4), the helper inlined at
// two arms of an outer switch on a __u16.  Once inlined, the middle end
// range-checks one copy of the byte (w3 = w1; w3 &= 0xff; if w3 > 0x11)
// and indexes the table with another (r1 &= 0xff; r1 <<= 3), so the
// verifier bounds the check's register, not the index, and refuses the
// table load ("invalid access to map value"), with stock clang-22 too.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

static __always_inline __u64 step(__u8 op, __u64 acc, __u64 y)
{
	switch (op) {
	case 0: acc += y; break;
	case 1: acc ^= y << 3; break;
	case 2: acc = acc * 31 + 7; break;
	case 3: acc -= y >> 2; break;
	case 4: acc |= 0x10; break;
	case 5: acc = (acc << 9 | acc >> 55) + 1; break;
	case 6: acc = ~acc + y; break;
	case 7: acc = acc / 3 + 11; break;
	case 8: acc &= y | 0xff00; break;
	case 9: acc += y * 5; break;
	case 10: acc ^= 0xa5a5a5a5ULL; break;
	case 11: acc = acc % 1009 + y; break;
	case 12: acc -= 0x1234; break;
	case 13: acc = acc * acc + 3; break;
	case 14: acc += 0x77; break;
	case 15: acc ^= y ^ (acc >> 7); break;
	case 16: acc = (acc & 0xffff) | (y << 16); break;
	case 17: acc += acc >> 1; break;
	default: return acc + 0xdead;
	}
	return acc ^ op;
}

HARNESS_BOTH(jtni)
{
	__u64 x = a->arg[0], y = a->arg[1], acc = a->arg[2];

	switch ((__u16)x) {
	case 1:
		acc = step(x >> 16, acc, y);
		break;
	case 2:
		acc = step(x >> 24, acc + 1, y ^ 0x55);
		break;
	case 7:
		acc += 0x3000;
		break;
	default:
		acc = acc * 3;
		break;
	}
	return (__u32)(acc ^ (acc >> 32));
}
