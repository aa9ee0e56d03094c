// Jump tables of two and three entries (computed goto). With -g each table is
// also described in BTF (DATASEC ".jumptables", docs/jump-tables.md): the
// description must be no larger than the table itself, 16 and 24 bytes, or
// the kernel rejects the object's BTF ("Invalid size") and the runner fails
// the case.
// HARNESS-EXPECT-ASM: gotox
#include "harness_case.h"

static __noinline __u32 two(__u32 x, __u32 y)
{
	static const void *const tbl[] = { &&add, &&mul };

	goto *tbl[x & 1];
add:
	return y + 7;
mul:
	return y * 3;
}

static __noinline __u32 three(__u32 x, __u32 y)
{
	static const void *const tbl[] = { &&sub, &&xor, &&shr };

	if (x > 2)
		return 0x3333;
	goto *tbl[x];
sub:
	return y - 5;
xor:
	return y ^ 0x5a;
shr:
	return y >> 2;
}

HARNESS_BOTH(jt_small)
{
	return two(a->arg[0], a->arg[1]) * 65536 + three(a->arg[2], a->arg[1]);
}
