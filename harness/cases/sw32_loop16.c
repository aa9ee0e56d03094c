// The cost model's case (docs/jump-tables.md): a 32-case switch on a value
// computed from the loop-carried result, in a 16-iteration loop.  As a jump
// table the verifier gives up at 1M instructions (E2BIG, stock 22.1.8 and
// -bpf-jump-tables-in-loops); by default it stays a compare tree and loads.
// HARNESS-EXPECT-NO-ASM: gotox
#include "harness_case.h"

HARNESS_BOTH(sw32loop)
{
	__u32 acc = a->arg[1];
	__u32 i;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	for (i = 0; i < 16; i++) {
		switch ((acc ^ (__u32)a->arg[0] ^ i) & 31) {
		case 0: acc = acc * 3 + 1; break;
		case 1: acc ^= 0x5a5a; break;
		case 2: acc += 77; break;
		case 3: acc >>= 3; break;
		case 4: acc <<= 2; break;
		case 5: acc -= 1000; break;
		case 6: acc = ~acc; break;
		case 7: acc |= 0xf0f0; break;
		case 8: acc &= 0xffffff; break;
		case 9: acc = acc * acc + 7; break;
		case 10: acc += 0x1234567; break;
		case 11: acc ^= acc >> 7; break;
		case 12: acc %= 100003; break;
		case 13: acc /= 5; break;
		case 14: acc = (acc << 9) | (acc >> 23); break;
		case 15: acc = acc * 17 + 5; break;
		case 16: acc += i * 3; break;
		case 17: acc ^= 0xdeadbeef; break;
		case 18: acc -= i; break;
		case 19: acc = acc * 5 + 0x11; break;
		case 20: acc >>= 5; break;
		case 21: acc <<= 3; break;
		case 22: acc ^= acc << 13; break;
		case 23: acc += 0x9e3779b9; break;
		case 24: acc |= 1u << (i & 31); break;
		case 25: acc &= ~(1u << (i & 31)); break;
		case 26: acc = acc * 2654435761u; break;
		case 27: acc ^= acc >> 16; break;
		case 28: acc += 28; break;
		case 29: acc -= 29 * i; break;
		case 30: acc = (acc >> 1) | (acc << 31); break;
		case 31: acc ^= 0x31313131; break;
		}
	}
	return acc;
}
