// Static keys cost nothing when the branch is off: "traced" is "plain" plus
// an unlikely branch on trace_key; with trace_key off the loader writes the
// nop ja +0 and the verifier removes it and the dead body, so both programs
// JIT to the same size.  Likewise "fast_or_slow" with fast_key on is
// "fast_only": the likely site jumps over nothing it keeps.
// HARNESS-SAME-JIT: traced plain
// HARNESS-SAME-JIT: fast_or_slow fast_only fast_key=1
// HARNESS-EXPECT-ASM: nop_or_goto goto_or_nop
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(trace_key);
DEFINE_STATIC_KEY_TRUE(fast_key);

static __always_inline __u32 work(const struct harness_args *a)
{
	__u32 x = a->arg[0], y = a->arg[1];

	return (x * 2654435761u) ^ (y >> 3) ^ (x + y);
}

HARNESS_XDP(plain)
{
	return work(a);
}

HARNESS_XDP(traced)
{
	__u32 r = work(a);

	if (bpf_static_branch_unlikely(&trace_key))
		r = (r ^ 0xdeadbeef) * 7 + (__u32)a->arg[2];
	return r;
}

HARNESS_SYSCALL(fast_only)
{
	return work(a) + 1;
}

HARNESS_SYSCALL(fast_or_slow)
{
	__u32 r = work(a);

	if (bpf_static_branch_likely(&fast_key))
		return r + 1;
	return (r >> 7) * 13 + (__u32)a->arg[2] * 5;
}
