// Computed goto to handlers whose first statement is a short-circuit
// condition: the select it becomes is split into a diamond, and each
// &&label entry must still point at the handler's first instruction (stock
// clang-22 points &&h_check past the condition and skips it).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

static __noinline __u32 run(__u32 a, __u32 b, __u32 prog)
{
	const void *tbl[] = { &&h_check, &&h_double, &&h_mix, &&h_end };
	__u32 acc = 1, pc = 0, op;

#define NEXT							\
	do {							\
		op = (prog >> (2 * pc)) & 3;			\
		if (++pc > 12)					\
			return acc ^ 0xf00d;			\
		goto *tbl[op];					\
	} while (0)

	NEXT;
h_check:
	if (a > 100 || b > 100)
		acc += 3;
	acc += 1;
	NEXT;
h_double:
	if (a < 7 && b != 0)
		acc = acc * 2 + b;
	else
		acc -= 1;
	NEXT;
h_mix:
	acc ^= a * 31 + b;
	NEXT;
h_end:
	return acc;
}

HARNESS_BOTH(label_split)
{
	return run(a->arg[0], a->arg[1], a->arg[2]);
}
