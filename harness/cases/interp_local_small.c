// A computed-goto state machine with a small LOCAL label table (6 labels,
// 48 bytes).  Clang fills a table of up to 8 labels with stores to the
// stack, and the kernel rejects a gotox on a value loaded from the stack
// ("R0 has type scalar, expected PTR_TO_INSN", stock 22.1.8); ours makes it
// a jump table like a larger one (BPFLocalLabelTable.cpp).  Found by the
// differential fuzzer (fuzz/known/local_table_small_min.c).
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

/* Six steps at most: opcode k of x is bits 3k..3k+2; 6 and 7 stop. */
#define NEXT(k)								\
	do {								\
		op = (x >> (3 * pc)) & 7;				\
		if (++pc > 6)						\
			return acc;					\
		if (op >= 6)						\
			return acc ^ (k);				\
		goto *tbl[op];						\
	} while (0)

static __noinline __u64 run(__u64 x, __u64 acc)
{
	const void *tbl[] = { &&h0, &&h1, &&h2, &&h3, &&h4, &&h5 };
	__u64 pc = 0, op;

	NEXT(0x11);
h0:
	acc = acc * 3 + 1;
	NEXT(0x22);
h1:
	if (acc > 0x74fc || (acc & 0x20000))
		acc ^= acc >> 7;
	else
		acc = acc / 30 + 0x6f;
	NEXT(0x33);
h2:
	acc += 0x1234;
	NEXT(0x44);
h3:
	acc = (acc << 5) | (acc >> 59);
	NEXT(0x55);
h4:
	acc -= x;
	NEXT(0x66);
h5:
	acc = ~acc;
	NEXT(0x77);
}

HARNESS_BOTH(small)
{
	__u64 r = run(a->arg[0], a->arg[1]);

	return (__u32)(r ^ (r >> 32));
}
