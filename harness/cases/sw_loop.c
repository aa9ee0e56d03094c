// A 16-case switch inside a bounded 8-iteration loop, kept rolled, so the
// verifier walks the table once per iteration (bigger loops hit the 1M
// verified-instruction limit with gotox).
// Switches in loops stay compare trees by default (BPFRepeatedSwitch.cpp);
// this case asks for the jump table.
// HARNESS-CFLAGS: -mcpu=v4 -mllvm -bpf-jump-tables-in-loops
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

HARNESS_BOTH(swloop)
{
	__u64 x = a->arg[0];
	__u32 acc = a->arg[1];
	int i;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	for (i = 0; i < 8; i++) {
		switch ((x >> (i * 4)) & 15) {
		case 0: acc += 1; break;
		case 1: acc *= 3; break;
		case 2: acc ^= 0x5a5a; break;
		case 3: acc >>= 3; break;
		case 4: acc <<= 2; break;
		case 5: acc -= 77; break;
		case 6: acc = ~acc; break;
		case 7: acc |= 0xf0; break;
		case 8: acc &= 0xffff; break;
		case 9: acc = acc * acc; break;
		case 10: acc += 1000; break;
		case 11: acc ^= acc >> 1; break;
		case 12: acc %= 1009; break;
		case 13: acc /= 3; break;
		case 14: acc = (acc << 7) | (acc >> 25); break;
		case 15: acc = acc * 17 + 5; break;
		}
	}
	return acc;
}
