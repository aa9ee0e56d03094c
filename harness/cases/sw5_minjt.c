// A 5-case switch made into a jump table by lowering the threshold with a
// per-case flag (-bpf-min-jump-table-entries, default 13).
// HARNESS-CFLAGS: -mcpu=v4 -mllvm -bpf-min-jump-table-entries=4
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

HARNESS_SYSCALL(sw5)
{
	__u32 x = a->arg[0], y = a->arg[1];

	switch (x) {
	case 10: return y + 1;
	case 11: return y * 9;
	case 12: return y ^ 0x1212;
	case 13: return y >> 13;
	case 14: return y << 14;
	default: return 0x55;
	}
}
