// One key, many sites: an always-inline helper with an unlikely site,
// inlined into three programs and twice into one of them, plus a likely
// site at -O2 inside a loop bounded by can_loop; with the key off every
// copy is removed, so "counted" JITs to the same size as "uncounted".
// HARNESS-SAME-JIT: counted uncounted
// HARNESS-EXPECT-ASM: nop_or_goto goto_or_nop
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(stats_key);
DEFINE_STATIC_KEY_TRUE(mix_key);

static __always_inline __u32 account(__u32 v, __u32 salt)
{
	if (bpf_static_branch_unlikely(&stats_key))
		v = v * 0x9e3779b1u + salt;
	return v;
}

static __always_inline __u32 base(const struct harness_args *a)
{
	return (__u32)a->arg[0] * 3 + ((__u32)a->arg[1] >> 2);
}

HARNESS_XDP(uncounted)
{
	return base(a);
}

HARNESS_XDP(counted)
{
	return account(base(a), 17);
}

HARNESS_SYSCALL(twice)
{
	__u32 v = account(base(a), 1);

	v ^= 0x5555;
	return account(v, 2);
}

HARNESS_SYSCALL(looped)
{
	__u32 v = a->arg[0], n = a->arg[2] & 15, i;

	for (i = 0; i < n && can_loop; i++) {
		if (bpf_static_branch_likely(&mix_key))
			v = (v << 3 | v >> 29) + i;
		else
			v -= i;
		v = account(v, i);
	}
	return v;
}
