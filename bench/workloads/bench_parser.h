/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * A packet parser (Ethernet, one VLAN tag, IPv4 with options or IPv6,
 * TCP/UDP ports) with three debug branches:
 *
 *	stats	(unlikely, off)	per-protocol counters in an array map
 *	trace	(unlikely, off)	the last drop reason in a .bss variable
 *	strict	(likely, on)	drop IPv4 with TTL 0 or IHL < 5 and IPv6
 *				with hop limit 0
 *
 * PARSER_FLAGS 0 tests them with static keys, 1 with global .data flags
 * (what stock clang-22 can compile).  The packet is the 64-byte argument
 * block; the result is a hash of what was parsed, or a drop code.
 */
#include "bench.h"

#if PARSER_FLAGS
__u32 stats_on SEC(".data") = 0;
__u32 trace_on SEC(".data") = 0;
__u32 strict_on SEC(".data") = 1;
#define DEBUG_ON(k)	(k##_on)
#define DEBUG_LIKELY(k)	(k##_on)
#else
#include <bpf_static_key.h>
DEFINE_STATIC_KEY_FALSE(stats);
DEFINE_STATIC_KEY_FALSE(trace);
DEFINE_STATIC_KEY_TRUE(strict);
#define DEBUG_ON(k)	bpf_static_branch_unlikely(&k)
#define DEBUG_LIKELY(k)	bpf_static_branch_likely(&k)
#endif

enum { P_OTHER, P_IPV4, P_IPV6, P_TCP, P_UDP, P_VLAN, P_NR };
enum { DROP_SHORT = 1, DROP_TTL, DROP_IHL };

BENCH_ARRAY(proto_stats, __u64, P_NR);
__u32 last_drop;

#define PKT_LEN sizeof(struct harness_args)

static __always_inline void count(__u32 proto)
{
	__u64 *c;

	if (DEBUG_ON(stats)) {
		c = bench_lookup(&proto_stats, &proto);
		if (c)
			__sync_fetch_and_add(c, 1);
	}
}

static __always_inline __u32 drop(__u32 why)
{
	if (DEBUG_ON(trace))
		last_drop = why;
	return 0xd0000000 | why;
}

static __always_inline __u32 be16(const __u8 *p, __u32 off)
{
	return (__u32)p[off] << 8 | p[off + 1];
}

static __always_inline __u32 be32(const __u8 *p, __u32 off)
{
	return be16(p, off) << 16 | be16(p, off + 2);
}

HARNESS_XDP(parse)
{
	const __u8 *p = (const __u8 *)a->arg;
	__u32 off = 14, eth = be16(p, 12), l4, h, ihl;

	if (eth == 0x8100) {
		count(P_VLAN);
		eth = be16(p, 16);
		off = 18;
	}
	if (eth == 0x0800) {
		count(P_IPV4);
		ihl = (p[off] & 15) * 4;
		if (DEBUG_LIKELY(strict)) {
			if (p[off + 8] == 0)
				return drop(DROP_TTL);
			if (ihl < 20)
				return drop(DROP_IHL);
		}
		l4 = p[off + 9];
		h = be32(p, off + 12) * 31 + be32(p, off + 16);
		off += ihl;
	} else if (eth == 0x86dd) {
		count(P_IPV6);
		if (DEBUG_LIKELY(strict) && p[off + 7] == 0)
			return drop(DROP_TTL);
		l4 = p[off + 6];
		h = be32(p, off + 20) * 31 + be32(p, off + 36);
		off += 40;
	} else {
		count(P_OTHER);
		return 0xe0000000 | eth;
	}
	if (l4 != 6 && l4 != 17)
		return h ^ l4 << 24;
	count(l4 == 6 ? P_TCP : P_UDP);
	if (off > PKT_LEN - 4)
		return drop(DROP_SHORT);
	return (h ^ l4 << 24) * 31 + (be16(p, off) << 16 | be16(p, off + 2));
}
