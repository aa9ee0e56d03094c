// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * The flipper's live object (flipper/live.c, "live" mode): keys flipped
 * while the program runs, attached by an XDP link to lo (generic mode),
 * with packets sent from the guest over UDP.
 *
 * pair_a and pair_b are always flipped together (one transaction): every run
 * records the pair it saw in stats[a * 2 + b], so stats[1] and stats[2]
 * (a half-flipped program) must stay 0; stats[0] and stats[3] count the runs
 * of the "off" and "on" versions.  A probe packet (port LIVE_PORT + 1), sent
 * right after each flip returns, records what it saw in stats[STAT_PROBE]:
 * it must already be the new version.  bad_key, when on, gives a program
 * the verifier rejects (unchecked packet access): flipping it must fail and
 * change nothing.  xdp_tail is reached through a prog-array slot
 * (xdp_entry tail-calls it; the flipper tracks the slot).
 *
 * Maps whose contents must survive every flip: .data (data_cookie, which
 * user space sets and every run copies into stats[STAT_COOKIE]), .bss
 * (bss_runs), the array `stats`, the hash `per_state` (runs per observed
 * pair, plus an entry user space writes) and the prog array `jmp`.
 *
 * The checks the flipper must report for this object (compare.awk):
 * HARNESS-CHECK: loaded link-attached track-bad-input runs-both-versions
 * HARNESS-CHECK: no-mixed-state
 * HARNESS-CHECK: probe-sees-new-version all-packets-run counters-kept
 * HARNESS-CHECK: data-kept bss-kept hash-kept map-ids-kept
 * HARNESS-CHECK: bad-flip-fails bad-flip-log bad-flip-state-kept
 * HARNESS-CHECK: bad-flip-still-running prog-array-slot legacy-xdp-replace
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
#include <bpf_static_key.h>

#include "live_xdp.h"

DEFINE_STATIC_KEY_FALSE(pair_a);
DEFINE_STATIC_KEY_FALSE(pair_b);
DEFINE_STATIC_KEY_FALSE(bad_key);

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, STAT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} per_state SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} jmp SEC(".maps");

__u64 data_cookie = LIVE_COOKIE_INIT;
__u64 bss_runs;

static __always_inline void bump(__u32 idx, __u64 n)
{
	__u64 *v = bpf_map_lookup_elem(&stats, &idx);

	if (v)
		__sync_fetch_and_add(v, n);
}

static __always_inline __u32 pair_state(void)
{
	__u32 s = 0;

	if (bpf_static_branch_unlikely(&pair_a))
		s |= 2;
	if (bpf_static_branch_likely(&pair_b))
		s |= 1;
	return s;
}

SEC("xdp")
int xdp_live(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct udphdr *udp = (void *)(ip + 1);
	__u64 one = 1, *cnt, *cookie;
	__u32 s, idx;

	if (bpf_static_branch_unlikely(&bad_key))
		return *(volatile __u32 *)data;	/* no bounds check: rejected */
	if ((void *)(udp + 1) > data_end ||
	    eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl != 5 ||
	    ip->protocol != IPPROTO_UDP) {
		bump(STAT_OTHER, 1);
		return XDP_PASS;
	}
	s = pair_state();
	if (udp->dest == bpf_htons(LIVE_PORT + 1)) {
		idx = STAT_PROBE;
		bpf_map_update_elem(&stats, &idx, &(__u64){ s }, BPF_ANY);
		bump(STAT_PROBES, 1);
		return XDP_PASS;
	}
	if (udp->dest != bpf_htons(LIVE_PORT)) {
		bump(STAT_OTHER, 1);
		return XDP_PASS;
	}
	bump(s, 1);
	bss_runs++;
	cookie = &data_cookie;
	idx = STAT_COOKIE;
	bpf_map_update_elem(&stats, &idx, cookie, BPF_ANY);
	cnt = bpf_map_lookup_elem(&per_state, &s);
	if (cnt)
		__sync_fetch_and_add(cnt, 1);
	else
		bpf_map_update_elem(&per_state, &s, &one, BPF_NOEXIST);
	return XDP_PASS;
}

/* Run by test_run; its version comes back through the slot of jmp. */
SEC("xdp")
int xdp_entry(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jmp, 0);
	return 99;
}

SEC("xdp")
int xdp_tail(struct xdp_md *ctx)
{
	return 10 + pair_state();
}

char _license[] SEC("license") = "GPL";
