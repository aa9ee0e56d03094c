// A computed-goto handler that starts with a likely static branch site
// (h4: `goto_or_nop` over `acc % 9212 + ...`) whose destination starts with
// a condition (`if r0 < 0x45`).  With key0 off the loader makes the site a
// jump, removes the code it jumps over (dead) and the jump, now `goto +0`:
// the table entry points at the condition, which the verifier can decide
// on every path, so Linux 7.3 removes it too and leaves the entry's
// address 0 (finding 3): "BUG: kernel NULL pointer dereference", RIP 0x0,
// at the first gotox to h4.  BPFJumpTargetAnchor anchors both sides of a
// site at a target (`r0 = r0` before the condition).  Found by the
// differential fuzzer (seed 14122, -O1 -mcpu=v4; docs/reliability.md,
// finding 20); the program is the seed's, unchanged.
// HARNESS-CFLAGS: -mcpu=v4 -O1
// HARNESS-EXPECT-ASM: gotox
// HARNESS-EXPECT-ASM: goto_or_nop
#include "harness_case.h"
#include <bpf_static_key.h>

DEFINE_STATIC_KEY_TRUE(key0);

/* fn0: bounded loop around a switch */
static __noinline __u64 fn0(__u64 x, __u64 acc)
{
	__u64 i;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	for (i = 0; i < 2; i++) {
		switch ((x >> (i * 2)) & 3) {
		case 0:
			if (acc > 0x22f190adULL || acc < 23837)
				acc += x * 6;
			break;
		case 1:
			if (acc > 0x7aULL && (acc & 0x20000ULL))
				acc = acc % 1808 + 0x801476498be73416ULL;
			break;
		}
	}
	return acc;
}

/* fn1: computed goto, local table, 5 handlers, 4 steps */
static __noinline __u64 fn1(__u64 x, __u64 acc)
{
	const void * tbl[] = {
		&&h0, &&h1, &&h2, &&h3, &&h4,
	};
	__u64 pc = 0, op;

	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0xc3e6ULL;
	goto *tbl[op];
h0:
	if (bpf_static_branch_unlikely(&key0))
		acc += 0xdeULL ^ (x >> 25);
	else
		acc ^= 0x7b60ULL;
	if (acc > 0x30a8ULL || (acc & 0x80ULL))
		acc = ~acc + 0x7fb7ULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0x2aefULL;
	goto *tbl[op];
h1:
	acc = (acc & 0x69ULL) | 94;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0xed39ULL;
	goto *tbl[op];
h2:
	acc -= 0xcaULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0xd2eeULL;
	goto *tbl[op];
h3:
	acc = (acc << 24 | acc >> 40) + 0xc3ULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0xba32ULL;
	goto *tbl[op];
h4:
	if (bpf_static_branch_likely(&key0))
		acc = acc % 9212 + 0xe7dbe1ddULL;
	if (acc > 0x44ULL || (acc & 0x80000000ULL))
		acc = (acc << 21 | acc >> 43) + 0x22ULL;
	else
		acc = acc / 56 + 0x2fb1ULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 4)
		return acc;
	if (op >= 5)
		return acc ^ 0x1607d42dULL;
	goto *tbl[op];
}

HARNESS_SYSCALL(p)
{
	__u64 acc = 0xade0ULL;

	acc = fn0(a->arg[4], acc);
	acc = fn1(a->arg[3], acc);
	return (__u32)(acc ^ (acc >> 32));
}
