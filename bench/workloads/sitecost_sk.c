// The debug branch of sitecost.c behind a static key: "sk@debug_key=0" is
// the disabled site (compare with sitecost's "none"), "sk@debug_key=1" the
// enabled one (compare with "always").
#include "bench.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_FALSE(debug_key);

static __always_inline __u32 work(const struct harness_args *a)
{
	__u32 x = a->arg[0], y = a->arg[1];

	return (x * 2654435761u) ^ (y >> 3) ^ (x + y);
}

HARNESS_XDP(sk)
{
	__u32 r = work(a);

	if (bpf_static_branch_unlikely(&debug_key))
		r = (r ^ 0xdeadbeef) * 7 + (__u32)a->arg[2];
	return r;
}
