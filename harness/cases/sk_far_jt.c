// Static keys with the 32-bit site forms (every site made far), in a
// function that also dispatches through a jump table (gotox), with a
// bpf_loop callback reached only through an unlikely branch: removing the
// dead side must keep the jump table's entries, the callback's address and
// the subprogram calls right for every combination of the three keys.
// HARNESS-CFLAGS: -mcpu=v4 -mllvm -gotol-abs-low-bound=0
// HARNESS-EXPECT-ASM: nop_or_gotol gotol_or_nop gotox
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(loop_key);
DEFINE_STATIC_KEY_TRUE(table_key);
DEFINE_STATIC_KEY_FALSE(tail_key);

#ifndef __bpf__
/* The helper's contract: cb(i, ctx) for i = 0.., until it returns 1. */
static long bpf_loop(__u32 nr, int (*cb)(__u64, void *), void *ctx,
		     __u64 flags)
{
	__u32 i;

	(void)flags;
	for (i = 0; i < nr; i++)
		if (cb(i, ctx))
			return i + 1;
	return nr;
}
#endif

static int step(__u64 i, void *ctx)
{
	__u32 *acc = ctx;

	*acc = *acc * 33 + (__u32)i;
	return 0;
}

static __noinline __u32 finish(__u32 v)
{
	if (bpf_static_branch_unlikely(&tail_key))
		v = ~v * 5;
	return v ^ (v >> 11);
}

HARNESS_BOTH(far_jt)
{
	__u32 acc = a->arg[0], x = a->arg[1];

	if (bpf_static_branch_unlikely(&loop_key))
		bpf_loop(a->arg[2] & 7, step, &acc, 0);
	if (bpf_static_branch_likely(&table_key)) {
		switch (x & 15) {
		case 0: acc += 11; break;
		case 1: acc ^= 0x1234; break;
		case 2: acc *= 3; break;
		case 3: acc -= 99; break;
		case 4: acc >>= 2; break;
		case 5: acc <<= 3; break;
		case 6: acc |= 0x800; break;
		case 7: acc &= 0xfff0fff; break;
		case 8: acc += x; break;
		case 9: acc ^= x << 4; break;
		case 10: acc = acc * 7 + 1; break;
		case 11: acc = ~acc; break;
		case 12: acc += 0x10000; break;
		case 13: acc ^= 0xa5a5a5a5; break;
		case 14: acc -= x * 3; break;
		default: acc = acc / 3; break;
		}
	} else {
		acc += x * 1000;
	}
	return finish(acc);
}
