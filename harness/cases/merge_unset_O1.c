// A return inside a scope that ends before the function does: at -O1 the
// scope's cleanup becomes a second test of the case value (x & 0xffff ==
// 0x525a) after both the case and the default, and the returned value is
// undef on the default's path.  Stock clang-22 leaves r0 unwritten there;
// the verifier cannot rule out the second test on that path ("x != C" is
// not a range) and refuses the load ("R0 !read_ok" at exit).  Ours writes
// 0 on that edge (BPFZeroUndefPhiInputs.cpp).  Found by the differential
// fuzzer (seeds 11186, 12482; docs/reliability.md, finding 18).
// HARNESS-CFLAGS: -mcpu=v3 -O1
#include "harness_case.h"

static __always_inline __u64 merge_unset_fn(__u64 x, __u64 acc)
{
	{
		__u16 vn = (__u16)x;

		switch (vn) {
		case 21082:
			if (acc > 0xe1 || (x & 0x80000))
				acc -= 0x90cc;
			else
				acc = acc % 4769 + 0x1dc8;
			return acc ^ 0x81;
		default:
			acc = acc % 7976 + 0xc4bd;
			break;
		}
	}
	return acc / 94 + 0x9f39230;
}

HARNESS_SYSCALL(merge_unset)
{
	return merge_unset_fn(a->arg[0], a->arg[1]);
}
