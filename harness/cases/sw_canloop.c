// A switch in a loop whose trip count comes from the input, bounded for the
// verifier by can_loop (may_goto); the host build treats can_loop as true.
// The loop only converges for the verifier if the (precise) switch index
// keeps the same range every iteration: an index computed from the
// accumulator or from i fails with "The sequence of 8193 jumps is too complex".
// Switches in loops stay compare trees by default (BPFRepeatedSwitch.cpp);
// this case asks for the jump table.
// HARNESS-CFLAGS: -mcpu=v4 -mllvm -bpf-jump-tables-in-loops
// HARNESS-EXPECT-ASM: gotox
// HARNESS-EXPECT-ASM: may_goto
#include "harness_case.h"

HARNESS_XDP(swcanloop)
{
	__u32 n = a->arg[0] & 31, acc = a->arg[1], sel = a->arg[2] & 15, i;

	for (i = 0; i < n && can_loop; i++) {
		switch (sel) {
		case 0: acc += 11; break;
		case 1: acc *= 3; break;
		case 2: acc ^= 0x5a5a; break;
		case 3: acc = (acc >> 3) + 1; break;
		case 4: acc = (acc << 2) + 3; break;
		case 5: acc -= 77; break;
		case 6: acc = ~acc; break;
		case 7: acc |= 0xf0; break;
		case 8: acc = (acc & 0xffff) + 9; break;
		case 9: acc = acc * acc + 1; break;
		case 10: acc += 1000; break;
		case 11: acc ^= acc >> 1; break;
		case 12: acc = acc % 1009 + 12; break;
		case 13: acc = acc / 3 + 13; break;
		case 14: acc = (acc << 7) | (acc >> 25); break;
		case 15: acc = acc * 17 + 5; break;
		}
		sel = (sel * 5 + 3) & 15;	/* visits all 16 cases */
	}
	return acc;
}
