// Static keys: three keys (8 combinations), likely and unlikely sites, a
// site in a loop bounded by can_loop, one in a __noinline subprogram shared
// by two programs, debug_key used by all three programs (syscall and XDP).
// HARNESS-EXPECT-ASM: nop_or_goto goto_or_nop may_goto
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(debug_key);
DEFINE_STATIC_KEY_TRUE(fast_path);
DEFINE_STATIC_KEY_FALSE(extra_mix);

/* Called from two programs; its site is rewritten once, in .text. */
static __noinline __u32 mix(__u32 x, __u32 y)
{
	if (bpf_static_branch_unlikely(&extra_mix))
		x = (x << 5 | x >> 27) ^ 0x9e3779b9;
	return x * 31 + y;
}

HARNESS_BOTH(multi)
{
	__u32 acc = a->arg[0], n = a->arg[1] & 31, i;

	for (i = 0; i < n && can_loop; i++) {
		if (bpf_static_branch_likely(&fast_path))
			acc += i * 7 + 1;
		else
			acc = acc * 3 + i;
		if (bpf_static_branch_unlikely(&debug_key))
			acc ^= i << 8;
	}
	if (bpf_static_branch_unlikely(&debug_key))
		acc |= 0x80000000;
	return mix(acc, n);
}

HARNESS_SYSCALL(other)
{
	__u32 v = a->arg[2];

	if (!bpf_static_branch_unlikely(&debug_key))
		v += 1000;
	return mix(v, a->arg[0] & 0xff);
}
