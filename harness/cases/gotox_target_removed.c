// A computed goto in a static subprogram whose first handler test the
// verifier can decide on every path (acc starts as a constant).  Linux 7.3
// turns such a test into `goto +0`, removes it, and marks the jump table
// entry of that handler deleted: the JIT leaves its address 0, and the
// first gotox oopses the kernel ("RIP: 0010:0x0") although the program
// verified.  BPFJumpTargetAnchor starts the handler with `r0 = r0`, which
// the kernel keeps.  Found by the differential fuzzer (seed 37 of an
// earlier gen.py, reduced by hand to this program).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"
/* fn0: computed goto, static table, 5 handlers, 5 steps */
static __noinline __u64 fn0(__u64 x, __u64 acc)
{
	static const void *const tbl[] = {
		&&h0, &&h1, &&h2, &&h3, &&h4,
	};
	__u64 pc = 0, op;

	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0xe724fe81f8a43b15ULL;
	goto *tbl[op];
h0:
	if (acc > 0x4aULL && acc < 42483)
		acc = acc % 9391 + 0x90082631ULL;
	acc -= 0x8155ULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0x2ULL;
	goto *tbl[op];
h1:
	acc = (acc << 2 | acc >> 62) + 0x95ULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0x88ULL;
	goto *tbl[op];
h2:
	if (acc > 0xba5ff687ULL && (acc & 0x8000000ULL))
		acc = acc / 81 + 0x82bdULL;
	else
		acc = (acc & 0x35ULL) | 37;
	if (acc > 0xc5dULL || (acc & 0x2000ULL))
		acc ^= 0x3eULL;
	else
		acc = acc * 103 + 0x5aULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0x93e5f936106d966eULL;
	goto *tbl[op];
h3:
	if (acc > 0x3ec0ULL && acc < 18910)
		acc += x * 38;
	else
		acc -= 0x2bULL;
	acc = acc * 367 + 0xaf6eULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0x91ULL;
	goto *tbl[op];
h4:
	if (acc > 0x73ULL || (acc & 0x1000000ULL))
		acc = (acc << 46 | acc >> 18) + 0x37a06c280beb2995ULL;
	else
		acc = acc % 9012 + 0x7f3fULL;
	op = (x >> (3 * pc)) & 7;
	if (++pc > 5)
		return acc;
	if (op >= 5)
		return acc ^ 0x9aULL;
	goto *tbl[op];
}
/* fn1: bounded loop around a switch */
__noinline __u64 fn1(__u64 x, __u64 acc)
{
	__u64 i;

#ifdef __clang__
#pragma clang loop unroll(disable)
#endif
	for (i = 0; i < 3; i++) {
		switch ((x >> (i * 2)) & 3) {
		case 0:
			acc = ~acc + 0x2a9dULL;
			break;
		case 1:
			if (acc > 0xe035ULL && (acc & 0x10000000000ULL))
				acc = (acc & 0x1665ULL) | 190;
			break;
		case 2:
			acc = (acc << 61 | acc >> 3) + 0x29ULL;
			break;
		}
	}
	return acc;
}
HARNESS_XDP(p)
{
	__u64 acc = 0x96a2ULL;

	acc = fn0(a->arg[4], acc);
	acc = fn1(a->arg[1], acc);
	return (__u32)(acc ^ (acc >> 32));
}
