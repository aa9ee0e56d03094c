// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The flipper's second live object: live_xdp.c's pair of keys on a tcx
 * link (Linux >= 6.6, BPF_LINK_UPDATE) at lo's ingress, flipped while the
 * flipper sends UDP packets over lo.  pair_a and pair_b always change
 * together (one transaction); every run records the pair it saw in
 * stats[a * 2 + b], so stats[1] and stats[2] must stay 0, and a probe
 * packet (port LIVE_PORT + 1) sent right after each flip must see the new
 * pair.  Indexes and ports as live_xdp.h.
 *
 * The checks the flipper must report for this object (compare.awk):
 * HARNESS-CHECK: tcx-attached tcx-runs-both-versions tcx-no-mixed-state
 * HARNESS-CHECK: tcx-probe-sees-new-version tcx-all-packets-run
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf_static_key.h>

#include "live_xdp.h"

DEFINE_STATIC_KEY_FALSE(pair_a);
DEFINE_STATIC_KEY_FALSE(pair_b);

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, STAT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

static __always_inline void bump(__u32 idx, __u64 n)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &idx);

	if (v)
		__sync_fetch_and_add(v, n);
}

SEC("tcx/ingress")
int tcx_live(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);
	__u32 s = 0, idx;

	if ((void *)(udp + 1) > data_end ||
	    eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl != 5 ||
	    ip->protocol != IPPROTO_UDP) {
		bump(STAT_OTHER, 1);
		return TCX_NEXT;
	}
	if (bpf_static_branch_unlikely(&pair_a))
		s |= 2;
	if (bpf_static_branch_likely(&pair_b))
		s |= 1;
	if (udp->dest == bpf_htons(LIVE_PORT + 1)) {
		idx = STAT_PROBE;
		bpf_map_update_elem(&stats, &idx, &(__u64){ s }, BPF_ANY);
		bump(STAT_PROBES, 1);
	} else if (udp->dest == bpf_htons(LIVE_PORT)) {
		bump(s, 1);
	} else {
		bump(STAT_OTHER, 1);
	}
	return TCX_NEXT;
}

char _license[] SEC("license") = "GPL";
