// What a debug branch costs today, without static keys (see sitecost_sk.c):
// "none" does the work only, "always" also runs the debug body, "flag" and
// "flag_on" test a global .data flag (0 and 1) around the body, "map" tests
// the first value of an array map (0 in the harness; bpfcount sets it to
// count the enabled site).  Per-site cost: flag - none, flag_on - always.
// BENCH-SET: debug_map=1
#include "bench.h"

__u32 debug_flag SEC(".data") = 0;
__u32 debug_flag_on SEC(".data") = 1;
BENCH_ARRAY(debug_map, __u32, 1);

static __always_inline __u32 work(const struct harness_args *a)
{
	__u32 x = a->arg[0], y = a->arg[1];

	return (x * 2654435761u) ^ (y >> 3) ^ (x + y);
}

static __always_inline __u32 debug_body(__u32 r, const struct harness_args *a)
{
	return (r ^ 0xdeadbeef) * 7 + (__u32)a->arg[2];
}

HARNESS_XDP(none)
{
	return work(a);
}

HARNESS_XDP(always)
{
	return debug_body(work(a), a);
}

HARNESS_XDP(flag)
{
	__u32 r = work(a);

	if (debug_flag)
		r = debug_body(r, a);
	return r;
}

HARNESS_XDP(flag_on)
{
	__u32 r = work(a);

	if (debug_flag_on)
		r = debug_body(r, a);
	return r;
}

HARNESS_XDP(map)
{
	__u32 r = work(a), zero = 0, *on;

	on = bench_lookup(&debug_map, &zero);
	if (on && *on)
		r = debug_body(r, a);
	return r;
}
