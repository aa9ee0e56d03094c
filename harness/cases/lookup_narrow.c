// Switches whose cases return constants become lookup tables (SimplifyCFG),
// here on a signed 16-bit value (u64 entries), an 8-bit value (u8 entries,
// no shift), "& 0xff" (u32 entries) and an unsigned 16-bit value whose
// check jumps to the table (lut_taken: "if w2 < 3 goto", then r1 &= 3 for
// a table of 3).  Stock clang-22 range-checks a
// masked copy of the index (w2 = w1; w2 &= 0xffff; if w2 > 3) and loads
// with a second mask of the original register (r1 &= 0xffff; r1 <<= 3), so
// the verifier rejects the load as "outside object bounds".  Ours indexes
// the table with the checked value (BPFJumpTableIndex.cpp).  Found by the
// differential fuzzer (seeds 274, 10993, 10999; docs/reliability.md).
// HARNESS-EXPECT-NO-ASM: gotox
#include "harness_case.h"

HARNESS_SYSCALL(lut_s16)
{
	switch ((__s16)a->arg[0]) {
	case -2: return 0x8e189951;
	case -1: return 0x11;
	case 0: return 0x96;
	case 1: return 0x6e;
	}
	return 0xabdd;
}

static __noinline __u32 lut_u8_fn(__u8 x)
{
	switch (x) {
	case 10: return 3;
	case 11: return 1;
	case 12: return 4;
	case 13: return 1;
	case 14: return 5;
	case 15: return 9;
	}
	return 2;
}

HARNESS_SYSCALL(lut_u8)
{
	return lut_u8_fn(a->arg[0]) + 100 * lut_u8_fn(a->arg[1]);
}

HARNESS_SYSCALL(lut_mask)
{
	switch (a->arg[0] & 0xff) {
	case 0: return 0x1000;
	case 1: return 0x2345;
	case 2: return 0x3a3a;
	case 3: return 0x4bcd;
	case 4: return 0x5e5e;
	}
	return 7;
}

HARNESS_SYSCALL(lut_taken)
{
	__u64 x = a->arg[0], acc = a->arg[1];

	switch ((__u16)x) {
	case 0: return 0xf4424385;
	case 1: return 0x0bbdbd61;
	case 2: return 0x77970127;
	}
	if (acc > 0x52 && x < 31948)
		return acc + 0x5134;
	return acc;
}
